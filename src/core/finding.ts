/**
 * Findings are plain data: a stable rule id, the cell to fix and the typed parameters the
 * message needs. Text for people is rendered from them by `i18n`, never inside a rule.
 */
import type { FieldName } from './overview';
import type { RuleId } from './rules';
import type { Status } from './status';

export type { RuleId };

export type Severity = 'error' | 'warning' | 'info';

/** Most severe first: the order lists, counts and sorting use everywhere. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/**
 * What a finding's parameter holds, by the type its rule declares: text from a cell is shown
 * literally, a status or a field name through the vocabulary of the message's language, a
 * list joined. The declared type decides, never the value itself.
 */
export interface ParamTypes {
  text: string;
  number: number;
  list: readonly string[];
  status: Status;
  field: FieldName;
}

export type ParamType = keyof ParamTypes;
export type ParamSpec = Readonly<Record<string, ParamType>>;
export type ParamsOf<S extends ParamSpec> = { [K in keyof S]: ParamTypes[S[K]] };
export type ParamValue = ParamTypes[ParamType];

export interface Finding<Id extends string = RuleId> {
  severity: Severity;
  rule: Id;
  /** A1 address without sheet name. */
  cell: string;
  /** 1-based sheet row. */
  row: number;
  /** Column letter. */
  column: string;
  /** The row's initiative id, or null. */
  initiative: string | null;
  /** Which of the rule's messages says it, when the rule has more than one. */
  variant?: string;
  /** What the message needs, typed by the rule's declaration: the value found, the expected value, the first row… */
  params: Readonly<Record<string, ParamValue>>;
}

/** A finding with its message rendered in one language: the shape the CLI prints. */
export type RenderedFinding = Omit<Finding, 'params' | 'variant'> & { message: string };

export function countBySeverity(findings: readonly Finding<string>[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

/** Sheet order: by row, then column, then severity, then rule — stable for equal findings. */
export function compareFindings(a: Finding<string>, b: Finding<string>): number {
  return (
    a.row - b.row ||
    a.column.length - b.column.length ||
    (a.column < b.column ? -1 : a.column > b.column ? 1 : 0) ||
    severityRank(a.severity) - severityRank(b.severity) ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}
