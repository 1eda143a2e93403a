import type { Grid } from '../core/grid';
import type { SheetSpec, SheetToWrite } from '../core/report/sheetspec';

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
 * (Office.js) or an .xlsx file (src/xlsx). Adapters implement it; nothing else
 * touches Excel or the package format.
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
   * Replaces this product's sheets: every sheet it owns that is not in `sheets` is removed,
   * every sheet is written (replacing the owned sheet of the same owner key). Sheets the
   * product does not own are never touched; sheet names never collide with them. A lazy
   * sheet's spec is made when the adapter comes to it, at most once; an adapter that can
   * write sheet by sheet lets go of each before making the next.
   */
  writeSheets(sheets: SheetToWrite[], onProgress?: (p: WriteProgress) => void): Promise<void>;
}

/** A mark on an offending cell of the overview (Excel only). */
export interface CellMark {
  cell: string;
  severity: 'error' | 'warning' | 'info';
  /** The rendered messages for the cell, one per finding. */
  note: string;
  /**
   * Where the mark sits by its row's initiative (`1.5@G`): the same after rows are inserted,
   * sorted or deleted around it, as the cell's note moves with its row. Absent when the cell
   * belongs to no initiative, or to an id that is not unique or not plain.
   */
  anchor?: string;
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

/** What a user action reads of the open workbook in one go. */
export interface ClickRead {
  /** The settings asked for, by key; null where unset. */
  settings: Record<string, unknown>;
  sheets: SheetInfo[];
  /** The first rows of every sheet the product does not own, in workbook order. */
  heads: Grid[];
  /** Workbook structure protection: the product's sheets cannot be added or replaced. */
  workbookProtected: boolean;
  /** The sheet `choose` picked, read whole; null when it picked none. */
  overview: Grid | null;
  /** The sheet `alsoRead` picked, read whole with the overview; null when it picked none. */
  also: Grid | null;
}

/** What was read before the overview was chosen. */
export type ClickHeads = Omit<ClickRead, 'overview' | 'also'>;

/** What a click makes of its read, and what it writes. */
export interface ClickUse<T> {
  result: T;
  /** Marks for the overview; null leaves marks as they are. */
  marks: CellMark[] | null;
  /**
   * The product's sheets to write, as `WorkbookPort.writeSheets` does, the first visible one
   * then shown; absent to write none.
   */
  sheets?: SheetSpec[];
}

export interface ClickOptions<T> {
  /** Workbook settings to read (the user's choices kept in the document). */
  settings: string[];
  /** Picks the overview sheet by name from what was read, or null. */
  choose(read: ClickHeads): string | null;
  /** Picks a second sheet to read whole with the overview (a summary's history), or null. */
  alsoRead?(read: ClickHeads): string | null;
  use(read: ClickRead): Promise<ClickUse<T>>;
  /** Progress of writing the sheets `use` gave. */
  onWrite?(p: WriteProgress): void;
}

export interface ClickOutcome<T> {
  read: ClickRead;
  result: T;
  /** Null when no marks were asked for (or there was no overview). */
  marks: MarksOutcome | null;
}

/**
 * A whole user action on the open workbook in as few round trips as it allows: settings,
 * sheets, the overview, then the marks and the product's sheets (Excel only).
 */
export interface ClickPort {
  readAndMark<T>(opts: ClickOptions<T>): Promise<ClickOutcome<T>>;
}

export type WorkbookErrorCode =
  | 'file-not-found'
  | 'not-a-workbook'
  | 'damaged'
  | 'encrypted'
  /** An .xls from Excel 97–2003 or before. */
  | 'old-format'
  /** An Excel Binary Workbook (.xlsb). */
  | 'binary-format'
  /** An OpenDocument spreadsheet (.ods). */
  | 'opendocument'
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
