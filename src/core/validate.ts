import { compareFindings, type Finding } from './finding';
import type { Initiative, Overview } from './overview';
import type { Profile } from './profile/types';
import { RULES } from './rules';
import type { Rule } from './rules/rule';

/**
 * The fields of one row read once, for all the rules that look at it: a view reads the
 * sheet on every access, and twenty rules ask for the same fields (SPEC §7 budget).
 * Short-lived, so it costs the garbage collector next to nothing.
 */
function snapshot(i: Initiative): Initiative {
  return {
    row: i.row,
    id: i.id,
    title: i.title,
    areaId: i.areaId,
    areaSource: i.areaSource,
    areaCell: i.areaCell,
    deliveries: i.deliveries,
    contact: i.contact,
    email: i.email,
    office: i.office,
    status: i.status,
    remark: i.remark,
    completed: i.completed,
    political: i.political,
  };
}

/**
 * Runs every rule over the overview in one pass over its rows; findings come back in
 * sheet order (row, column). A cell holding an error value gets `cell.error-value` only:
 * its `#N/A` is not also an unknown status or an invalid email, so each problem is
 * reported once, where it is.
 */
export function validate(overview: Overview, profile: Profile, rules: readonly Rule[] = RULES): Finding[] {
  const runs = rules.map((rule) => rule.check({ overview, profile }));
  const perRow = runs.flatMap((run) => (run.row ? [run.row.bind(run)] : []));
  const all: Finding[] = [];
  const rows = overview.initiatives;
  // Indexed loops: for…of here allocated an iterator per row.
  for (let k = 0; perRow.length > 0 && k < rows.length; k++) {
    const i = snapshot(rows[k]);
    for (let r = 0; r < perRow.length; r++) perRow[r](i, all);
  }
  for (const run of runs) run.end?.(all);
  const errorCells = new Set(overview.errorCells.map((e) => e.cell));
  const findings = errorCells.size === 0 ? all : all.filter((f) => f.rule === 'cell.error-value' || !errorCells.has(f.cell));
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
