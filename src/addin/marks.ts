/** Which cells of the overview a validation marks, and what each mark's note says. */
import { severityRank, type Finding } from '../core/finding';
import { renderFinding, type Lang } from '../core/i18n';
import type { CellMark } from '../workbook/port';

/** One mark per offending cell: the worst severity, and every message for the cell, one per line. */
export function marksFromFindings(findings: Finding[], lang: Lang): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const f of findings) {
    const message = renderFinding(f, lang).message;
    const mark = byCell.get(f.cell);
    if (!mark) {
      byCell.set(f.cell, { cell: f.cell, severity: f.severity, note: message });
      continue;
    }
    if (severityRank(f.severity) < severityRank(mark.severity)) mark.severity = f.severity;
    mark.note = `${mark.note}\n${message}`;
  }
  const marks = [...byCell.values()];
  anchorMarks(marks, findings);
  return marks;
}

/** Ids that can name a row in the record of marks: no separator of its own (see markdiff.ts). */
const PLAIN_ID = /^[\p{L}\p{N}._-]+$/u;

/**
 * Gives each mark on an initiative's row its anchor (`1.5@G`). Only an id that names one row
 * anchors: one the overview repeats (`id.duplicate`), or that findings place on two rows,
 * could move a note's meaning to another row.
 */
function anchorMarks(marks: CellMark[], findings: Finding[]): void {
  const repeated = new Set(findings.filter((f) => f.rule === 'id.duplicate').map((f) => f.initiative));
  const rowsOf = new Map<string, Set<number>>();
  for (const f of findings) {
    if (f.initiative === null || repeated.has(f.initiative) || !PLAIN_ID.test(f.initiative)) continue;
    const rows = rowsOf.get(f.initiative) ?? new Set<number>();
    rows.add(f.row);
    rowsOf.set(f.initiative, rows);
  }
  const anchorOf = new Map<string, string>();
  for (const f of findings) if (f.initiative !== null && rowsOf.get(f.initiative)?.size === 1) anchorOf.set(f.cell, `${f.initiative}@${f.column}`);
  for (const m of marks) {
    const anchor = anchorOf.get(m.cell);
    if (anchor !== undefined) m.anchor = anchor;
  }
}
