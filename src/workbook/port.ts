import type { Grid } from '../core/grid';
import type { SheetSpec } from '../core/report/sheetspec';

export interface SheetInfo {
  name: string;
  visible: boolean;
  /** The owner key when this product wrote the sheet (recognised by its marker), else null. */
  owner: string | null;
}

export interface WriteProgress {
  done: number;
  total: number;
  sheet: string;
}

/**
 * What the pipeline needs from a workbook, whether it is an open Excel workbook
 * (Office.js) or an .xlsx file (ExcelJS). Adapters implement it; nothing else
 * touches Excel or ExcelJS.
 */
export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  /** The used range of a sheet, as Excel shows it. Throws `WorkbookError` when it cannot. */
  readGrid(sheet: string): Promise<Grid>;
  /**
   * The first `rows` rows of each sheet (values only), so the overview can be chosen without
   * reading every sheet whole. Optional: adapters where reading is cheap leave it out.
   */
  readHeads?(sheets: string[], rows: number): Promise<Grid[]>;
  /**
   * Replaces this product's sheets: every sheet it owns that is not in `specs` is removed,
   * every spec is written (replacing the owned sheet of the same owner key). Sheets the
   * product does not own are never touched; spec names never collide with them.
   */
  writeSheets(specs: SheetSpec[], onProgress?: (p: WriteProgress) => void): Promise<void>;
}

/** A mark on an offending cell of the overview (Excel only). */
export interface CellMark {
  cell: string;
  severity: 'error' | 'warning' | 'info';
  /** The rendered messages for the cell, one per finding. */
  note: string;
}

/**
 * What became of marks: written (or removed), or skipped on a protected sheet, which the
 * product does not unprotect. `marks.protected` in i18n says it in one sentence.
 */
export type MarksOutcome = { status: 'done' } | { status: 'protected'; sheet: string };

/** Validation marks the product owns and removes completely; cells' own formatting is untouched. */
export interface MarkPort {
  setMarks(sheet: string, marks: CellMark[]): Promise<MarksOutcome>;
  clearMarks(): Promise<MarksOutcome>;
}

export type WorkbookErrorCode =
  | 'file-not-found'
  | 'not-a-workbook'
  | 'encrypted'
  | 'sheet-not-found'
  | 'no-overview'
  | 'protected'
  | 'workbook-protected'
  | 'editing'
  | 'too-large'
  | 'api-unsupported'
  | 'write-failed'
  /** A part the writer produced did not parse back as XML; nothing was saved. */
  | 'write-invalid';

/** An error the user can act on; rendered through i18n by its code, never as a stack trace. */
export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    readonly detail: string = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'WorkbookError';
  }
}
