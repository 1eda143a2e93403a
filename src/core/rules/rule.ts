import type { Finding, ParamValue, RuleId, Severity } from '../finding';
import type { Overview } from '../overview';
import type { Profile } from '../profile/types';

export interface RuleContext {
  overview: Overview;
  profile: Profile;
}

/** A rule is a small pure function over the Overview. One file per rule. */
export interface Rule {
  id: RuleId;
  severity: Severity;
  check(ctx: RuleContext): Finding[];
}

/** Builds a finding for `cell` (A1, no sheet name); row and column are derived from it. */
export function finding(
  rule: Rule,
  cell: string,
  initiative: string | null,
  params: Record<string, ParamValue> = {},
): Finding {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  const column = m ? m[1] : 'A';
  const row = m ? Number(m[2]) : 1;
  return { severity: rule.severity, rule: rule.id, cell, row, column, initiative, params };
}
