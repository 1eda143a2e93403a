import type { Finding, ParamSpec } from '../../../src/core/finding';
import type { Cell, CellValue } from '../../../src/core/grid';
import { CATALOGUES, LANGS, messageKey, messageKeys } from '../../../src/core/i18n';
import type { Overview } from '../../../src/core/overview';
import { BUILTIN_PROFILES } from '../../../src/core/profile/load';
import { readOverview } from '../../../src/core/read/overview';
import type { Profile } from '../../../src/core/profile/types';
import { startRule, type Rule, type RuleContext } from '../../../src/core/rules/rule';
import type { Status } from '../../../src/core/status';
import { gridOf, type CellInput } from '../../helpers/grid';

/** One rule alone over an overview: its findings in the order it reports them. */
function checkRule<Id extends string, S extends ParamSpec>(rule: Rule<Id, S>, ctx: RuleContext): Finding<Id>[] {
  const run = startRule(rule, ctx);
  const out: Finding<Id>[] = [];
  if (run.row) for (const i of ctx.overview.initiatives) run.row(i, out);
  run.end?.(out);
  return out;
}

/**
 * Small sheets for rule tests, read by the real reader. A title in row 1, the header in
 * row 4, initiatives from row 5: A Nr., B Titel, then one column per year (C–G for
 * 2016–2020), Kontaktperson, E-mail, Kontor, Status, Bemærkning, and an Indsatsområde
 * column when a row names its area.
 */
export interface RowSpec {
  /** Defaults to `1.<row>`. */
  id?: string | null;
  /** Defaults to `Initiativ <row>`. */
  title?: string | null;
  /** Written in the Indsatsområde column. */
  area?: string | null;
  contact?: string | null;
  email?: string | null;
  office?: string | null;
  /** The status cell's text, as a word of the vocabulary (`Grøn`) or as written. */
  status?: Status | string | null;
  /** The status cell's fill, by the status its hue shows. */
  fill?: Status | null;
  remark?: string | null;
  /** Year → cell text, or `{text, date}` for a date cell. */
  deliveries?: Record<number, string | { text: string; date: string }>;
}

export interface SheetOptions {
  /** The year columns; 2016–2020 unless told. */
  years?: readonly number[];
  /** Columns the sheet does not have. */
  omit?: readonly OptionalColumn[];
}

type OptionalColumn = 'title' | 'contact' | 'email' | 'office' | 'status' | 'remark';

const WORDS: Record<Status, string> = { green: 'Grøn', yellow: 'Gul', red: 'Rød', done: 'Afsluttet' };
const FILLS: Record<Status, string> = { green: '00B050', yellow: 'FFFF00', red: 'FF0000', done: '808080' };
const FIRST_ROW = 5;
const OMIT_LABEL: Record<OptionalColumn, string> = {
  title: 'Titel',
  contact: 'Kontaktperson',
  email: 'E-mail',
  office: 'Kontor',
  status: 'Status',
  remark: 'Bemærkning',
};

function statusCell(spec: RowSpec): CellInput {
  const text = spec.status == null ? null : (WORDS[spec.status as Status] ?? spec.status);
  if (!spec.fill) return text;
  const cell: Cell = { value: text, fill: FILLS[spec.fill] };
  return cell;
}

function deliveryCell(d: string | { text: string; date: string } | undefined): CellInput {
  if (d === undefined || typeof d === 'string') return d;
  return { value: new Date(`${d.date}T00:00:00Z`) as CellValue, text: d.text };
}

/** The overview the reader makes of a sheet holding `rows`. */
export function overview(rows: RowSpec[], opts: SheetOptions = {}): Overview {
  const years = opts.years ?? [2016, 2017, 2018, 2019, 2020];
  const withArea = rows.some((r) => r.area !== undefined);
  const columns: [string, (spec: RowSpec, row: number) => CellInput][] = [
    ['Nr.', (spec, row) => (spec.id === undefined ? `1.${row}` : spec.id)],
    ['Titel', (spec, row) => (spec.title === undefined ? `Initiativ ${row}` : spec.title)],
    ...years.map((y): [string, (spec: RowSpec) => CellInput] => [String(y), (spec) => deliveryCell(spec.deliveries?.[y])]),
    ['Kontaktperson', (spec) => spec.contact],
    ['E-mail', (spec) => spec.email],
    ['Kontor', (spec) => spec.office],
    ['Status', statusCell],
    ['Bemærkning', (spec) => spec.remark],
    ...(withArea ? [['Indsatsområde', (spec: RowSpec) => spec.area] as [string, (spec: RowSpec) => CellInput]] : []),
  ];
  const omitted = new Set<string>((opts.omit ?? []).map((c) => OMIT_LABEL[c]));
  const kept = columns.filter(([label]) => !omitted.has(label));
  const header = kept.map(([label]) => label);
  const body = rows.map((spec, k) => kept.map(([, value]) => value(spec, FIRST_ROW + k)));
  const read = readOverview(gridOf([['LEVERANCEOVERSIGT'], [], [], header, ...body]), BUILTIN_PROFILES['2016-2020']);
  if (!read.ok) throw new Error('the test sheet has no header');
  return read.overview;
}

/** The default profile with some fields replaced. */
export function profile(changes: Partial<Profile> = {}): Profile {
  return { ...BUILTIN_PROFILES['2016-2020'], ...changes };
}

export function context(rows: RowSpec[], changes: Partial<Profile> = {}, opts: SheetOptions = {}): RuleContext {
  return { overview: overview(rows, opts), profile: profile(changes) };
}

/**
 * Runs a rule and checks what every message needs: its params are exactly those the rule
 * declares, and every placeholder of its template in both languages is one of them.
 */
export function run<Id extends string>(rule: Rule<Id>, ctx: RuleContext): Finding<Id>[] {
  const findings = checkRule(rule, ctx);
  for (const f of findings) {
    expect(f.rule).toBe(rule.id);
    expect(messageKeys(rule)).toContain(messageKey(f));
    expect(Object.keys(f.params).sort()).toEqual(Object.keys(rule.params).sort());
    for (const lang of LANGS) {
      const template = CATALOGUES[lang][messageKey(f)];
      expect(template).toBeDefined();
      for (const m of template.matchAll(/\{(\w+)\}/g)) expect(Object.keys(rule.params)).toContain(m[1]);
    }
  }
  return findings;
}

/** Cell, initiative, params and variant of each finding: what rule tests compare. */
export function brief(findings: Finding<string>[]): { cell: string; initiative: string | null; params: Finding['params']; variant?: string }[] {
  return findings.map((f) => ({ cell: f.cell, initiative: f.initiative, params: f.params, ...(f.variant === undefined ? {} : { variant: f.variant }) }));
}
