/**
 * A rectangle of cells as Excel shows them. The only thing an adapter must produce.
 * Coordinates inside a Grid are 0-based; `originRow`/`originCol` (1-based) place
 * cell [0][0] on the sheet, so a used range starting at C5 reads back as C5.
 */

/** An Excel error value such as `#DIV/0!`, `#N/A`, `#REF!`. */
export interface ErrorValue {
  error: string;
}

export type CellValue = string | number | boolean | Date | ErrorValue | null;

export interface Cell {
  value: CellValue;
  /** The text Excel displays (number format applied), when the adapter knows it. */
  text?: string;
  /** Background fill as `RRGGBB` (upper case), when the cell has a solid fill. */
  fill?: string;
  /** The number format, when the adapter knows it. */
  numFmt?: string;
}

/** 0-based, inclusive, in grid coordinates. */
export interface GridRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface GridTable extends GridRange {
  name: string;
  /** Whether the table's first row is its header row. */
  headerRow: boolean;
}

export interface Grid {
  sheetName: string;
  /** 1-based sheet row of grid row 0. */
  originRow: number;
  /** 1-based sheet column of grid column 0. */
  originCol: number;
  /**
   * Row-major; rows may be shorter than the widest row, missing cells are empty. A row may
   * be missing too (a hole), where an adapter read a large sheet only where it holds something.
   */
  cells: (Cell | null | undefined)[][];
  merges: GridRange[];
  tables: GridTable[];
}

export function isErrorValue(v: CellValue | undefined): v is ErrorValue {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && typeof (v as ErrorValue).error === 'string';
}

export function emptyGrid(sheetName: string): Grid {
  return { sheetName, originRow: 1, originCol: 1, cells: [], merges: [], tables: [] };
}
