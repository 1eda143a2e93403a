import type { Finding, ParamValue, RenderedFinding } from '../finding';
import da from './da.json';
import en from './en.json';

export type Lang = 'da' | 'en';
export const LANGS: readonly Lang[] = ['da', 'en'];

export type Catalogue = Record<string, string>;
export const CATALOGUES: Record<Lang, Catalogue> = { da, en };

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * A parameter value `@key` is a reference into the catalogue (a field label, a status
 * word), so findings stay language-neutral data and are translated only here.
 */
function resolveParam(lang: Lang, value: ParamValue): string {
  if (typeof value === 'string' && value.startsWith('@')) return t(lang, value.slice(1));
  return String(value);
}

/** The text for `key` with `{name}` placeholders filled; the key itself when missing. */
export function t(lang: Lang, key: string, params: Record<string, ParamValue> = {}): string {
  const template = CATALOGUES[lang][key] ?? CATALOGUES.da[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? resolveParam(lang, params[name]) : whole,
  );
}

/** The catalogue key of a finding's message: `rule.<id>`, or `rule.<id>.<variant>`. */
export function messageKey(f: Finding): string {
  const variant = f.params.variant;
  return variant === undefined ? `rule.${f.rule}` : `rule.${f.rule}.${variant}`;
}

export function renderFinding(f: Finding, lang: Lang): RenderedFinding {
  return {
    severity: f.severity,
    rule: f.rule,
    cell: f.cell,
    row: f.row,
    column: f.column,
    initiative: f.initiative,
    message: t(lang, messageKey(f), f.params),
  };
}
