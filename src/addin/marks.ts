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
  return [...byCell.values()];
}
