import { compareFindings, type Finding } from './finding';
import type { Overview } from './overview';
import type { Profile } from './profile/types';
import { RULES } from './rules';
import type { Rule } from './rules/rule';

/**
 * Runs every rule over the overview; findings come back in sheet order (row, column).
 * A cell holding an error value gets `cell.error-value` only: its `#N/A` is not also an
 * unknown status or an invalid email, so each problem is reported once, where it is.
 */
export function validate(overview: Overview, profile: Profile, rules: readonly Rule[] = RULES): Finding[] {
  const errorCells = new Set(overview.errorCells.map((e) => e.cell));
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const f of rule.check({ overview, profile })) {
      if (f.rule === 'cell.error-value' || !errorCells.has(f.cell)) findings.push(f);
    }
  }
  return findings.sort(compareFindings);
}

/** The single finding of a workbook in which no sheet looks like an overview. */
export function sheetNotFound(): Finding {
  return {
    severity: 'error',
    rule: 'sheet.not-found',
    cell: 'A1',
    row: 1,
    column: 'A',
    initiative: null,
    params: {},
  };
}
