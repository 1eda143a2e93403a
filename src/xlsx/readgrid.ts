/** An ExcelJS worksheet (loaded from the reading package) → a Grid, values as Excel shows them. */
import type * as ExcelJS from 'exceljs';
import type { Cell, CellValue, Grid, GridRange, GridTable } from '../core/grid';
import { parseA1 } from '../core/address';
import { displayText } from '../core/parse/number-format';
import { type ColorRef, type Palette, resolveColor } from './colors';

export interface TableInfo {
  name: string;
  ref: string;
  headerRow: boolean;
}

/**
 * The public iterators either skip fill-only cells (`eachCell`) — and a status may be only
 * a fill — or materialise every empty cell up to the row's last column (`includeEmpty`).
 * The row's own sparse cell array gives exactly the cells the file has.
 */
interface RowInternals {
  _cells: (ExcelJS.Cell | undefined)[];
}

function plainText(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v && typeof v === 'object' && Array.isArray((v as ExcelJS.CellRichTextValue).richText)) {
    return (v as ExcelJS.CellRichTextValue).richText.map((r) => (typeof r?.text === 'string' ? r.text : '')).join('');
  }
  return null;
}

/** ExcelJS's value shapes → a grid value. Unknown shapes read as empty rather than failing. */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if (typeof o.error === 'string') return { error: o.error };
  if ('richText' in o) return plainText(o);
  if ('formula' in o || 'sharedFormula' in o) return toCellValue(o.result);
  if ('hyperlink' in o || 'text' in o) return plainText(o.text);
  return null;
}

function rangeOf(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = ref.split(':');
  const tl = parseA1(a.replace(/^.*!/, ''));
  const br = parseA1(b);
  if (!tl || !br) return null;
  return {
    top: Math.min(tl.row, br.row),
    left: Math.min(tl.col, br.col),
    bottom: Math.max(tl.row, br.row),
    right: Math.max(tl.col, br.col),
  };
}

export function toGrid(ws: ExcelJS.Worksheet, sheetName: string, merges: string[], tables: TableInfo[], palette: Palette): Grid {
  const found: { row: number; col: number; cell: Cell }[] = [];
  let top = Infinity;
  let left = Infinity;

  ws.eachRow((row, rowNumber) => {
    const cells = (row as unknown as RowInternals)._cells;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (!c) continue;
      const value = toCellValue(c.value);
      const fillSpec = c.fill as ExcelJS.FillPattern | undefined;
      const fill = fillSpec?.type === 'pattern' && fillSpec.pattern === 'solid' ? resolveColor(fillSpec.fgColor as ColorRef, palette) : undefined;
      if (value === null && fill === undefined) continue;
      const cell: Cell = { value };
      const numFmt = c.numFmt || undefined;
      if (numFmt) cell.numFmt = numFmt;
      if (typeof value === 'number') {
        const text = displayText(value, numFmt);
        if (text !== undefined) cell.text = text;
      }
      if (fill) cell.fill = fill;
      found.push({ row: rowNumber, col: i + 1, cell });
      if (rowNumber < top) top = rowNumber;
      if (i + 1 < left) left = i + 1;
    }
  });

  const mergeRanges = merges.map(rangeOf).filter((r): r is NonNullable<typeof r> => r !== null);
  const tableRanges = tables.map((t) => ({ t, r: rangeOf(t.ref) })).filter((x) => x.r !== null);
  for (const r of [...mergeRanges, ...tableRanges.map((x) => x.r!)]) {
    top = Math.min(top, r.top);
    left = Math.min(left, r.left);
  }
  if (!Number.isFinite(top)) return { sheetName, originRow: 1, originCol: 1, cells: [], merges: [], tables: [] };

  const cells: (Cell | null | undefined)[][] = [];
  for (const { row, col, cell } of found) {
    const r = row - top;
    while (cells.length <= r) cells.push([]);
    cells[r][col - left] = cell;
  }

  const rel = (r: { top: number; left: number; bottom: number; right: number }): GridRange => ({
    top: r.top - top,
    left: r.left - left,
    bottom: r.bottom - top,
    right: r.right - left,
  });
  const gridMerges = mergeRanges.map(rel);
  // A merged area shows only its top-left cell; others may still hold stale content (LibreOffice keeps it).
  for (const m of gridMerges) {
    for (let r = m.top; r <= m.bottom && r < cells.length; r++) {
      const row = cells[r];
      for (let c = m.left; c <= m.right && c < row.length; c++) if ((r !== m.top || c !== m.left) && row[c]) row[c] = null;
    }
  }
  const gridTables: GridTable[] = tableRanges.map(({ t, r }) => ({ ...rel(r!), name: t.name, headerRow: t.headerRow }));
  return { sheetName, originRow: top, originCol: left, cells, merges: gridMerges, tables: gridTables };
}
