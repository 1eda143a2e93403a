/**
 * The open Excel workbook as a WorkbookPort, on Office.js. Every method is one `Excel.run`
 * with a fixed number of `context.sync` calls whatever the sheet size (writes add one per
 * ~1 MB chunk), because each sync is a round trip to Excel, and on the web a request or
 * response over 5 MB is refused.
 */
import { a1 } from '../core/address';
import { emptyGrid, type Grid } from '../core/grid';
import { fieldOfHeader } from '../core/read/aliases';
import type { CellStyle, SheetSpec } from '../core/report/sheetspec';
import { WorkbookError, type CellMark, type MarkPort, type SheetInfo, type WorkbookPort, type WriteProgress } from '../workbook/port';
import { toWorkbookError } from './errors';
import { excelHost, type OfficeHost } from './host';
import {
  MARKS_SETTING,
  MARK_COLORS,
  NOTE_PREFIX,
  isMarkFormula,
  markFormula,
  parseMarksRecord,
  type MarksRecord,
} from './marks';
import { boxesOf, parseAreas, toGrid, type FillBlock, type LoadedBlock, type LoadedTable, type SheetRect } from './read';
import {
  OWNER_NAME,
  addressLists,
  cellFormat,
  cellInput,
  columnAddress,
  columnWidthPoints,
  displayText,
  escapeHeaderFooter,
  freeName,
  hyperlinkOf,
  ownerFormula,
  ownerOf,
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
 * Above this many cells a used range is read only where it holds something, and refused if
 * that is still more (Excel on the web's get limit is 5 million).
 */
export const MAX_READ_CELLS = 2_000_000;
/** Above this many areas of occupied cells a sheet is refused: their list would near the 5 MB response limit. */
const MAX_READ_AREAS = 50_000;
/** A header wider than this is not an overview's; it keeps head reads small. */
const MAX_HEAD_COLUMNS = 200;
/**
 * Up to this many cells every fill is read (about 40 bytes of response each); beyond it
 * only the status columns' fills, the only ones the core uses.
 */
export const FILL_ALL_CELLS = 50_000;
/** Cells per request when a sheet has to be read in bands (values, formats, types ≈ 2 MB). */
const READ_BAND_CELLS = 50_000;
/** Rows per `getMergedAreas` call, well below its 512-area limit for any overview. */
const MERGE_BAND_ROWS = 100;
/** The header is searched in the first 30 rows (SPEC §2). */
const HEADER_ROWS = 30;

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

export class OfficeWorkbook implements WorkbookPort, MarkPort {
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

  /** Values of the first rows of every sheet in two syncs, whatever the number of sheets. */
  async readHeads(sheets: string[], rows: number): Promise<Grid[]> {
    return this.run('read', sheets.join(', '), async (context) => {
      const used = sheets.map((name) => {
        const range = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
        range.load('rowIndex,columnIndex,rowCount,columnCount');
        return range;
      });
      await context.sync();
      const heads = used.map((u, k) => {
        if (u.isNullObject) return null;
        const range = context.workbook.worksheets
          .getItem(sheets[k])
          .getRangeByIndexes(u.rowIndex, u.columnIndex, Math.min(rows, u.rowCount), Math.min(u.columnCount, MAX_HEAD_COLUMNS));
        range.load('values,numberFormat,valueTypes');
        return { range, rowIndex: u.rowIndex, columnIndex: u.columnIndex };
      });
      await context.sync();
      return heads.map((h, k) => {
        if (!h) return emptyGrid(sheets[k]);
        const { values, numberFormat, valueTypes } = h.range;
        const block = { rowIndex: h.rowIndex, columnIndex: h.columnIndex, values, numberFormat, valueTypes: valueTypes as string[][] };
        return toGrid(sheets[k], block, [block], [], [], []);
      });
    });
  }

  /**
   * Three syncs: the extent of the values, then values / number formats / value types /
   * merges / tables, then fills. The extent comes from the values only: a stray format on a
   * whole column would otherwise make the used range a million rows. A stray value far away
   * still can; such a used range is read only where it holds something (two syncs more, see
   * `occupiedBoxes`). Only where Excel on the web refuses the response as too large (over
   * 5 MB, some 100 000 cells) are the values read again in bands, one sync each.
   */
  async readGrid(sheet: string): Promise<Grid> {
    return this.run('read', sheet, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      const tables = ws.tables.load('items/name,items/showHeaders');
      // The sheet's exact name (the caller may differ in case), through a proxy of its own.
      const named = context.workbook.worksheets.getItem(sheet);
      named.load('name');
      await context.sync();
      const name = named.name;
      if (used.isNullObject) return emptyGrid(name);
      const { rowIndex, columnIndex, rowCount, columnCount } = used;
      const boxes =
        rowCount * columnCount > MAX_READ_CELLS ? await occupiedBoxes(context, used, sheet) : [{ rowIndex, columnIndex, rowCount, columnCount }];

      const loadBox = (box: SheetRect) => {
        const range = ws.getRangeByIndexes(box.rowIndex, box.columnIndex, box.rowCount, box.columnCount);
        range.load('values,numberFormat,valueTypes');
        return { box, range };
      };
      const queueShape = () => ({
        tableRanges: tables.items.map((t) => {
          const range = t.getRange();
          range.load('rowIndex,columnIndex,rowCount,columnCount');
          return range;
        }),
        mergeBands: this.supports(MERGES_API) ? boxes.flatMap((box) => queueMerges(ws, box)) : [],
      });
      let shape = queueShape();
      let loaded = boxes.map(loadBox);
      try {
        await context.sync();
      } catch (e) {
        if ((e as { code?: unknown }).code !== 'ResponsePayloadSizeLimitExceeded') throw e;
        // Excel on the web refuses responses over 5 MB. Only sheets far larger than any
        // overview get here; they are read again in row bands of about 2 MB, one request each.
        shape = queueShape();
        loaded = [];
        for (const box of boxes) {
          const per = Math.max(1, Math.floor(READ_BAND_CELLS / box.columnCount));
          for (let top = 0; top < box.rowCount; top += per) {
            loaded.push(loadBox({ ...box, rowIndex: box.rowIndex + top, rowCount: Math.min(per, box.rowCount - top) }));
            // eslint-disable-next-line office-addins/no-context-sync-in-loop
            await context.sync();
          }
        }
      }
      const { tableRanges, mergeBands } = shape;

      const blocks: LoadedBlock[] = loaded.map(({ box, range }) => ({
        rowIndex: box.rowIndex,
        columnIndex: box.columnIndex,
        values: range.values,
        numberFormat: range.numberFormat,
        valueTypes: range.valueTypes as string[][],
      }));
      const cellCount = boxes.reduce((n, b) => n + b.rowCount * b.columnCount, 0);
      const fillRects =
        cellCount <= FILL_ALL_CELLS
          ? boxes
          : statusColumns(blocks, rowIndex).flatMap((c) =>
              boxes.filter((box) => c >= box.columnIndex && c < box.columnIndex + box.columnCount).map((box) => ({ ...box, columnIndex: c, columnCount: 1 })),
            );
      const fillResults = fillRects.map((rect) => ({
        rect,
        result: ws
          .getRangeByIndexes(rect.rowIndex, rect.columnIndex, rect.rowCount, rect.columnCount)
          .getCellProperties({ format: { fill: { color: true } } }),
      }));
      if (fillResults.length > 0) await context.sync();

      const fills: FillBlock[] = fillResults.map(({ rect, result }) => ({
        rowIndex: rect.rowIndex,
        columnIndex: rect.columnIndex,
        colors: result.value.map((row) => row.map((p) => p.format?.fill?.color)),
      }));
      // A merge that crosses a band or box boundary is reported by each; it counts once.
      const merges = new Map<string, SheetRect>();
      for (const areas of mergeBands) {
        if (areas.isNullObject) continue;
        for (const m of parseAreas(areas.address)) merges.set(`${m.rowIndex},${m.columnIndex},${m.rowCount},${m.columnCount}`, m);
      }
      const loadedTables: LoadedTable[] = tables.items.map((t, k) => ({
        name: t.name,
        showHeaders: t.showHeaders,
        rowIndex: tableRanges[k].rowIndex,
        columnIndex: tableRanges[k].columnIndex,
        rowCount: tableRanges[k].rowCount,
        columnCount: tableRanges[k].columnCount,
      }));
      return toGrid(name, { rowIndex, columnIndex }, blocks, fills, [...merges.values()], loadedTables);
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
      if (bookProtection.protected) throw new WorkbookError('protected');

      // Excel copies sheet-scoped names with a copied sheet, so a user's copy of one of our
      // sheets carries the marker too. Per owner key one sheet is ours (the one bearing the
      // spec's name, else the first); copies are the user's and lose the marker.
      const specName = new Map(specs.map((s) => [s.owner, s.name.toLowerCase()]));
      const named = (s: LoadedSheet) => specName.get(s.owner as string) === s.name.toLowerCase();
      const marked = existing.filter((s) => s.owner !== null).sort((a, b) => Number(named(b)) - Number(named(a)));
      const claimed = new Set<string>();
      const owned = marked.filter((s) => !claimed.has(s.owner as string) && claimed.add(s.owner as string));
      const copies = marked.filter((s) => !owned.includes(s));
      // A user's sheet is never touched: a spec whose name it has gets a free name instead.
      const taken = existing.filter((s) => !owned.includes(s)).map((s) => s.name);
      const renamed = new Map<string, string>();
      const names = specs.map((spec) => {
        const name = freeName(spec.name, taken);
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
        const temp = freeName('Leverance gammel', aside);
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
   */
  async setMarks(sheet: string, marks: CellMark[]): Promise<void> {
    await this.run('write', sheet, async (context) => {
      const target = context.workbook.worksheets.getItem(sheet);
      const found = await this.findMarks(context, sheet, marks.map((m) => m.cell));
      if (found.targetId === null) throw new WorkbookError('sheet-not-found', sheet);
      found.remove();

      const bySeverity = new Map<CellMark['severity'], string[]>();
      for (const m of marks) bySeverity.set(m.severity, [...(bySeverity.get(m.severity) ?? []), m.cell]);
      for (const [severity, cells] of bySeverity) {
        for (const list of addressLists(cells, 1000)) {
          const cf = target.getRanges(list).conditionalFormats.add('Custom');
          cf.custom.rule.formula = markFormula(severity);
          for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) {
            const border = cf.custom.format.borders.getItem(edge);
            border.style = 'Continuous';
            border.color = MARK_COLORS[severity];
          }
        }
      }
      const notes: string[] = [];
      if (this.supports(NOTES_API)) {
        for (const m of marks) {
          if (found.userNotes.has(m.cell)) continue;
          target.notes.add(m.cell, `${NOTE_PREFIX}${m.note}`);
          notes.push(m.cell);
        }
      }
      // Earlier marks on every sheet were removed above, so the record lists this sheet only.
      const record: MarksRecord = { sheets: [{ id: found.targetId, notes }] };
      context.workbook.settings.add(MARKS_SETTING, JSON.stringify(record));
      await context.sync();
    });
  }

  /** Removes every mark the product made, on every sheet, and nothing else. */
  async clearMarks(): Promise<void> {
    await this.run('write', '', async (context) => {
      const found = await this.findMarks(context, null, []);
      found.remove();
      found.setting.delete();
      await context.sync();
    });
  }

  /**
   * Finds the product's marks: the sheets the record lists (plus `extraSheet`), their
   * conditional formats with our formula, our notes. Also tells which of `extraCells` hold
   * a note of the user's. Three syncs. `remove()` queues the deletions.
   */
  private async findMarks(context: Excel.RequestContext, extraSheet: string | null, extraCells: string[]) {
    const setting = context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
    setting.load('value');
    const sheets = context.workbook.worksheets;
    sheets.load('items/id,items/name');
    await context.sync();

    const record = setting.isNullObject ? { sheets: [] } : parseMarksRecord(setting.value);
    const isExtra = (ws: Excel.Worksheet) => extraSheet !== null && ws.name.toLowerCase() === extraSheet.toLowerCase();
    const notesApi = this.supports(NOTES_API);
    const targets = sheets.items
      .map((ws) => ({ ws, entry: record.sheets.find((s) => s.id === ws.id) }))
      .filter((t) => t.entry !== undefined || isExtra(t.ws));
    const loaded = targets.map(({ ws, entry }) => {
      const formats = ws.getRange().conditionalFormats;
      formats.load('items/type');
      const cells = [...new Set([...(entry?.notes ?? []), ...(isExtra(ws) ? extraCells : [])])];
      const notes = notesApi
        ? cells.map((cell) => {
            const note = ws.notes.getItemOrNullObject(cell);
            note.load('content');
            return { cell, note };
          })
        : [];
      const protection = ws.protection;
      protection.load('protected');
      return { ws, entry, formats, notes, protection };
    });
    await context.sync();

    const rules = loaded.flatMap(({ formats }) =>
      formats.items
        .filter((cf) => cf.type === 'Custom')
        .map((cf) => {
          const rule = cf.custom.rule;
          rule.load('formula');
          return { cf, rule };
        }),
    );
    await context.sync();

    const ours = rules.filter(({ rule }) => isMarkFormula(rule.formula)).map(({ cf }) => cf);
    const ourNotes: Excel.Note[] = [];
    const userNotes = new Set<string>();
    for (const { ws, entry, notes, protection } of loaded) {
      if (protection.protected) throw new WorkbookError('protected', ws.name);
      for (const { cell, note } of notes) {
        if (note.isNullObject) continue;
        const mine = entry?.notes.includes(cell) && note.content.startsWith(NOTE_PREFIX);
        if (mine) ourNotes.push(note);
        else if (isExtra(ws)) userNotes.add(cell);
      }
    }
    return {
      setting,
      userNotes,
      /** The id of `extraSheet`, or null when there is no such sheet. */
      targetId: loaded.find((l) => isExtra(l.ws))?.ws.id ?? null,
      remove(): void {
        ours.forEach((cf) => cf.delete());
        ourNotes.forEach((n) => n.delete());
      },
    };
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

/**
 * The parts of a used range too large to read whole that hold something: the cells with
 * constants or formulas (`getSpecialCells`, ExcelApi 1.9, within MIN_API), grouped into
 * boxes. This is how a small overview with a stray value in row 1 048 576 is read. Two
 * syncs: first whether there are such cells and how many (a null object has no areas to
 * ask for), then their areas. Refused as too large when the cells, their areas or the
 * boxes exceed what a read may hold.
 */
async function occupiedBoxes(context: Excel.RequestContext, used: Excel.Range, sheet: string): Promise<SheetRect[]> {
  const found = (['Constants', 'Formulas'] as const).map((type) => {
    const areas = used.getSpecialCellsOrNullObject(type);
    areas.load('cellCount,areaCount');
    return areas;
  });
  await context.sync();
  const present = found.filter((areas) => !areas.isNullObject);
  // cellCount is -1 beyond 2^31 cells.
  const cells = present.reduce((n, areas) => (areas.cellCount < 0 ? Infinity : n + areas.cellCount), 0);
  const areaCount = present.reduce((n, areas) => n + areas.areaCount, 0);
  if (cells > MAX_READ_CELLS || areaCount > MAX_READ_AREAS) throw new WorkbookError('too-large', sheet);
  const lists = present.map((areas) => areas.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount'));
  await context.sync();
  const boxes = boxesOf(
    lists.flatMap((list) =>
      list.items.map((r) => ({ rowIndex: r.rowIndex, columnIndex: r.columnIndex, rowCount: r.rowCount, columnCount: r.columnCount })),
    ),
  );
  if (boxes.reduce((n, b) => n + b.rowCount * b.columnCount, 0) > MAX_READ_CELLS) throw new WorkbookError('too-large', sheet);
  return boxes;
}

/** Merged areas of a block, asked for in bands: `getMergedAreas` fails above 512 areas. */
function queueMerges(ws: Excel.Worksheet, box: SheetRect): Excel.RangeAreas[] {
  const bands: Excel.RangeAreas[] = [];
  for (let r = 0; r < box.rowCount; r += MERGE_BAND_ROWS) {
    const areas = ws
      .getRangeByIndexes(box.rowIndex + r, box.columnIndex, Math.min(MERGE_BAND_ROWS, box.rowCount - r), box.columnCount)
      .getMergedAreasOrNullObject();
    areas.load('address');
    bands.push(areas);
  }
  return bands;
}

/** Sheet columns (0-based) whose header, in the first rows from `top`, names the status field. */
function statusColumns(blocks: LoadedBlock[], top: number): number[] {
  const cols = new Set<number>();
  for (const block of blocks) {
    const rows = Math.min(block.values.length, top + HEADER_ROWS - block.rowIndex);
    for (let r = 0; r < rows; r++) {
      block.values[r].forEach((v, c) => {
        if (typeof v === 'string' && fieldOfHeader(v) === 'status') cols.add(block.columnIndex + c);
      });
    }
  }
  return [...cols].sort((a, b) => a - b);
}
