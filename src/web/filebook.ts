/**
 * A workbook file opened in the web page, as the pane's port. The bytes stay in the browser:
 * the same .xlsx layer as the CLI reads them and writes the summary sheets into them
 * surgically (fileops.ts, in the page's worker), and the result comes back as bytes to
 * download; nothing is sent anywhere.
 *
 * Marks are Excel's (formats on the open workbook's cells); the file gets none, because the
 * source sheet is never changed (SPEC §7), so a click asks for none and the pane offers no
 * *Ryd markeringer*. The user's choices live as long as the file is open. `select` shows a
 * cell in the page's read-only view instead of selecting it in Excel.
 */
import type { Grid } from '../core/grid';
import { HEAD_ROWS } from '../core/read/header';
import type { SheetSpec } from '../core/report/sheetspec';
import type { Calls } from '../pane/calls';
import type { PanePort } from '../pane/Pane';
import type { ClickOptions, ClickOutcome, MarksOutcome, SheetInfo, WriteProgress } from '../workbook/port';
import type { FileOperations } from './fileops';

export interface FileEvents {
  /** A finding or initiative was picked: show this cell of this sheet. */
  select(grid: Grid, cell: string): void;
  /** The summary sheets were written: the whole package as it is now. */
  written(bytes: Uint8Array): void;
}

/** Nothing to mark in a file, and so nothing to clear. */
const NO_MARKS: MarksOutcome = { status: 'done' };

/** The download's name: the file's own with `-opsummering` before its extension (as `npm run demo` names it). */
export function summaryFileName(name: string): string {
  const m = /^(.*?)(\.xls[xm])?$/i.exec(name);
  const base = m?.[1] || 'leveranceoversigt';
  return `${base}-opsummering${m?.[2] ?? '.xlsx'}`;
}

export class FileWorkbook implements PanePort {
  private readonly settings = new Map<string, string>();
  /** Sheets read whole, kept until a write: the overview is read by every click and by the cell view. */
  private readonly grids = new Map<string, Promise<Grid>>();

  private constructor(
    /** The file's name as the person picked it. */
    readonly name: string,
    private readonly files: Calls<FileOperations>,
    /** The file's number among the files opened by `files`. */
    private readonly id: number,
    private readonly events: FileEvents,
  ) {}

  /** Opens the bytes of an .xlsx file. Throws `WorkbookError` ('not-a-workbook', 'encrypted', 'damaged') naming the file. */
  static async open(name: string, bytes: Uint8Array, files: Calls<FileOperations>, events: FileEvents): Promise<FileWorkbook> {
    return new FileWorkbook(name, files, await files.openFile(bytes, name), events);
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.files.listSheets(this.id);
  }

  readGrid(sheet: string): Promise<Grid> {
    let grid = this.grids.get(sheet);
    if (!grid) {
      grid = this.files.readGrid(this.id, sheet);
      // A failed read is not kept: the next click tries again and says why.
      grid.catch(() => this.grids.delete(sheet));
      this.grids.set(sheet, grid);
    }
    return grid;
  }

  readHeads(sheets: string[], rows: number): Promise<Grid[]> {
    return this.files.readHeads(this.id, sheets, rows);
  }

  async writeSheets(specs: SheetSpec[], onProgress?: (p: WriteProgress) => void): Promise<void> {
    this.grids.clear();
    this.events.written(await this.files.writeSheets(this.id, specs, onProgress));
  }

  /**
   * A click as Excel's adapter does it, without the marks: settings, sheets, their first rows,
   * the chosen overview (and the sheet `alsoRead` picks), then the sheets the click writes.
   */
  async readAndMark<T>(opts: ClickOptions<T>): Promise<ClickOutcome<T>> {
    const settings = Object.fromEntries(opts.settings.map((key) => [key, this.settings.get(key) ?? null]));
    const sheets = await this.listSheets();
    const heads = await this.readHeads(
      sheets.filter((s) => s.owner === null).map((s) => s.name),
      HEAD_ROWS,
    );
    const head = { settings, sheets, heads, workbookProtected: false };
    const chosen = opts.choose(head);
    const also = chosen === null ? null : (opts.alsoRead?.(head) ?? null);
    const read = {
      ...head,
      overview: chosen === null ? null : await this.readGrid(chosen),
      also: also === null ? null : await this.readGrid(also),
    };
    const { result, sheets: specs } = await opts.use(read);
    if (specs) await this.writeSheets(specs, opts.onWrite);
    return { read, result, marks: null };
  }

  async setMarks(): Promise<MarksOutcome> {
    return NO_MARKS;
  }

  async clearMarks(): Promise<MarksOutcome> {
    return NO_MARKS;
  }

  /** The page shows no sheet tabs: the summary is in the download. */
  async activate(): Promise<void> {}

  async getSetting(key: string): Promise<unknown> {
    return this.settings.get(key) ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.settings.set(key, value);
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.events.select(await this.readGrid(sheet), cell);
  }
}
