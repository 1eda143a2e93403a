/**
 * Reading sheets through Office.js within Excel on the web's limits, in as few round trips as
 * the API allows: the first rows of any number of sheets in one sync, a whole overview in one
 * more (plus one per ~4 MB of response beyond). Each function queues its loads into a
 * context and returns what to gather after the caller's `context.sync()`, so a click can read
 * settings, sheets and the overview together. Number formats are asked for only where the
 * numbers are: a format tells the core nothing about text, and `"General"` for every text
 * cell would be some 40 % of an overview's response.
 */
import { fieldOfHeader } from '../core/read/aliases';
import { HEAD_ROWS } from '../core/read/header';
import { emptyGrid, type Grid } from '../core/grid';
import { WorkbookError } from '../workbook/port';
import { blockBytes, blocksOf, boxesOf, parseAreas, toGrid, valueTypesOf, withFormats, type FillBlock, type FormatArea, type LoadedBlock, type LoadedTable, type SheetRect } from './read';

/**
 * Excel on the web refuses a response over 5 MB (5 242 880 bytes); reads plan for this much,
 * by estimates that count every character as UTF-8's worst for Danish text, with room to spare.
 */
const RESPONSE_BUDGET = 4_500_000;
/** `getMergedAreasOrNullObject` refuses more than 512 areas: a block of 512 cells cannot touch more. */
const MERGE_BLOCK_CELLS = 512;
/** `getCellProperties` refuses more than 50 000 cells per call. */
const PROPERTIES_BLOCK_CELLS = 50_000;
/** JSON of one cell's fill from `getCellProperties`: `{"format":{"fill":{"color":"#FFFFFF"}}}` and a comma. */
const FILL_BYTES_PER_CELL = 40;
/** Response of one merged-area call with nothing merged: the two instantiations and the query. */
const MERGE_BYTES_PER_CALL = 120;
/** Bytes a cell takes at least in a values response (`"",`), and in a formats response (`"General",`). */
const MIN_VALUE_BYTES = 3;
const MIN_FORMAT_BYTES = 10;
/**
 * Response bytes planned per number cell whose format is read by its area: the format as JSON
 * (`"dd-mm-yyyy",` is 13; longer custom formats are rarer), and per area its indexes and
 * brackets (`{"RowIndex":1048575,"ColumnIndex":16383,"NumberFormat":[[…]]},`). A read that
 * still comes back too large falls back to formats by cell.
 */
const NUMBER_FORMAT_BYTES = 24;
const FORMAT_AREA_BYTES = 64;
/** Number formats read by area take at most this much of the first read sync's response. */
const FORMAT_AREAS_BUDGET = RESPONSE_BUDGET / 2;
/** Office.js reports a text's length in UTF-16 units; Danish text takes a little more in UTF-8. */
const UTF8_MARGIN = 1.25;

/**
 * Above this many cells a used range is read only where it holds something, and refused if
 * that is still more (Excel on the web's get limit is 5 million).
 */
const MAX_READ_CELLS = 2_000_000;
/** Above this many areas of occupied cells a sheet is refused: their list would near the 5 MB response limit. */
const MAX_READ_AREAS = 50_000;
/**
 * Up to this many cells every fill is read; beyond it only the status columns' fills, the
 * only ones the core uses.
 */
const FILL_ALL_CELLS = 50_000;
/** A header wider than this is not an overview's; it keeps head reads small. */
const MAX_HEAD_COLUMNS = 200;
/**
 * The corner read as every sheet's head in the same sync as its extent (which is not known
 * yet): it holds the head of a sheet whose values start in the first 10 rows and are at most
 * 64 columns wide, as an overview's are. Other sheets' heads take one sync more. Small, as
 * every sheet's corner is read: at most some 50 kB of response each.
 */
const CORNER = { rowCount: HEAD_ROWS + 9, columnCount: 64 };

/**
 * The extent of a sheet's values and its first rows, queued in one sync, with how many cells
 * hold numbers (constants, formula results) in how many areas: what reading their number
 * formats by area will cost. Asked now because a null object (no numbers) cannot be asked
 * for its areas, so the read that follows must know which exist.
 */
export interface HeadProbe {
  ws: Excel.Worksheet;
  used: Excel.Range;
  corner: Excel.Range;
  tables: Excel.TableCollection;
  /** Null when not asked (heads only): a read then takes formats with the values. */
  numbers: Excel.RangeAreas[] | null;
}

/** `numbers`: whether the sheet may be read whole after this (heads alone do not need them). */
export function queueHead(ws: Excel.Worksheet, numbers = true): HeadProbe {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  // getUsedRange (not …OrNullObject) is never null (A1 on an empty sheet), so the corner and the numbers can hang on it.
  const extent = ws.getUsedRange(true);
  const corner = ws.getRangeByIndexes(0, 0, CORNER.rowCount, CORNER.columnCount).getIntersectionOrNullObject(extent);
  corner.load('rowIndex,columnIndex,values,numberFormat,valueTypes');
  const tables = ws.tables.load('items/name,items/showHeaders');
  const found = numbers ? (['Constants', 'Formulas'] as const).map((type) => extent.getSpecialCellsOrNullObject(type, 'Numbers').load('cellCount,areaCount')) : null;
  return { ws, used, corner, tables, numbers: found };
}

/** What a probe found: the extent (null when the sheet holds no values) and the head, if the corner held it. */
export interface SheetHead {
  name: string;
  used: SheetRect | null;
  head: LoadedBlock | null;
  probe: HeadProbe;
  rows: number;
}

/** `rows`: how many of the first rows make the head (HEAD_ROWS by default; the corner holds no more). */
export function headOf(name: string, probe: HeadProbe, rows = HEAD_ROWS): SheetHead {
  const { used, corner } = probe;
  if (used.isNullObject) return { name, used: null, head: null, probe, rows };
  const rect: SheetRect = { rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount };
  const want = headRect(rect, rows);
  const held =
    !corner.isNullObject &&
    want.rowIndex + want.rowCount <= CORNER.rowCount &&
    want.columnIndex + want.columnCount <= CORNER.columnCount;
  if (!held) return { name, used: rect, head: null, probe, rows };
  const block: LoadedBlock = {
    rowIndex: corner.rowIndex,
    columnIndex: corner.columnIndex,
    values: corner.values,
    numberFormat: corner.numberFormat,
    valueTypes: corner.valueTypes as string[][],
  };
  return { name, used: rect, head: clip(block, want), probe, rows };
}

/** The first rows of a used range, at most MAX_HEAD_COLUMNS wide. */
function headRect(used: SheetRect, rows: number): SheetRect {
  return { ...used, rowCount: Math.min(rows, used.rowCount), columnCount: Math.min(MAX_HEAD_COLUMNS, used.columnCount) };
}

function clip(block: LoadedBlock, to: SheetRect): LoadedBlock {
  const top = to.rowIndex - block.rowIndex;
  const left = to.columnIndex - block.columnIndex;
  const rows = (m: unknown[][]) => m.slice(top, top + to.rowCount).map((row) => row.slice(left, left + to.columnCount));
  return {
    rowIndex: to.rowIndex,
    columnIndex: to.columnIndex,
    values: rows(block.values),
    numberFormat: rows(block.numberFormat),
    valueTypes: rows(block.valueTypes) as string[][],
  };
}

/** Heads the corner did not hold, read by their extent: one sync for all of them (rarely needed). */
export async function completeHeads(context: Excel.RequestContext, heads: SheetHead[]): Promise<SheetHead[]> {
  const missing = heads.filter((h) => h.used !== null && h.head === null);
  if (missing.length === 0) return heads;
  const ranges = missing.map((h) => {
    const want = headRect(h.used as SheetRect, h.rows);
    const range = h.probe.ws.getRangeByIndexes(want.rowIndex, want.columnIndex, want.rowCount, want.columnCount);
    range.load('values,numberFormat,valueTypes');
    return { h, want, range };
  });
  await context.sync();
  for (const { h, want, range } of ranges) {
    h.head = { rowIndex: want.rowIndex, columnIndex: want.columnIndex, values: range.values, numberFormat: range.numberFormat, valueTypes: range.valueTypes as string[][] };
  }
  return heads;
}

/** A head as a Grid of its first rows (values, formats; no fills, merges or tables). */
export function headGrid(head: SheetHead, date1904: boolean): Grid {
  if (!head.used || !head.head) return emptyGrid(head.name);
  return toGrid(head.name, head.used, [head.head], [], [], [], date1904);
}

export interface GridReadOptions {
  /** ExcelApi 1.13: `getMergedAreasOrNullObject`. */
  merges: boolean;
  date1904: boolean;
}

/** How one sheet is read: its boxes, the blocks to ask for, and what came back so far. */
interface SheetRead {
  head: SheetHead & { used: SheetRect };
  mergeBlocks: SheetRect[];
  /** Estimated response bytes of one row of values (and formats, when read by cell); corrected by the rows read. */
  rowBytes: number;
  floor: number;
  /**
   * The number cells whose formats are read by area in the first sync (non-null special
   * cells), and what that adds to its response; null when formats are read with the values.
   */
  numbers: { areas: Excel.RangeAreas[]; bytes: number } | null;
  formatAreas: FormatArea[];
  todo: SheetRect[];
  fillTodo: SheetRect[];
  blocks: LoadedBlock[];
  fills: FillBlock[];
  shape: Shape | null;
}

/** Sizes the read of one probed, non-empty sheet (two syncs more when its used range is too large to read whole). */
async function planRead(context: Excel.RequestContext, head: SheetHead & { used: SheetRect }, opts: GridReadOptions): Promise<SheetRead> {
  const { name, used, probe } = head;
  const boxes = used.rowCount * used.columnCount > MAX_READ_CELLS ? await occupiedBoxes(context, probe.ws, used, name) : [used];
  const sample = head.head ?? (await completeHeads(context, [head]))[0].head;
  const statusCols = sample ? statusColumns(sample) : [];
  const cellCount = boxes.reduce((n, b) => n + b.rowCount * b.columnCount, 0);
  const fillRects =
    cellCount <= FILL_ALL_CELLS
      ? boxes
      : statusCols.flatMap((c) => boxes.filter((b) => c >= b.columnIndex && c < b.columnIndex + b.columnCount).map((b) => ({ ...b, columnIndex: c, columnCount: 1 })));
  const widest = Math.max(...boxes.map((b) => b.columnCount));
  const numbers = numbersByArea(probe, sample, cellCount);
  const sampled =
    sample && sample.values.length > 0 ? (blockBytes(sample, numbers === null) / sample.values.length) * (widest / Math.max(1, sample.values[0]?.length ?? 1)) : 0;
  const floor = widest * (MIN_VALUE_BYTES + (numbers === null ? MIN_FORMAT_BYTES : 0));
  const rowBytes = Math.max(sampled * UTF8_MARGIN, floor);
  return {
    head,
    mergeBlocks: opts.merges ? boxes.flatMap((b) => blocksOf(b, MERGE_BLOCK_CELLS)) : [],
    rowBytes,
    floor,
    numbers,
    formatAreas: [],
    todo: boxes.flatMap((b) => bands(b, rowsPerBand(rowBytes))),
    fillTodo: fillRects.flatMap((r) => blocksOf(r, PROPERTIES_BLOCK_CELLS)),
    blocks: [],
    fills: [],
    shape: null,
  };
}

/**
 * The sheet's number cells, to read their formats by area, when that is the smaller read and
 * fits the first sync; null to read formats with the values, cell by cell.
 */
function numbersByArea(probe: HeadProbe, sample: LoadedBlock | null, cells: number): SheetRead['numbers'] {
  if (probe.numbers === null) return null;
  const areas = probe.numbers.filter((a) => !a.isNullObject);
  // cellCount is -1 beyond 2^31 cells.
  const numberCells = areas.reduce((n, a) => (a.cellCount < 0 ? Infinity : n + a.cellCount), 0);
  const areaCount = areas.reduce((n, a) => n + a.areaCount, 0);
  const longest = Math.max(0, ...(sample?.numberFormat.flat().map((f) => JSON.stringify(f).length + 1) ?? []));
  const bytes = numberCells * Math.max(NUMBER_FORMAT_BYTES, longest) + areaCount * FORMAT_AREA_BYTES;
  return bytes <= FORMAT_AREAS_BUDGET && bytes < cells * MIN_FORMAT_BYTES ? { areas, bytes } : null;
}

function rowsPerBand(rowBytes: number): number {
  return Math.max(1, Math.floor(RESPONSE_BUDGET / rowBytes));
}

/**
 * Reads whole sheets whose heads were probed, together. The first sync carries the tables'
 * ranges and the merged areas (in blocks of 512 cells); values and fills (all of them for a
 * small sheet, else the status columns', in blocks of 50 000 cells) fill each sync up to the
 * response budget, estimated from the head and then from the rows read, so every further
 * ~4 MB takes one sync. What Excel still refuses is read again in smaller bands.
 * `alongside` is queued into the first sync too (a click's marks bookkeeping); it returns
 * the response bytes it adds.
 */
export async function readSheets(context: Excel.RequestContext, heads: SheetHead[], opts: GridReadOptions, alongside: () => number = () => 0): Promise<Grid[]> {
  const reads: SheetRead[] = [];
  for (const head of heads) {
    // Sizing takes no sync unless a used range is too large to read whole (rare): one at a time then.
    if (head.used) reads.push(await planRead(context, { ...head, used: head.used }, opts));
  }
  const queueShape = (read: SheetRead): Shape => ({
    tableRanges: read.head.probe.tables.items.map((t) => {
      const range = t.getRange();
      range.load('rowIndex,columnIndex,rowCount,columnCount');
      return range;
    }),
    merges: read.mergeBlocks.map((b) => {
      const areas = read.head.probe.ws.getRangeByIndexes(b.rowIndex, b.columnIndex, b.rowCount, b.columnCount).getMergedAreasOrNullObject();
      areas.load('address');
      return areas;
    }),
  });
  // Number formats by area, in the first sync: the special cells are known not to be null objects.
  const queueFormats = (read: SheetRead) => (read.numbers?.areas ?? []).map((a) => a.areas.load('items/rowIndex,items/columnIndex,items/numberFormat'));
  let first = true;
  while (first || reads.some((r) => r.todo.length > 0 || r.fillTodo.length > 0)) {
    const besides = first ? alongside() : 0;
    const pending = first ? reads.map(queueShape) : [];
    const formatLists = first ? reads.map(queueFormats) : [];
    let budget = RESPONSE_BUDGET - besides - (first ? reads.reduce((n, r) => n + r.mergeBlocks.length * MERGE_BYTES_PER_CALL + (r.numbers?.bytes ?? 0), 0) : 0);
    const batch: { read: SheetRead; rect: SheetRect; range: Excel.Range; errors: Excel.RangeAreas[] }[] = [];
    const fillBatch: { read: SheetRead; rect: SheetRect; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
    for (const read of reads) {
      while (read.todo.length > 0) {
        // A band larger than the room left gives the rows that fit; the rest waits.
        const next = read.todo[0];
        const fitting = Math.floor(budget / read.rowBytes);
        if (fitting >= 1 && fitting < next.rowCount) {
          read.todo.splice(0, 1, { ...next, rowCount: fitting }, { ...next, rowIndex: next.rowIndex + fitting, rowCount: next.rowCount - fitting });
        }
        // Each sync reads something, so the read ends.
        if (!(batch.length === 0 || budget >= read.todo[0].rowCount * read.rowBytes)) break;
        const rect = read.todo.shift() as SheetRect;
        budget -= rect.rowCount * read.rowBytes;
        const range = read.head.probe.ws.getRangeByIndexes(rect.rowIndex, rect.columnIndex, rect.rowCount, rect.columnCount);
        if (read.numbers) range.load('values');
        else range.load('values,numberFormat');
        // Value types are told by the values, but for errors: asked for apart, their areas are small.
        const errors = (['Constants', 'Formulas'] as const).map((type) => range.getSpecialCellsOrNullObject(type, 'Errors').load('address'));
        batch.push({ read, rect, range, errors });
      }
    }
    for (const read of reads) {
      while (read.fillTodo.length > 0 && (batch.length + fillBatch.length === 0 || budget >= cellsOf(read.fillTodo[0]) * FILL_BYTES_PER_CELL)) {
        const rect = read.fillTodo.shift() as SheetRect;
        budget -= cellsOf(rect) * FILL_BYTES_PER_CELL;
        const result = read.head.probe.ws.getRangeByIndexes(rect.rowIndex, rect.columnIndex, rect.rowCount, rect.columnCount).getCellProperties({ format: { fill: { color: true } } });
        fillBatch.push({ read, rect, result });
      }
    }
    try {
      // One request per ~4 MB of response is the point: Excel on the web refuses more.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (e) {
      const rows = batch.reduce((n, { rect }) => n + rect.rowCount, 0);
      if ((e as { code?: unknown }).code !== 'ResponsePayloadSizeLimitExceeded' || rows + fillBatch.length <= 1) throw e;
      // The head was a poor sample of the rows below: read those rows again in smaller bands,
      // and number formats with the values (their areas may have been what was too large).
      for (const read of reads) {
        if (first && read.numbers) {
          read.numbers = null;
          read.floor += read.head.used.columnCount * MIN_FORMAT_BYTES;
        }
        read.rowBytes = Math.max(read.rowBytes * 4, read.floor);
        const mine = batch.filter((b) => b.read === read).map(({ rect }) => rect);
        read.todo = [...mine, ...read.todo].flatMap((rect) => bands(rect, rowsPerBand(read.rowBytes)));
        read.fillTodo = [...fillBatch.filter((b) => b.read === read).map(({ rect }) => rect), ...read.fillTodo];
      }
      continue;
    }
    pending.forEach((shape, k) => (reads[k].shape = shape));
    formatLists.forEach((lists, k) => {
      reads[k].formatAreas = lists.flatMap((list) => list.items.map((r) => ({ rowIndex: r.rowIndex, columnIndex: r.columnIndex, numberFormat: r.numberFormat })));
    });
    first = false;
    for (const { read, rect, result } of fillBatch) {
      read.fills.push({ rowIndex: rect.rowIndex, columnIndex: rect.columnIndex, colors: result.value.map((row) => row.map((p) => p.format?.fill?.color)) });
    }
    for (const read of reads) {
      let bytes = 0;
      let rows = 0;
      for (const { rect, range, errors } of batch.filter((b) => b.read === read)) {
        const errorAreas = errors.flatMap((areas) => (areas.isNullObject ? [] : parseAreas(areas.address)));
        const numberFormat = read.numbers ? [] : range.numberFormat;
        const block: LoadedBlock = { rowIndex: rect.rowIndex, columnIndex: rect.columnIndex, values: range.values, numberFormat, valueTypes: valueTypesOf(range.values, rect, errorAreas) };
        read.blocks.push(block);
        bytes += blockBytes(block, read.numbers === null);
        rows += rect.rowCount;
      }
      // The rows read are the best sample of the rows still to read.
      if (rows > 0 && read.todo.length > 0) {
        read.rowBytes = Math.max((bytes / rows) * UTF8_MARGIN, read.floor);
        read.todo = read.todo.flatMap((rect) => bands(rect, rowsPerBand(read.rowBytes)));
      }
    }
  }
  return heads.map((head) => {
    const read = reads.find((r) => r.head.name === head.name);
    return read ? gridOf(read, opts.date1904) : emptyGrid(head.name);
  });
}

function gridOf(read: SheetRead, date1904: boolean): Grid {
  const shape = read.shape as Shape;
  // A merge that crosses a block boundary is reported by each block; it counts once.
  const merges = new Map<string, SheetRect>();
  for (const areas of shape.merges) {
    if (areas.isNullObject) continue;
    for (const m of parseAreas(areas.address)) merges.set(`${m.rowIndex},${m.columnIndex},${m.rowCount},${m.columnCount}`, m);
  }
  const tables: LoadedTable[] = read.head.probe.tables.items.map((t, k) => ({
    name: t.name,
    showHeaders: t.showHeaders,
    rowIndex: shape.tableRanges[k].rowIndex,
    columnIndex: shape.tableRanges[k].columnIndex,
    rowCount: shape.tableRanges[k].rowCount,
    columnCount: shape.tableRanges[k].columnCount,
  }));
  const sorted = [...read.blocks].sort((a, b) => a.rowIndex - b.rowIndex || a.columnIndex - b.columnIndex);
  const blocks = read.numbers ? withFormats(sorted, read.formatAreas) : sorted;
  return toGrid(read.head.name, read.head.used, blocks, read.fills, [...merges.values()], tables, date1904);
}

/** What the first sync of a sheet read brings besides values. */
interface Shape {
  tableRanges: Excel.Range[];
  merges: Excel.RangeAreas[];
}

function cellsOf(rect: SheetRect): number {
  return rect.rowCount * rect.columnCount;
}

function bands(box: SheetRect, rows: number): SheetRect[] {
  const out: SheetRect[] = [];
  for (let top = 0; top < box.rowCount; top += rows) out.push({ ...box, rowIndex: box.rowIndex + top, rowCount: Math.min(rows, box.rowCount - top) });
  return out;
}

/**
 * The parts of a used range too large to read whole that hold something: the cells with
 * constants or formulas (`getSpecialCells`, ExcelApi 1.9, within MIN_API), grouped into
 * boxes. This is how a small overview with a stray value in row 1 048 576 is read. Two
 * syncs: first whether there are such cells and how many (a null object has no areas to
 * ask for), then their areas. Refused as too large when the cells, their areas or the
 * boxes exceed what a read may hold.
 */
async function occupiedBoxes(context: Excel.RequestContext, ws: Excel.Worksheet, used: SheetRect, sheet: string): Promise<SheetRect[]> {
  const range = ws.getRangeByIndexes(used.rowIndex, used.columnIndex, used.rowCount, used.columnCount);
  const found = (['Constants', 'Formulas'] as const).map((type) => {
    const areas = range.getSpecialCellsOrNullObject(type);
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

/** Sheet columns (0-based) whose header, in the head, names the status field. */
function statusColumns(head: LoadedBlock): number[] {
  const cols = new Set<number>();
  for (const row of head.values) {
    row.forEach((v, c) => {
      if (typeof v === 'string' && fieldOfHeader(v) === 'status') cols.add(head.columnIndex + c);
    });
  }
  return [...cols].sort((a, b) => a - b);
}
