import { parseA1 } from '../address';
import type { SheetSpec } from './sheetspec';

const LINE_POINTS = 15;
/** Excel's largest row height. */
const MAX_ROW_POINTS = 409;

/** A cell as one number, for lookups that run for every wrapped cell of a large sheet. */
const cellKey = (row: number, col: number) => row * 16384 + col;

function mergedWidths(spec: SheetSpec): Map<number, number> {
  const widths = new Map<number, number>();
  for (const range of spec.merges) {
    const [from, to] = range.split(':').map(parseA1);
    if (!from || !to || from.row !== to.row) continue;
    let width = 0;
    for (let c = from.col; c <= to.col; c++) width += spec.columns[c - 1] ?? 9;
    widths.set(cellKey(from.row, from.col), width);
  }
  return widths;
}

/** Lines a wrapped text takes at `perLine` characters a line; most texts have no line break. */
function textLines(text: string, perLine: number): number {
  if (!text.includes('\n')) return Math.max(1, Math.ceil(text.length / perLine));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/**
 * Row heights for rows whose wrapped text or large font needs more than one line:
 * Excel does not grow a row for wrapped text written by a program, and neither do
 * LibreOffice or the PDF of it, so without this long remarks are cut off.
 */
export function estimateRowHeights(spec: SheetSpec): Record<number, number> {
  const merged = mergedWidths(spec);
  const heights: Record<number, number> = {};
  spec.rows.forEach((row, r) => {
    let points = LINE_POINTS;
    row.forEach((cell, c) => {
      if (!cell || cell.value === null) return;
      const style = cell.style ? spec.styles[cell.style] : undefined;
      const size = style?.size ?? 11;
      const lineHeight = size <= 11 ? LINE_POINTS : size * 1.4;
      let lines = 1;
      if (style?.wrap && typeof cell.value === 'string') {
        // Characters per line: column width in characters, a little less for bold text.
        const width = merged.get(cellKey(r + 1, c + 1)) ?? spec.columns[c] ?? 9;
        const perLine = Math.max(1, Math.floor(width * (style.bold ? 0.9 : 1.05)));
        lines = textLines(cell.value, perLine);
      }
      points = Math.max(points, lines * lineHeight);
    });
    if (points > LINE_POINTS) heights[r + 1] = Math.min(MAX_ROW_POINTS, Math.ceil(points));
  });
  return heights;
}
