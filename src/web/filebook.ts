/**
 * A workbook file opened in the web page, as the pane's port and actions. The file stays in
 * the browser, in the page's worker (fileops.ts): each action runs there whole and sends
 * back only its outcome, so the page never holds, copies or analyses a 20 000-row sheet;
 * a summary comes back as the package to download. Nothing is sent anywhere.
 *
 * The file takes no marks (the source sheet is never changed, SPEC §7), so the pane offers
 * no *Ryd markeringer*. The user's choices live as long as the file is open. `select` shows
 * a cell in the page's read-only view instead of selecting it in Excel.
 */
import type { ActionOptions, Actions, DetectOptions, Marked, SummaryOutcome } from '../addin/actions';
import type { Checked, Facts } from '../addin/analysis';
import type { Calls } from '../pane/calls';
import type { PanePort } from '../pane/Pane';
import type { MarksOutcome, SheetInfo } from '../workbook/port';
import type { CellWindow } from './cellwindow';
import type { FileOperations } from './fileops';
import { NO_MARKS } from './fileport';

export interface FileEvents {
  /** A finding or initiative was picked: show these cells (null: the address is none). */
  select(shown: CellWindow | null): void;
  /** The summary sheets were written: the whole package as it is now. */
  written(download: Blob): void;
}

/** The download's name: the file's own with `-opsummering` before its extension (as `npm run demo` names it). */
export function summaryFileName(name: string): string {
  const m = /^(.*?)(\.xls[xm])?$/i.exec(name);
  const base = m?.[1] || 'leveranceoversigt';
  return `${base}-opsummering${m?.[2] ?? '.xlsx'}`;
}

/** An action's options split for the worker: the progress callback goes as the call's last argument. */
function split(opts: ActionOptions) {
  const { onProgress, ...rest } = opts;
  return { rest, progress: onProgress ?? (() => {}) };
}

export class FileWorkbook implements PanePort, Actions {
  private readonly settings = new Map<string, string>();

  private constructor(
    /** The file's name as the person picked it. */
    readonly name: string,
    private readonly files: Calls<FileOperations>,
    /** The file's number among the files opened by `files`. */
    private readonly id: number,
    private readonly events: FileEvents,
  ) {}

  /**
   * Opens a picked or dropped .xlsx: the `File` itself goes to the worker, which reads its
   * bytes, so the page neither reads nor copies them. Throws `WorkbookError`
   * ('not-a-workbook', 'encrypted', 'damaged') naming the file.
   */
  static async open(name: string, file: Blob, files: Calls<FileOperations>, events: FileEvents): Promise<FileWorkbook> {
    return new FileWorkbook(name, files, await files.openFile(file, name), events);
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.files.listSheets(this.id);
  }

  detect(opts: DetectOptions): Promise<Facts> {
    return this.files.detect(this.id, opts);
  }

  validate(opts: ActionOptions): Promise<Checked & Marked> {
    const { rest, progress } = split(opts);
    return this.files.validate(this.id, rest, progress);
  }

  async summarize(opts: ActionOptions): Promise<SummaryOutcome & Marked> {
    const { rest, progress } = split(opts);
    const { download, ...outcome } = await this.files.summarize(this.id, rest, progress);
    this.events.written(download);
    return outcome;
  }

  async clear(): Promise<MarksOutcome> {
    return NO_MARKS;
  }

  async getSetting(key: string): Promise<unknown> {
    return this.settings.get(key) ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.settings.set(key, value);
  }

  async select(sheet: string, cell: string): Promise<void> {
    this.events.select(await this.files.cellView(this.id, sheet, cell));
  }
}
