import { isErrorValue, type Cell, type Grid, type GridRange } from '../grid';

/** The cell's text as Excel would show it, trimmed; '' for empty. Never throws. */
export function cellText(cell: Cell | null | undefined): string {
  if (!cell) return '';
  if (cell.text !== undefined && cell.text !== '') return cell.text.trim();
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return isNaN(v.getTime()) ? '' : danishDate(v);
  if (isErrorValue(v)) return v.error;
  return '';
}

export function danishDate(d: Date): string {
  return `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`;
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The date a cell holds (ISO), or undefined when it holds none. */
export function cellDate(cell: Cell | null | undefined): string | undefined {
  const v = cell?.value;
  return v instanceof Date && !isNaN(v.getTime()) ? isoDate(v) : undefined;
}

/** Columns per row in a cell's key: more than a sheet has (16 384). */
const KEY_COLS = 20000;

/**
 * A read view over a grid in sheet coordinates (1-based), where the cells covered by a
 * merge other than its top-left are empty: merged cells belong to their top-left cell,
 * whatever the adapter put in the others.
 */
export class SheetView {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  /** How many rows of the grid hold any cell at all: a used range to row 1 048 576 may hold a few hundred. */
  readonly rowsWithCells: number;
  /** Covered cell → the top-left cell of its merge, both as `key`. */
  private readonly covered = new Map<number, number>();
  /** The grid rows any covered cell is on: most merges sit in the header, so data rows skip the lookup. */
  private coveredTop = Infinity;
  private coveredBottom = -1;

  constructor(readonly grid: Grid) {
    this.firstRow = grid.originRow;
    this.firstCol = grid.originCol;
    this.lastRow = grid.originRow + grid.cells.length - 1;
    let width = 0;
    let rows = 0;
    for (const row of grid.cells) {
      if (!row || row.length === 0) continue;
      rows++;
      if (row.length > width) width = row.length;
    }
    this.rowsWithCells = rows;
    this.lastCol = grid.originCol + width - 1;
    for (const m of grid.merges) this.cover(m);
  }

  private key(r: number, c: number): number {
    return r * KEY_COLS + c;
  }

  /** The key of the top-left cell of the merge covering grid cell (r, c), or undefined. */
  private originKey(r: number, c: number): number | undefined {
    if (r < this.coveredTop || r > this.coveredBottom) return undefined;
    return this.covered.get(this.key(r, c));
  }

  private cover(m: GridRange): void {
    const cells = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    // A merge over a whole column would be millions of cells; only the top-left matters then.
    if (cells > 100000) return;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        this.covered.set(this.key(r, c), this.key(m.top, m.left));
        this.coveredTop = Math.min(this.coveredTop, r);
        this.coveredBottom = Math.max(this.coveredBottom, r);
      }
    }
  }

  /** The cell at a 1-based sheet row and column, or undefined. */
  cell(row: number, col: number): Cell | undefined {
    const r = row - this.grid.originRow;
    const c = col - this.grid.originCol;
    if (r < 0 || c < 0) return undefined;
    if (r >= this.coveredTop && r <= this.coveredBottom && this.covered.has(this.key(r, c))) return undefined;
    const cell = this.grid.cells[r]?.[c];
    return cell ?? undefined;
  }

  /** The sheet row and column of the top-left cell of the merge covering the cell, or null when none covers it. */
  mergeOrigin(row: number, col: number): { row: number; col: number } | null {
    const top = this.originKey(row - this.grid.originRow, col - this.grid.originCol);
    return top === undefined ? null : { row: Math.floor(top / KEY_COLS) + this.grid.originRow, col: (top % KEY_COLS) + this.grid.originCol };
  }

  /**
   * The sheet row of the top-left cell of the merge covering the cell, when one covers it and
   * sits in the same column: a merge down an area column names the area of every row it spans.
   */
  mergedFromAbove(row: number, col: number): number | null {
    const c = col - this.grid.originCol;
    const top = this.originKey(row - this.grid.originRow, c);
    return top === undefined || top % KEY_COLS !== c ? null : Math.floor(top / KEY_COLS) + this.grid.originRow;
  }

  /** Whether the cell shows nothing; cheaper than `text() === ''`, which builds strings. */
  isBlank(row: number, col: number): boolean {
    const cell = this.cell(row, col);
    if (!cell) return true;
    const v = cell.value;
    if (v === null || v === undefined) return !cell.text;
    // Most strings start with a visible character: only the others need trimming to tell.
    if (typeof v === 'string') return v.length === 0 || (v.charCodeAt(0) <= 32 || v.charCodeAt(0) >= 127 ? v.trim() === '' && !cell.text : false);
    if (typeof v === 'number') return !Number.isFinite(v);
    if (v instanceof Date) return isNaN(v.getTime());
    return false;
  }

  text(row: number, col: number): string {
    return cellText(this.cell(row, col));
  }
}
