/**
 * A worksheet part → a Grid, values as Excel shows them: shared and inline strings (rich
 * text as plain text), numbers with their number format's text, dates (1900 or 1904 system),
 * booleans, error values, formulas by their cached value; merges and tables.
 * Rows and cells may lack their `r` attribute (it is optional): a row then follows the
 * previous row, a cell the previous cell.
 */
import type { Cell, CellValue, Grid, GridRange, GridTable } from '../core/grid';
import { emptyGrid } from '../core/grid';
import { parseA1 } from '../core/address';
import { displayText } from '../core/parse/number-format';
import type { CellFormats } from './cellformats';
import { isoToSerial, serialToDate } from '../core/dateserial';
import { StringItem } from './sharedstrings';
import { type ParseWith, XmlError, attr } from './xmlread';

export interface SheetReadOptions {
  formats: CellFormats;
  /** The shared strings, asked for when the first `t="s"` cell needs them. */
  sharedStrings: () => string[];
  date1904: boolean;
  /** Read only sheet rows 1…maxRow and stop tokenising after them (sheet detection). */
  maxRow?: number;
}

export interface TableInfo {
  name: string;
  ref: string;
  headerRow: boolean;
}

interface SheetContent {
  /** By 0-based sheet row and column; rows the sheet does not have are holes. */
  rows: (Cell | undefined)[][];
  /** The rows that hold at least one cell, in reading order. */
  rowIndices: number[];
  merges: string[];
}

function digitsAt(s: string, from: number): number {
  let n = 0;
  for (let i = from; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return 0;
    n = n * 10 + d;
  }
  return from < s.length ? n : 0;
}

/** How many letters a reference like `B12` starts with. */
function lettersIn(ref: string): number {
  let i = 0;
  while (i < ref.length && ((ref.charCodeAt(i) & ~32) - 65) >>> 0 < 26) i++;
  return i;
}

/** `B12` → 2 (0 without letters). */
function columnOf(ref: string, letters: number): number {
  let col = 0;
  for (let i = 0; i < letters; i++) col = col * 26 + (ref.charCodeAt(i) & ~32) - 64;
  return col;
}

/**
 * The cell value as the file states it, before number formats: a number stays a serial here.
 * An empty string shows as an empty cell.
 */
function rawValue(type: string, v: string | null, inline: string | null, opts: SheetReadOptions): CellValue {
  switch (type) {
    case 's': {
      if (v === null) return null;
      const strings = opts.sharedStrings();
      // Digits read as they stand (the common case) cost less than Number() on a slice of the part.
      const i = digitsAt(v, 0) || Number(v);
      if (!Number.isInteger(i) || i < 0 || i >= strings.length) throw new XmlError(`shared string ${v.trim()} does not exist`);
      return strings[i] || null;
    }
    case 'inlineStr':
      return (inline ?? v) || null;
    case 'str':
      return v || null;
    case 'b':
      return v === null ? null : v.trim() === '1' || v.trim() === 'true';
    case 'e':
      return v === null ? null : { error: v.trim() };
    case 'd':
      return v === null ? null : isoToSerial(v, opts.date1904);
    default: {
      if (v === null || !v.trim()) return null;
      const n = Number(v);
      return Number.isFinite(n) ? n : null;
    }
  }
}

function readContent(parse: ParseWith, opts: SheetReadOptions): SheetContent {
  const rows: (Cell | undefined)[][] = [];
  const rowIndices: number[] = [];
  const merges: string[] = [];
  let inSheetData = false;
  let row = 0;
  let col = 0;
  let done = false;
  // The cell being read.
  let cellRow = 0;
  let cellCol = 0;
  let type = '';
  let style = 0;
  let inCell = false;
  let inV = false;
  let v: string | null = null;
  let inInline = false;
  let inline: string | null = null;
  const item = new StringItem();

  const finishCell = () => {
    const value = rawValue(type, v, inline, opts);
    const format = opts.formats.at(style);
    if ((value === null && format.fill === undefined) || cellCol < 1 || cellRow < 1) return;
    const cell: Cell = { value };
    if (typeof value === 'number') {
      // A serial beyond any date JavaScript knows stays a number (Excel shows #### for it).
      const date = format.date ? serialToDate(value, opts.date1904) : null;
      if (date && !Number.isNaN(date.getTime())) cell.value = date;
      else {
        const text = displayText(value, format.code);
        if (text !== undefined) cell.text = text;
      }
    }
    if (format.code !== undefined) cell.numFmt = format.code;
    if (format.fill !== undefined) cell.fill = format.fill;
    let r = rows[cellRow - 1];
    if (!r) {
      r = rows[cellRow - 1] = [];
      rowIndices.push(cellRow - 1);
    }
    r[cellCol - 1] = cell;
  };

  parse({
    get done() {
      return done;
    },
    open(name, attrs) {
      if (inInline) {
        item.open(name);
        return;
      }
      if (inCell) {
        if (name === 'x:v') {
          inV = true;
          v = '';
        } else if (name === 'x:is') {
          inInline = true;
          item.take();
        }
        return;
      }
      if (inSheetData) {
        if (name === 'x:c') {
          // r, t and s are name tokens and numbers: no references to decode in them.
          const a = attrs();
          const ref = a.r;
          // Two numbers, not a {col, row} object: this runs for every cell of the sheet.
          const letters = ref === undefined ? 0 : lettersIn(ref);
          const refCol = letters ? columnOf(ref!, letters) : 0;
          const refRow = ref === undefined ? 0 : digitsAt(ref, letters);
          cellCol = refCol || col + 1;
          cellRow = refRow || row;
          col = cellCol;
          type = a.t ?? 'n';
          style = a.s === undefined ? 0 : Number(a.s) || 0;
          inCell = true;
          v = null;
          inline = null;
        } else if (name === 'x:row') {
          const r = attrs().r;
          const n = r === undefined ? 0 : digitsAt(r.trim(), 0);
          row = n > 0 ? n : row + 1;
          col = 0;
          if (opts.maxRow !== undefined && row > opts.maxRow) done = true;
        }
      } else if (name === 'x:sheetData') inSheetData = true;
      else if (name === 'x:mergeCell') {
        const ref = attr(attrs, 'ref');
        if (ref) merges.push(ref);
      }
    },
    close(name) {
      if (inInline) {
        if (name === 'x:is') {
          inInline = false;
          inline = item.take();
        } else item.close(name);
        return;
      }
      if (!inCell) {
        if (name === 'x:sheetData') {
          inSheetData = false;
          // Merges follow the cells; detection does not need them.
          if (opts.maxRow !== undefined) done = true;
        }
        return;
      }
      if (name === 'x:v') inV = false;
      else if (name === 'x:c') {
        inCell = false;
        finishCell();
      }
    },
    text(t) {
      if (inV) v += t;
      else if (inInline) item.text(t);
    },
  });
  return { rows, rowIndices, merges };
}

function rangeOf(ref: string): GridRange | null {
  const [a, b = a] = ref.split(':');
  const tl = parseA1(a.replace(/^.*!/, ''));
  const br = parseA1(b);
  if (!tl || !br) return null;
  return { top: Math.min(tl.row, br.row), left: Math.min(tl.col, br.col), bottom: Math.max(tl.row, br.row), right: Math.max(tl.col, br.col) };
}

/** Reads a worksheet part into a Grid whose [0][0] is the top-left of everything the sheet holds. */
export function readSheet(sheetName: string, parse: ParseWith, opts: SheetReadOptions, tables: TableInfo[] = []): Grid {
  const content = readContent(parse, opts);
  const mergeRanges = content.merges.map(rangeOf).filter((r): r is GridRange => r !== null);
  const tableRanges = tables.flatMap((t) => {
    const r = rangeOf(t.ref);
    return r ? [{ t, r }] : [];
  });
  let top = Infinity;
  let left = Infinity;
  for (const i of content.rowIndices) {
    top = Math.min(top, i + 1);
    const first = content.rows[i].findIndex((c) => c !== undefined);
    if (first >= 0) left = Math.min(left, first + 1);
  }
  for (const r of [...mergeRanges, ...tableRanges.map((x) => x.r)]) {
    top = Math.min(top, r.top);
    left = Math.min(left, r.left);
  }
  if (!Number.isFinite(top)) return emptyGrid(sheetName);

  const cells: (Cell | null | undefined)[][] = [];
  for (const i of content.rowIndices) {
    const row = content.rows[i];
    cells[i + 1 - top] = left > 1 ? row.slice(left - 1) : row;
  }
  const rel = (r: GridRange): GridRange => ({ top: r.top - top, left: r.left - left, bottom: r.bottom - top, right: r.right - left });
  const merges = mergeRanges.map(rel);
  // A merged area shows only its top-left cell; others may still hold stale content (LibreOffice keeps it).
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom && r < cells.length; r++) {
      const row = cells[r];
      if (!row) continue;
      for (let c = m.left; c <= m.right && c < row.length; c++) if ((r !== m.top || c !== m.left) && row[c]) row[c] = null;
    }
  }
  const gridTables: GridTable[] = tableRanges.map(({ t, r }) => ({ ...rel(r), name: t.name, headerRow: t.headerRow }));
  return { sheetName, originRow: top, originCol: left, cells, merges, tables: gridTables };
}

/** A table part's range and name; null when it is not a table. */
export function readTable(parse: ParseWith): TableInfo | null {
  let info: TableInfo | null = null;
  let done = false;
  parse({
    get done() {
      return done;
    },
    open(name, attrs) {
      done = true;
      const ref = attr(attrs, 'ref');
      if (name !== 'x:table' || !ref) return;
      // headerRowCount defaults to 1: a table without the attribute has a header row.
      info = { name: attr(attrs, 'displayName') ?? attr(attrs, 'name') ?? '', ref, headerRow: attr(attrs, 'headerRowCount') !== '0' };
    },
  });
  return info;
}
