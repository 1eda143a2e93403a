/**
 * The open Excel workbook as a WorkbookPort, on Office.js. Every method is one `Excel.run`
 * with a fixed number of `context.sync` calls whatever the sheet size (writes add one per
 * ~1 MB chunk, reads one per ~4 MB of response), because each sync is a round trip to Excel,
 * and on the web a request or response over 5 MB is refused. `readAndMark` does a whole click
 * (settings, sheets, overview, marks) in one `Excel.run`.
 */
import type { Grid } from '../core/grid';
import { specOf, type SheetToWrite } from '../core/report/sheetspec';
import {
  WorkbookError,
  type CellMark,
  type ClickHeads,
  type ClickOptions,
  type ClickOutcome,
  type ClickPort,
  type ClickRead,
  type MarkPort,
  type MarksOutcome,
  type SheetInfo,
  type WorkbookPort,
  type WriteProgress,
} from '../workbook/port';
import { toWorkbookError } from './errors';
import { completeHeads, headGrid, headOf, queueHead, readSheets, type HeadProbe, type SheetHead } from './gridread';
import { excelHost, type OfficeHost } from './host';
import { MarksScan, markSteps, type ScannedSheet } from './markwrite';
import { OWNER_NAME, ownerOf } from '../workbook/owner';
import { MARKS_CHUNK_BYTES, sendInRequests } from './requests';
import { sheetSteps, type LoadedSheet } from './sheetwrite';

/** The API set the add-in is built for (manifest requirement). */
export const MIN_API = '1.12';
/** `Range.getMergedAreasOrNullObject`. */
const MERGES_API = '1.13';
/** `Worksheet.notes`. */
const NOTES_API = '1.18';
/**
 * Sheets a click reaches in its first sync without knowing their names. Each costs some
 * 2 kB of request (half that past the last sheet) and, with its corner of 19 × 64 cells,
 * at most ~50 kB of response; a workbook of more sheets takes one sync more.
 */
const CHAINED_SHEETS = 30;

/**
 * Whether the workbook counts dates from 1904: DATE(1904;1;1) is serial 0 there and 1462
 * in the 1900 system. `Workbook.use1904DateSystem` says it directly but is a preview API,
 * outside every released requirement set; `workbook.functions` (ExcelApi 1.2) is not.
 */
function queueDateSystem(context: Excel.RequestContext): () => boolean {
  const epoch = context.workbook.functions.date(1904, 1, 1);
  epoch.load('value');
  return () => epoch.value === 0;
}

/** Every sheet with its owner marker: two syncs whatever the sheet count. */
async function loadSheets(context: Excel.RequestContext): Promise<LoadedSheet[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/id,items/visibility');
  await context.sync();
  const markers = sheets.items.map((ws) => {
    const marker = ws.names.getItemOrNullObject(OWNER_NAME);
    marker.load('formula');
    return marker;
  });
  await context.sync();
  return sheets.items.map((ws, k) => ({
    ws,
    name: ws.name,
    id: ws.id,
    visibility: ws.visibility,
    owner: markers[k].isNullObject ? null : ownerOf(markers[k].formula),
  }));
}

/**
 * The first CHAINED_SHEETS sheets, reached without knowing their names (`getFirst`, then
 * `getNextOrNullObject`, ExcelApi 1.5), so a click can ask what it needs of each in its first
 * sync. Past the last sheet every link is a null object, and so is all that is asked of it.
 */
function chainSheets(worksheets: Excel.WorksheetCollection): Excel.Worksheet[] {
  const chain = [worksheets.getFirst()];
  while (chain.length < CHAINED_SHEETS) chain.push(chain[chain.length - 1].getNextOrNullObject());
  return chain;
}

/** What a click needs to know of a sheet before the overview is chosen: its owner marker and first rows. */
interface QueuedSheet {
  ws: Excel.Worksheet;
  marker: Excel.NamedItem;
  probe: HeadProbe;
}

function queueSheet(ws: Excel.Worksheet): QueuedSheet {
  const marker = ws.names.getItemOrNullObject(OWNER_NAME);
  marker.load('formula');
  return { ws, marker, probe: queueHead(ws) };
}

export class OfficeWorkbook implements ClickPort, WorkbookPort, MarkPort {
  constructor(private readonly host: OfficeHost = excelHost()) {}

  private supports(version: string): boolean {
    return this.host.isSetSupported('ExcelApi', version);
  }

  /** One `Excel.run`, with Office.js failures turned into WorkbookErrors the user can act on. */
  private async run<T>(kind: 'read' | 'write', subject: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    if (!this.supports(MIN_API)) throw new WorkbookError('api-unsupported', `ExcelApi ${MIN_API}`);
    try {
      return await this.host.run(batch);
    } catch (e) {
      throw toWorkbookError(e, kind, subject);
    }
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.run('read', '', async (context) =>
      (await loadSheets(context)).map((s) => ({ name: s.name, visible: s.visibility === 'Visible', owner: s.owner })),
    );
  }

  /** Values of the first rows of every sheet in one sync, whatever the number of sheets. */
  async readHeads(sheets: string[], rows: number): Promise<Grid[]> {
    return this.run('read', sheets.join(', '), async (context) => {
      const date1904 = queueDateSystem(context);
      const probes = sheets.map((name) => queueHead(context.workbook.worksheets.getItem(name), false));
      await context.sync();
      const heads = await completeHeads(
        context,
        probes.map((probe, k) => headOf(sheets[k], probe, rows)),
      );
      return heads.map((h) => headGrid(h, date1904()));
    });
  }

  /**
   * Two syncs: the extent of the values with the first rows, then values, number formats,
   * value types, merges, tables and fills (plus one per ~4 MB of response beyond the first).
   * The extent comes from the values only: a stray format on a whole column would otherwise
   * make the used range a million rows. A stray value far away still can; such a used range
   * is read only where it holds something (two syncs more).
   */
  async readGrid(sheet: string): Promise<Grid> {
    return this.run('read', sheet, async (context) => {
      const date1904 = queueDateSystem(context);
      const ws = context.workbook.worksheets.getItem(sheet);
      // The sheet's exact name (the caller may differ in case).
      ws.load('name');
      const probe = queueHead(ws);
      await context.sync();
      const [grid] = await readSheets(context, [headOf(ws.name, probe)], { merges: this.supports(MERGES_API), date1904: date1904() });
      return grid;
    });
  }

  /**
   * A whole click in one `Excel.run`. Sync 1: the settings, the sheets, workbook protection,
   * the date system, the record of old marks, and of each of the first CHAINED_SHEETS sheets
   * (reached without their names) its owner marker, its first rows, where its numbers are,
   * its protection and its formats (with their formulas) and notes. Sync 2: the overview
   * `choose` picks and the sheet `alsoRead` picks, read whole, with where the overview's user
   * notes are and how many cells our formats there cover (plus one sync per ~4.5 MB of
   * response beyond). `use` runs on what was read; the marks (what changed) and sheets it
   * gives are written together, one sync per ~3 MB of request, the first visible sheet shown
   * in the last. Nothing to send, no sync. A workbook of more sheets takes one sync more for
   * the rest.
   */
  async readAndMark<T>(opts: ClickOptions<T>): Promise<ClickOutcome<T>> {
    return this.run('read', '', async (context) => {
      const book = context.workbook;
      const settings = opts.settings.map((key) => {
        const setting = book.settings.getItemOrNullObject(key);
        setting.load('value');
        return { key, setting };
      });
      const worksheets = book.worksheets;
      worksheets.load('items/name,items/id,items/visibility');
      const bookProtection = book.protection;
      bookProtection.load('protected');
      const date1904 = queueDateSystem(context);
      const notesApi = this.supports(NOTES_API);
      const scan = new MarksScan(context, notesApi);
      scan.queueRecord();
      const chained = chainSheets(worksheets).map((ws) => {
        scan.queueAhead(ws);
        return queueSheet(ws);
      });
      await context.sync();

      const items = worksheets.items;
      // Sheets past the chain are asked for now, by name: one sync more.
      const queued = items.map((ws) => chained.find((c) => !c.ws.isNullObject && c.ws.id === ws.id) ?? queueSheet(ws));
      const more = queued.some((q) => !chained.includes(q));
      const moreScans = scan.queueSheets(
        items.map((ws) => ({ ws, id: ws.id, name: ws.name })),
        () => true,
      );
      if (more || moreScans) await context.sync();

      const storedSettings = Object.fromEntries(settings.map(({ key, setting }) => [key, setting.isNullObject ? null : setting.value]));
      const readOpts = { merges: this.supports(MERGES_API), date1904: date1904() };
      const loaded: LoadedSheet[] = items.map((ws, k) => ({
        ws,
        name: ws.name,
        id: ws.id,
        visibility: ws.visibility,
        owner: queued[k].marker.isNullObject ? null : ownerOf(queued[k].marker.formula),
      }));
      const sheets: SheetInfo[] = loaded.map((s) => ({ name: s.name, visible: s.visibility === 'Visible', owner: s.owner }));
      const heads: SheetHead[] = await completeHeads(
        context,
        loaded.filter((s) => s.owner === null).map((s) => headOf(s.name, queued[loaded.indexOf(s)].probe)),
      );
      const before: ClickHeads = {
        settings: storedSettings,
        sheets,
        heads: heads.map((h) => headGrid(h, readOpts.date1904)),
        workbookProtected: bookProtection.protected,
      };
      const headNamed = (name: string | null): SheetHead | undefined => {
        if (name === null) return undefined;
        const k = loaded.findIndex((s) => s.name.toLowerCase() === name.toLowerCase());
        return k < 0 ? undefined : (heads.find((h) => h.name === loaded[k].name) ?? headOf(loaded[k].name, queued[k].probe));
      };
      const overviewHead = headNamed(opts.choose(before));
      // Without an overview the click has nothing to read the second sheet for.
      const alsoHead = overviewHead ? headNamed(opts.alsoRead?.(before) ?? null) : undefined;
      const wanted = [overviewHead, alsoHead].filter((h): h is SheetHead => h !== undefined);
      const grids = wanted.length > 0 ? await readSheets(context, wanted, readOpts, () => scan.queueDetails(overviewHead?.name ?? null)) : [];
      const read: ClickRead = {
        ...before,
        overview: overviewHead ? grids[0] : null,
        also: alsoHead ? grids[1] : null,
      };

      const { result, marks, sheets: specs } = await opts.use(read);
      if (specs && bookProtection.protected) throw new WorkbookError('workbook-protected');
      const marking = read.overview && marks ? markSteps(context, scan.found(), read.overview.sheetName, marks, notesApi) : null;
      const writing = specs ? sheetSteps(context, loaded, specs, { show: true, date1904: readOpts.date1904, onProgress: opts.onWrite }) : [];
      // Marks alone go in larger requests: those of 20 000 rows in one.
      await sendInRequests(context, [...(marking?.steps ?? []), ...writing], specs ? undefined : MARKS_CHUNK_BYTES);
      return { read, result, marks: marking?.outcome ?? null };
    });
  }

  /**
   * Replaces the product's sheets. Syncs: 2 to list the sheets and their owners (and the
   * date system), then 1 per ~3 MB of request (new sheets, cells, merges, panes, filter,
   * chart, print, visibility), within SPEC §6's one per ~1 MB written.
   */
  async writeSheets(sheets: SheetToWrite[], onProgress?: (p: WriteProgress) => void): Promise<void> {
    const specs = sheets.map(specOf);
    await this.run('write', '', async (context) => {
      const bookProtection = context.workbook.protection;
      bookProtection.load('protected');
      const date1904 = queueDateSystem(context);
      const existing = await loadSheets(context);
      if (bookProtection.protected) throw new WorkbookError('workbook-protected');
      await sendInRequests(context, sheetSteps(context, existing, specs, { show: false, date1904: date1904(), onProgress }));
    });
  }

  /**
   * Marks the offending cells of `sheet` (replacing the product's earlier marks, as a
   * difference: what is already marked as wanted stays): an always-true conditional format
   * with a border in the severity's colour, which leaves the cell's own formatting alone and
   * goes with *Ryd markeringer*, and, where Excel has notes (ExcelApi 1.18), a note with the
   * messages on cells that have none of their own. Threaded comments are not used: they
   * carry the user's identity and notify people. A protected sheet is not marked: the
   * outcome says so. Up to three syncs to find the old marks (two as a rule when the sheet
   * has some, one when it has none), one per ~4.5 MB of marks to write, none when nothing
   * changed.
   */
  async setMarks(sheet: string, marks: CellMark[]): Promise<MarksOutcome> {
    return this.run('write', sheet, async (context) => {
      const found = await this.findMarks(context, sheet);
      if (!found.sheets.some((s) => s.name.toLowerCase() === sheet.toLowerCase())) throw new WorkbookError('sheet-not-found', sheet);
      const { steps, outcome } = markSteps(context, found, sheet, marks, this.supports(NOTES_API));
      await sendInRequests(context, steps, MARKS_CHUNK_BYTES);
      return outcome;
    });
  }

  /**
   * Removes every mark the product made, on every sheet but protected ones (the outcome names
   * one), and nothing else. One sync finds them (the record, and the formats and notes of the
   * first 30 sheets; one more for marked sheets past those), then they are removed (one sync
   * per ~4.5 MB).
   */
  async clearMarks(): Promise<MarksOutcome> {
    return this.run('write', '', async (context) => {
      const { steps, outcome } = markSteps(context, await this.findMarks(context, null), null, [], this.supports(NOTES_API));
      await sendInRequests(context, steps, MARKS_CHUNK_BYTES);
      return outcome;
    });
  }

  /**
   * The product's marks on the recorded sheets and on `target`: the record, the sheets, and
   * the formats and notes of the first CHAINED_SHEETS sheets; then those of the sheets past
   * them (none recorded, no sync); then where `target`'s user notes are (none, no sync).
   */
  private async findMarks(context: Excel.RequestContext, target: string | null) {
    const scan = new MarksScan(context, this.supports(NOTES_API));
    scan.queueRecord();
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/id,items/name');
    for (const ws of chainSheets(worksheets)) scan.queueAhead(ws);
    await context.sync();
    const isTarget = (s: ScannedSheet) => target !== null && s.name.toLowerCase() === target.toLowerCase();
    const more = scan.queueSheets(
      worksheets.items.map((ws) => ({ ws, id: ws.id, name: ws.name })),
      isTarget,
    );
    if (more) await context.sync();
    if (scan.queueDetails(target) > 0) await context.sync();
    return scan.found();
  }

  /** A value the add-in keeps in the workbook (per document, per add-in), or null. */
  async getSetting(key: string): Promise<unknown> {
    return this.run('read', '', async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(key);
      setting.load('value');
      await context.sync();
      return setting.isNullObject ? null : setting.value;
    });
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.run('write', '', async (context) => {
      context.workbook.settings.add(key, value);
      await context.sync();
    });
  }

  /** Selects a cell (a finding's cell in the pane). */
  async select(sheet: string, cell: string): Promise<void> {
    await this.run('read', sheet, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }
}
