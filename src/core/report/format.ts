import { t, type Lang } from '../i18n';
import type { StatusOrMissing } from '../status';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * `2018-12-15` as the language writes a date: `15.12.2018` in Danish, `15 December 2018` in
 * English (the month spelt out, so neither a British nor an American reader misreads it).
 */
export function displayDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso);
  if (!m) return iso;
  const [year, month, day] = [m[1], Number(m[2]), Number(m[3])];
  return lang === 'en' && month >= 1 && month <= 12 ? `${day} ${MONTHS_EN[month - 1]} ${year}` : `${day}.${month}.${year}`;
}

/** A translator for the report's own labels (`report.*` keys) in one language. */
export function reportLabels(lang: Lang): (key: string, params?: Record<string, string | number>) => string {
  return (key, params) => t(lang, `report.${key}`, params);
}

/** Status words and styles, made once each: a large report asks for them on every row. */
const STATUS_LABELS: Record<Lang, Partial<Record<StatusOrMissing, string>>> = { da: {}, en: {} };
const STATUS_STYLES: Partial<Record<StatusOrMissing, string>> = {};

export function statusLabel(lang: Lang, s: StatusOrMissing): string {
  return (STATUS_LABELS[lang][s] ??= t(lang, `status.${s}`));
}

export function statusStyle(s: StatusOrMissing): string {
  return (STATUS_STYLES[s] ??= `status-${s}`);
}
