import type { Finding, ParamValue, RuleId, Severity } from '../finding';
import type { Initiative, Overview } from '../overview';
import type { Profile } from '../profile/types';

export interface RuleContext {
  overview: Overview;
  profile: Profile;
}

/** What a rule does with one overview: look at each row, then add what needs all of them. */
export interface RuleRun {
  /** Called for every initiative, in sheet order. */
  row?(i: Initiative, out: Finding[]): void;
  /** Called once after the last row. */
  end?(out: Finding[]): void;
}

/**
 * A rule is a small pure function over the Overview. One file per rule. `validate` walks
 * the rows once for all rules rather than once per rule (SPEC §7: 100 000 initiatives
 * in under a second), so `check` sets up a run and is then handed the rows.
 */
export interface Rule {
  id: RuleId;
  severity: Severity;
  check(ctx: RuleContext): RuleRun;
}

/** One rule alone over an overview: its findings in the order it reports them. */
export function checkRule(rule: Rule, ctx: RuleContext): Finding[] {
  const run = rule.check(ctx);
  const out: Finding[] = [];
  if (run.row) for (const i of ctx.overview.initiatives) run.row(i, out);
  run.end?.(out);
  return out;
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
