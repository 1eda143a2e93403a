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

/** What a cell style means for its row's height. */
interface StyleLines {
  lineHeight: number;
  wrap: boolean;
  /** Characters a line holds per character of column width: a little less for bold text. */
  perWidth: number;
}

/**
 * Row heights for rows whose wrapped text or large font needs more than one line:
 * Excel does not grow a row for wrapped text written by a program, and neither do
 * LibreOffice or the PDF of it, so without this long remarks are cut off.
 */
export function estimateRowHeights(spec: SheetSpec): Record<number, number> {
  // Asked once per style, not per cell: this runs for every cell of a large sheet.
  const byStyle = new Map<string | undefined, StyleLines>();
  const linesOf = (key: string | undefined): StyleLines => {
    let lines = byStyle.get(key);
    if (!lines) {
      const style = key ? spec.styles[key] : undefined;
      const size = style?.size ?? 11;
      lines = { lineHeight: size <= 11 ? LINE_POINTS : size * 1.4, wrap: style?.wrap === true, perWidth: style?.bold ? 0.9 : 1.05 };
      byStyle.set(key, lines);
    }
    return lines;
  };
  return rowHeights(spec.rows, spec.columns, mergedWidths(spec), linesOf);
}

/**
 * The loop of estimateRowHeights over every cell, apart from the spec: specs of different
 * sheets differ in shape, and V8 threw this loop's compiled code away at each new one.
 */
function rowHeights(
  rows: SheetSpec['rows'],
  columns: number[],
  merged: Map<number, number>,
  linesOf: (key: string | undefined) => StyleLines,
): Record<number, number> {
  const heights: Record<number, number> = {};
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    let points = LINE_POINTS;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || cell.value === null) continue;
      const style = linesOf(cell.style);
      let lines = 1;
      if (style.wrap && typeof cell.value === 'string') {
        // Characters per line: column width in characters.
        const width = merged.get(cellKey(r + 1, c + 1)) ?? columns[c] ?? 9;
        lines = textLines(cell.value, Math.max(1, Math.floor(width * style.perWidth)));
      }
      points = Math.max(points, lines * style.lineHeight);
    }
    if (points > LINE_POINTS) heights[r + 1] = Math.min(MAX_ROW_POINTS, Math.ceil(points));
  }
  return heights;
}
