import { compareFindings, type Finding } from './finding';
import type { Overview } from './overview';
import type { Profile } from './profile/types';
import { RULES } from './rules';
import { startRule, type Rule } from './rules/rule';

export { sheetNotFoundFinding } from './rules/sheet-not-found';

/**
 * Runs every rule over the overview in one pass over its rows; findings come back in
 * sheet order (row, column). A cell holding an error value gets `cell.error-value` only:
 * its `#N/A` is not also an unknown status or an invalid email, so each problem is
 * reported once, where it is.
 */
export function validate(overview: Overview, profile: Profile): Finding[];
/** With rules of one's own (a test's), their findings carry their ids. */
export function validate<Id extends string>(overview: Overview, profile: Profile, rules: readonly Rule<Id>[]): Finding<Id>[];
export function validate(overview: Overview, profile: Profile, rules: readonly Rule[] = RULES): Finding<string>[] {
  const runs = rules.map((rule) => startRule(rule, { overview, profile }));
  const perRow = runs.filter((run) => run.row !== undefined);
  const all: Finding<string>[] = [];
  for (const i of overview.initiatives) for (const run of perRow) run.row?.(i, all);
  for (const run of runs) run.end?.(all);
  const errorCells = new Set(overview.errorCells.map((e) => e.cell));
  const findings = errorCells.size === 0 ? all : all.filter((f) => f.rule === 'cell.error-value' || !errorCells.has(f.cell));
  return findings.sort(compareFindings);
}
