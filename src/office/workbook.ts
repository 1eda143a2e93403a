/**
 * The open Excel workbook as a WorkbookPort, on Office.js. Every method is one `Excel.run`
 * with a fixed number of `context.sync` calls whatever the sheet size (writes add one per
 * ~1 MB chunk, reads one per ~4 MB of response), because each sync is a round trip to Excel,
 * and on the web a request or response over 5 MB is refused. `readAndMark` does a whole click
 * (settings, sheets, overview, marks) in one `Excel.run`.
 */
import { a1 } from '../core/address';
import type { Grid } from '../core/grid';
import type { CellStyle, SheetSpec } from '../core/report/sheetspec';
import {
  WorkbookError,
  type CellMark,
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
import { completeHeads, headGrid, headOf, queueHead, readSheet, type SheetHead } from './gridread';
import { excelHost, type OfficeHost } from './host';
import { MarksScan, writeMarks, type ScannedSheet } from './markwrite';
import { freeSheetName } from '../core/report/names';
import { OWNER_NAME, claimOwnedSheets, ownerFormula, ownerOf } from '../workbook/owner';
import {
  addressLists,
  cellFormat,
  cellInput,
  columnAddress,
  columnWidthPoints,
  displayText,
  escapeHeaderFooter,
  hyperlinkOf,
  planChunks,
  rectAddress,
  specWidth,
  styleRects,
  type RowSlice,
} from './write';

/** The API set the add-in is built for (manifest requirement). */
export const MIN_API = '1.12';
/** `Range.getMergedAreasOrNullObject`. */
const MERGES_API = '1.13';
/** `Worksheet.notes`. */
const NOTES_API = '1.18';

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

interface LoadedSheet {
  ws: Excel.Worksheet;
  name: string;
  id: string;
  visibility: string;
  owner: string | null;
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

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.underline !== undefined) format.font.underline = style.underline ? 'Single' : 'None';
  if (style.size !== undefined) format.font.size = style.size;
  if (style.color) format.font.color = `#${style.color}`;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.align) format.horizontalAlignment = style.align === 'left' ? 'Left' : style.align === 'center' ? 'Center' : 'Right';
  if (style.valign) format.verticalAlignment = style.valign === 'top' ? 'Top' : style.valign === 'middle' ? 'Center' : 'Bottom';
  const edges: `${Excel.BorderIndex}`[] =
    style.border === 'thin'
      ? ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical']
      : style.border === 'bottom'
        ? ['EdgeBottom']
        : [];
  for (const edge of edges) {
    const border = format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
  }
}

/** Queues the writes of one row slice: numbers formats, values, styles, links. No sync. */
function queueSlice(ws: Excel.Worksheet, spec: SheetSpec, slice: RowSlice, renamed: Map<string, string>): void {
  const width = specWidth(spec);
  if (width === 0) return;
  const values: (string | number | boolean)[][] = [];
  const formats: (string | null)[][] = [];
  let anyFormat = false;
  for (let r = slice.from; r < slice.to; r++) {
    const row = spec.rows[r] ?? [];
    const vals: (string | number | boolean)[] = new Array(width).fill('');
    // null leaves a cell's format as it is (General on a new sheet) and keeps the request small.
    const fmts: (string | null)[] = new Array(width).fill(null);
    row.forEach((cell, c) => {
      if (!cell) return;
      vals[c] = cellInput(cell.value);
      const fmt = cellFormat(cell.value, cell.style === undefined ? undefined : spec.styles[cell.style]);
      if (fmt) {
        fmts[c] = fmt;
        anyFormat = true;
      }
    });
    values.push(vals);
    formats.push(fmts);
  }
  const range = ws.getRangeByIndexes(slice.from, 0, slice.to - slice.from, width);
  if (anyFormat) range.numberFormat = formats;
  range.values = values;
  for (const [style, rects] of styleRects(spec.rows, slice.from, slice.to)) {
    const st = spec.styles[style];
    if (!st) continue;
    for (const list of addressLists(rects.map(rectAddress))) applyStyle(ws.getRanges(list).format, st);
  }
  for (let r = slice.from; r < slice.to; r++) {
    spec.rows[r]?.forEach((cell, c) => {
      if (cell?.link) ws.getRange(a1(r + 1, c + 1)).hyperlink = hyperlinkOf(cell.link, displayText(cell.value), renamed);
    });
  }
}

/** Queues what goes on after the values: merges, panes, filter, chart, print setup, visibility. */
function queueFinish(ws: Excel.Worksheet, spec: SheetSpec): void {
  for (const m of spec.merges) ws.getRange(m).merge(false);
  // Excel measures wrapped text itself; spec.rowHeights is the estimate for writers without Excel.
  if (spec.rowHeights && Object.keys(spec.rowHeights).length > 0) ws.getRange(`1:${spec.rows.length}`).format.autofitRows();
  const freeze = spec.freeze;
  if (freeze && freeze.rows > 0 && freeze.cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
  else if (freeze && freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
  else if (freeze && freeze.cols > 0) ws.freezePanes.freezeColumns(freeze.cols);
  if (spec.autoFilter) ws.autoFilter.apply(ws.getRange(spec.autoFilter));
  const chart = spec.chart;
  if (chart && chart.series.length > 0) {
    const added = ws.charts.add('BarStacked', ws.getRange(chart.series[0].values), 'Columns');
    added.title.text = chart.title;
    added.setPosition(chart.from, chart.to);
    chart.series.forEach((s, k) => {
      const series = k === 0 ? added.series.getItemAt(0) : added.series.add(s.name);
      series.name = s.name;
      series.setValues(ws.getRange(s.values));
      series.setXAxisValues(ws.getRange(chart.categories));
      series.format.fill.setSolidColor(`#${s.color}`);
    });
  }
  if (spec.print) {
    const layout = ws.pageLayout;
    layout.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    // A4, the paper of the Danish users, as the package writer writes it (paperSize 9).
    layout.paperSize = 'A4';
    // One page wide, as many tall as needed (0 = automatic).
    if (spec.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    const hf = layout.headersFooters.defaultForAllPages;
    if (spec.print.header) hf.centerHeader = escapeHeaderFooter(spec.print.header);
    if (spec.print.footer) hf.centerFooter = escapeHeaderFooter(spec.print.footer);
  }
  if (spec.visibility === 'hidden') ws.visibility = 'Hidden';
  else if (spec.visibility === 'veryHidden') ws.visibility = 'VeryHidden';
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
      const probes = sheets.map((name) => queueHead(context.workbook.worksheets.getItem(name)));
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
      return readSheet(context, headOf(ws.name, probe), { merges: this.supports(MERGES_API), date1904: date1904() });
    });
  }

  /**
   * Everything a click needs, in one `Excel.run`: the settings, the sheets with their owners
   * and first rows, workbook protection and the date system (two syncs), then the overview
   * `choose` picks, read whole (one sync, plus one per ~4 MB of response beyond); `use` runs
   * on that, and the marks it returns are written (one sync per ~1 MB). The product's old
   * marks are found along the way, in the same syncs.
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
      await context.sync();

      const items = worksheets.items;
      const markers = items.map((ws) => {
        const marker = ws.names.getItemOrNullObject(OWNER_NAME);
        marker.load('formula');
        return marker;
      });
      const probes = items.map((ws) => queueHead(ws));
      const scanned: ScannedSheet[] = items.map((ws) => ({ ws, id: ws.id, name: ws.name }));
      scan.queueSheets(scanned, () => true);
      await context.sync();

      const sheets: SheetInfo[] = items.map((ws, k) => ({
        name: ws.name,
        visible: ws.visibility === 'Visible',
        owner: markers[k].isNullObject ? null : ownerOf(markers[k].formula),
      }));
      const candidates = items.map((ws, k) => ({ k, name: ws.name })).filter(({ k }) => sheets[k].owner === null);
      const heads: SheetHead[] = await completeHeads(
        context,
        candidates.map(({ k, name }) => headOf(name, probes[k])),
      );
      const read: Omit<ClickRead, 'overview'> = {
        settings: Object.fromEntries(settings.map(({ key, setting }) => [key, setting.isNullObject ? null : setting.value])),
        sheets,
        heads: heads.map((h) => headGrid(h, date1904())),
        workbookProtected: bookProtection.protected,
      };
      const chosen = opts.choose(read);
      const head = chosen === null ? undefined : heads.find((h) => h.name.toLowerCase() === chosen.toLowerCase());
      const overview = head
        ? await readSheet(context, head, { merges: this.supports(MERGES_API), date1904: date1904() }, () => scan.queueDetails(head.name))
        : null;
      const full: ClickRead = { ...read, overview };
      const { result, marks } = await opts.use(full);
      const outcome = overview && marks ? await writeMarks(context, scan.found(), overview.sheetName, marks, notesApi) : null;
      return { read: full, result, marks: outcome };
    });
  }

  /**
   * Replaces the product's sheets. Syncs: 2 to list sheets and owners, 1 to add the new
   * sheets and remove the old, 1 per ~1 MB chunk of cells, 1 to finish (merges, panes,
   * filter, chart, print, visibility).
   */
  async writeSheets(specs: SheetSpec[], onProgress?: (p: WriteProgress) => void): Promise<void> {
    await this.run('write', '', async (context) => {
      const bookProtection = context.workbook.protection;
      bookProtection.load('protected');
      const existing = await loadSheets(context);
      if (bookProtection.protected) throw new WorkbookError('workbook-protected');

      const { owned, copies } = claimOwnedSheets(existing, specs);
      // A user's sheet is never touched: a spec whose name it has gets a free name instead.
      const taken = existing.filter((s) => !owned.includes(s)).map((s) => s.name);
      const renamed = new Map<string, string>();
      const names = specs.map((spec) => {
        const name = freeSheetName(spec.name, taken);
        taken.push(name);
        if (name !== spec.name) renamed.set(spec.name, name);
        return name;
      });

      context.application.suspendApiCalculationUntilNextSync();
      copies.forEach((s) => s.ws.names.getItem(OWNER_NAME).delete());
      // Old sheets step aside under temporary names and go only after the new ones exist, so
      // the workbook always keeps a visible sheet. Hidden ones are unhidden first: Excel will
      // not delete a very hidden sheet.
      const aside = [...taken, ...names];
      owned.forEach((s) => {
        if (s.visibility !== 'Visible') s.ws.visibility = 'Visible';
        const temp = freeSheetName('Leverance gammel', aside);
        aside.push(temp);
        s.ws.name = temp;
      });
      const sheets = specs.map((spec, k) => {
        const ws = context.workbook.worksheets.add(names[k]);
        const marker = ws.names.add(OWNER_NAME, ownerFormula(spec.owner));
        marker.visible = false;
        spec.columns.forEach((width, c) => {
          ws.getRange(columnAddress(c)).format.columnWidth = columnWidthPoints(width);
        });
        if (spec.tabColor) ws.tabColor = `#${spec.tabColor}`;
        return ws;
      });
      owned.forEach((s) => s.ws.delete());
      await context.sync();

      const chunks = planChunks(specs);
      const total = specs.reduce((n, s) => n + s.rows.length, 0);
      let done = 0;
      for (const chunk of chunks) {
        context.application.suspendApiCalculationUntilNextSync();
        for (const slice of chunk) queueSlice(sheets[slice.spec], specs[slice.spec], slice, renamed);
        // One sync per ~1 MB chunk is the point: it keeps every request under the 5 MB limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        for (const slice of chunk) done += slice.to - slice.from;
        onProgress?.({ done, total, sheet: names[chunk[chunk.length - 1].spec] });
      }

      context.application.suspendApiCalculationUntilNextSync();
      specs.forEach((spec, k) => queueFinish(sheets[k], spec));
      await context.sync();
      onProgress?.({ done: total, total, sheet: names[names.length - 1] ?? '' });
    });
  }

  /**
   * Marks the offending cells of `sheet` (replacing the product's earlier marks): an
   * always-true conditional format with a border in the severity's colour, which leaves
   * the cell's own formatting alone and goes with *Ryd markeringer*, and, where Excel has
   * notes (ExcelApi 1.18), a note with the messages on cells that have none of their own.
   * Threaded comments are not used: they carry the user's identity and notify people.
   * A protected sheet is not marked: the outcome says so. Three syncs to find the old
   * marks, one per ~1 MB of marks to write.
   */
  async setMarks(sheet: string, marks: CellMark[]): Promise<MarksOutcome> {
    return this.run('write', sheet, async (context) => {
      const found = await this.findMarks(context, sheet);
      if (!found.sheets.some((s) => s.name.toLowerCase() === sheet.toLowerCase())) throw new WorkbookError('sheet-not-found', sheet);
      return writeMarks(context, found, sheet, marks, this.supports(NOTES_API));
    });
  }

  /** Removes every mark the product made, on every sheet but protected ones (the outcome names one), and nothing else. */
  async clearMarks(): Promise<MarksOutcome> {
    return this.run('write', '', async (context) => writeMarks(context, await this.findMarks(context, null), null, [], this.supports(NOTES_API)));
  }

  /** The product's marks on the recorded sheets and on `target`, in three syncs. */
  private async findMarks(context: Excel.RequestContext, target: string | null) {
    const scan = new MarksScan(context, this.supports(NOTES_API));
    scan.queueRecord();
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/id,items/name');
    await context.sync();
    const isTarget = (s: ScannedSheet) => target !== null && s.name.toLowerCase() === target.toLowerCase();
    scan.queueSheets(
      worksheets.items.map((ws) => ({ ws, id: ws.id, name: ws.name })),
      isTarget,
    );
    await context.sync();
    scan.queueDetails(target);
    await context.sync();
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

  /** Shows a sheet (the summary after a run). */
  async activate(sheet: string): Promise<void> {
    await this.run('read', sheet, async (context) => {
      context.workbook.worksheets.getItem(sheet).activate();
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
