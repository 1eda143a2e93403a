/**
 * What the read-only cell view shows: the rows and columns around one cell of a sheet, and
 * each cell's text as Excel would show it. Plain data, so the view only renders.
 */
import { a1, columnLetter, parseA1 } from '../core/address';
import { isErrorValue, type Cell, type Grid } from '../core/grid';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_NAME } from '../core/profile/load';
import { isoDate } from '../core/read/cells';
import { HEAD_ROWS } from '../core/read/header';
import { readOverview } from '../core/read/overview';

/** Rows above and below, columns left and right of the cell shown. */
export const AROUND = { rows: 4, cols: 2 };

export interface WindowCell {
  address: string;
  text: string;
  /** Whether this is the cell asked for. */
  target: boolean;
}

export interface WindowRow {
  row: number;
  cells: WindowCell[];
}

export interface CellWindow {
  sheet: string;
  /** The cell asked for, as given. */
  cell: string;
  columns: string[];
  /** The overview's header over the same columns, when it lies above the rows shown; `label` names its rows (`4–5`). */
  header: (WindowRow & { label: string }) | null;
  rows: WindowRow[];
}

/** The text a cell shows: its formatted text when the reader knows it, else its value. */
export function shownText(cell: Cell | null | undefined): string {
  if (!cell) return '';
  if (cell.text !== undefined) return cell.text;
  const v = cell.value;
  if (v === null) return '';
  if (v instanceof Date) return isoDate(v);
  if (isErrorValue(v)) return v.error;
  return String(v);
}

/** The overview's header rows, 1-based: `top` is one above `row` for a two-row header (years under *Tidshorisont*). */
export interface HeaderRows {
  top: number;
  row: number;
}

/**
 * The overview's header rows, to name the cell view's columns: read as the overview is read,
 * from the sheet's first rows only (so it costs next to nothing), with the default profile's words.
 */
export function overviewHeader(grid: Grid): HeaderRows | null {
  const read = readOverview({ ...grid, cells: grid.cells.slice(0, HEAD_ROWS) }, BUILTIN_PROFILES[DEFAULT_PROFILE_NAME]);
  return read.ok ? read.overview.header : null;
}

/**
 * The rows and columns around `cell` (A1) on the grid's sheet, clipped at row 1 and column A,
 * with the header when it is above them, as one row: a column's text from the last header
 * row, or from the first where a merged heading spans both. Null for an address that is none.
 */
export function cellWindow(grid: Grid, cell: string, opts: { header?: HeaderRows | null; around?: typeof AROUND } = {}): CellWindow | null {
  const at = parseA1(cell);
  if (!at) return null;
  const around = opts.around ?? AROUND;
  const top = Math.max(1, at.row - around.rows);
  const left = Math.max(1, at.col - around.cols);
  const cols = Array.from({ length: at.col + around.cols - left + 1 }, (_, k) => left + k);
  const rows = Array.from({ length: at.row + around.rows - top + 1 }, (_, k) => top + k);
  const valueAt = (row: number, col: number) => grid.cells[row - grid.originRow]?.[col - grid.originCol];
  const rowOf = (row: number): WindowRow => ({
    row,
    cells: cols.map((col) => ({ address: a1(row, col), text: shownText(valueAt(row, col)), target: row === at.row && col === at.col })),
  });
  const header = opts.header ?? null;
  return {
    sheet: grid.sheetName,
    cell,
    columns: cols.map(columnLetter),
    header:
      header !== null && header.row < top
        ? {
            row: header.row,
            label: header.top === header.row ? String(header.row) : `${header.top}–${header.row}`,
            cells: cols.map((col) => ({
              address: a1(header.row, col),
              text: shownText(valueAt(header.row, col)) || shownText(valueAt(header.top, col)),
              target: false,
            })),
          }
        : null,
    rows: rows.map(rowOf),
  };
}
