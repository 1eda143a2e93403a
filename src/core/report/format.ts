import { t, type Lang } from '../i18n';
import type { StatusOrMissing } from '../status';

/** `2018-12-15` → `15.12.2018`, the way Danish reports write dates. */
export function displayDate(iso: string): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso);
  return m ? `${Number(m[3])}.${Number(m[2])}.${m[1]}` : iso;
}

/** A translator for the report's own labels (`report.*` keys) in one language. */
export function reportLabels(lang: Lang): (key: string, params?: Record<string, string | number>) => string {
  return (key, params) => t(lang, `report.${key}`, params);
}

export function statusLabel(lang: Lang, s: StatusOrMissing): string {
  return t(lang, `status.${s}`);
}

export function statusStyle(s: StatusOrMissing): string {
  return `status-${s}`;
}
