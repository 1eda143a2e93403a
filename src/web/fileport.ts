/**
 * An opened .xlsx as the actions' port, where the file lives (the page's worker): a click
 * as Excel's adapter does it — settings, sheets, their first rows, the chosen overview (and
 * the sheet `alsoRead` picks), then the sheets the click writes — without the marks. Marks
 * are Excel's (formats on the open workbook's cells); the file gets none, because the
 * source sheet is never changed (SPEC §7). The user's choices live in the page, so a click
 * finds no setting in the file.
 */
import type { AddinPort } from '../addin/actions';
import type { Grid } from '../core/grid';
import { HEAD_ROWS } from '../core/read/header';
import { specOf, type SheetToWrite } from '../core/report/sheetspec';
import type { ClickOptions, ClickOutcome, MarksOutcome, SheetInfo, WriteProgress } from '../workbook/port';
import type { XlsxWorkbook } from '../xlsx/workbook';

/** Nothing to mark in a file, and so nothing to clear. */
export const NO_MARKS: MarksOutcome = { status: 'done' };

export class FilePort implements AddinPort {
  /** Sheets read whole, kept until a write: the overview is read by every click and by the cell view. */
  private readonly grids = new Map<string, Promise<Grid>>();

  constructor(private readonly book: XlsxWorkbook) {}

  listSheets(): Promise<SheetInfo[]> {
    return this.book.listSheets();
  }

  readGrid(sheet: string): Promise<Grid> {
    let grid = this.grids.get(sheet);
    if (!grid) {
      grid = this.book.readGrid(sheet);
      // A failed read is not kept: the next click tries again and says why.
      grid.catch(() => this.grids.delete(sheet));
      this.grids.set(sheet, grid);
    }
    return grid;
  }

  readHeads(sheets: string[], rows: number): Promise<Grid[]> {
    return this.book.readHeads(sheets, rows);
  }

  /**
   * The .xlsx writer tells each sheet it has written (in workbook order); the pane's
   * progress, as Excel's adapter gives it and as the click's first step counts, is in rows.
   */
  async writeSheets(sheets: SheetToWrite[], onProgress?: (p: WriteProgress) => void): Promise<void> {
    this.grids.clear();
    // Made up front: the progress is counted in rows of every sheet.
    const specs = sheets.map(specOf);
    const rows = new Map(specs.map((s) => [s.name, s.rows.length]));
    const total = specs.reduce((n, s) => n + s.rows.length, 0);
    let done = 0;
    await this.book.writeSheets(specs, (p) => {
      done += rows.get(p.sheet) ?? 0;
      onProgress?.({ done, total, sheet: p.sheet });
    });
  }

  /** The whole package as it is now, with any sheets written. */
  toBytes(): Promise<Uint8Array> {
    return this.book.toBytes();
  }

  async readAndMark<T>(opts: ClickOptions<T>): Promise<ClickOutcome<T>> {
    const settings = Object.fromEntries(opts.settings.map((key) => [key, null]));
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
}
