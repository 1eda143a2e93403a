import type { Finding, ParamType, ParamValue, RenderedFinding } from '../finding';
import { RULES } from '../rules';
import type { Rule } from '../rules/rule';
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
 * Templates cut at their placeholders, once each: text at even indices, placeholder names at
 * odd ones. A report fills some templates once per initiative (20 000 times in the bench),
 * where a regular-expression replace with a callback cost more than the rest of the line.
 */
const PIECES = new Map<string, string[]>();

function piecesOf(template: string): string[] {
  let pieces = PIECES.get(template);
  if (!pieces) {
    pieces = template.split(/\{(\w+)\}/);
    PIECES.set(template, pieces);
  }
  return pieces;
}

/** `{name}` placeholders of a template filled literally: a value is never read as a key or a template. */
function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  const pieces = piecesOf(template);
  let out = pieces[0];
  for (let k = 1; k < pieces.length; k += 2) {
    const name = pieces[k];
    out += (name in params ? String(params[name]) : `{${name}}`) + pieces[k + 1];
  }
  return out;
}

/** The template for `key` in `lang`, else in Danish; undefined when neither has it. */
function template(lang: Lang, key: string): string | undefined {
  return CATALOGUES[lang][key] ?? CATALOGUES.da[key];
}

/** The text for `key` with its placeholders filled; the key itself when missing. */
export function t(lang: Lang, key: string, params: Readonly<Record<string, string | number>> = {}): string {
  return fill(template(lang, key) ?? key, params);
}

/**
 * The short name the pane groups a rule's findings under (`pane.rule.<id>`). A rule that has
 * none, one added beside the catalogue, is grouped under its id: its message line is all it needs.
 */
export function ruleName(lang: Lang, rule: string): string {
  return template(lang, `pane.rule.${rule}`) ?? rule;
}

/** Text quoted the way the language quotes: «…» in Danish, “…” in English. */
export function quote(lang: Lang, text: string): string {
  return lang === 'da' ? `«${text}»` : `“${text}”`;
}

/** Every message key a rule renders with: `rule.<id>`, or `rule.<id>.<variant>` per variant. */
export function messageKeys(rule: Pick<Rule, 'id' | 'variants'>): string[] {
  return rule.variants ? rule.variants.map((v) => `rule.${rule.id}.${v}`) : [`rule.${rule.id}`];
}

/** The catalogue key of a finding's message. */
export function messageKey(f: Pick<Finding<string>, 'rule' | 'variant'>): string {
  return f.variant === undefined ? `rule.${f.rule}` : `rule.${f.rule}.${f.variant}`;
}

/** A parameter shown the way its declared type says: status words and field names in the message's language, cell text as written. */
export function formatParam(lang: Lang, type: ParamType, value: ParamValue): string {
  switch (type) {
    case 'status':
      return t(lang, `status.${String(value)}`);
    case 'field':
      return t(lang, `field.${String(value)}`);
    case 'list':
      return Array.isArray(value) ? value.join(', ') : String(value);
    default:
      return String(value);
  }
}

const CATALOGUE_RULES = new Map<string, Pick<Rule, 'params'>>(RULES.map((r) => [r.id, r]));

/** Rules and message lines from outside the catalogues: a rule being written, a test's own. */
export interface Extension {
  rules?: readonly Pick<Rule, 'id' | 'params'>[];
  messages?: Catalogue;
}

/** A finding with its message in `lang`, each parameter formatted by the type its rule declares. */
export function renderFinding(f: Finding<string>, lang: Lang, extension: Extension = {}): RenderedFinding {
  const declared = (extension.rules?.find((r) => r.id === f.rule) ?? CATALOGUE_RULES.get(f.rule))?.params ?? {};
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(f.params)) params[name] = formatParam(lang, declared[name] ?? 'text', value);
  return {
    severity: f.severity,
    rule: f.rule as RenderedFinding['rule'],
    cell: f.cell,
    row: f.row,
    column: f.column,
    initiative: f.initiative,
    message: fill(extension.messages?.[messageKey(f)] ?? t(lang, messageKey(f)), params),
  };
}
