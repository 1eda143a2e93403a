/**
 * Findings are plain data: a stable rule id, the cell to fix and the parameters the
 * message needs. Text for people is rendered from them by `i18n`, never inside a rule.
 */
export type Severity = 'error' | 'warning' | 'info';

export type RuleId =
  | 'header.missing-column'
  | 'sheet.not-found'
  | 'id.missing'
  | 'id.format'
  | 'id.duplicate'
  | 'id.area-mismatch'
  | 'title.missing'
  | 'title.too-long'
  | 'status.missing'
  | 'status.unknown'
  | 'status.reason-missing'
  | 'status.conflict'
  | 'contact.unassigned'
  | 'contact.inconsistent'
  | 'email.missing'
  | 'email.invalid'
  | 'email.domain'
  | 'office.unknown'
  | 'timeline.wrong-year'
  | 'timeline.out-of-period'
  | 'cell.error-value';

export type ParamValue = string | number;

export interface Finding {
  severity: Severity;
  rule: RuleId;
  /** A1 address without sheet name. */
  cell: string;
  /** 1-based sheet row. */
  row: number;
  /** Column letter. */
  column: string;
  /** The row's initiative id, or null. */
  initiative: string | null;
  /** What the message needs: the value found, the expected value, the first row… */
  params: Record<string, ParamValue>;
}

/** A finding with its message rendered in one language: the shape the CLI prints. */
export type RenderedFinding = Omit<Finding, 'params'> & { message: string };

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sheet order: by row, then column, then severity, then rule — stable for equal findings. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.row - b.row ||
    a.column.length - b.column.length ||
    (a.column < b.column ? -1 : a.column > b.column ? 1 : 0) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}
