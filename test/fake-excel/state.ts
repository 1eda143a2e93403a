/**
 * The workbook data behind the fake Excel: sheets of sparse cells with the formatting,
 * names, tables, conditional formats, notes, charts and page setup the adapter touches.
 * Plain data, no Node APIs, so a browser playground can hold one too.
 */
import { columnLetter, columnNumber } from '../../src/core/address';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** 0-based, inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeBorder {
  style?: string;
  color?: string;
  weight?: string;
}

export interface FakeCell {
  /** What `values` returns: '' for empty, the error text (`#DIV/0!`) for errors. */
  value: string | number | boolean;
  /** Set when the cell holds a formula (the input began with `=`, `+`, `-` or `@`). */
  formula?: string;
  error?: boolean;
  /** Entered behind an apostrophe: text whatever it looks like. */
  textPrefix?: boolean;
  numberFormat: string;
  fill?: string;
  font?: { bold?: boolean; italic?: boolean; underline?: string; size?: number; color?: string };
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders?: Record<string, FakeBorder>;
  hyperlink?: { address?: string; documentReference?: string; textToDisplay?: string; screenTip?: string };
}

export interface FakeConditionalFormat {
  id: number;
  type: string;
  rects: Rect[];
  formula?: string;
  fill?: string;
  borders: Record<string, FakeBorder>;
}

export interface FakeChart {
  type: string;
  title?: string;
  from?: string;
  to?: string;
  series: { name: string; values: string; categories?: string; color?: string }[];
}

export interface FakeTable {
  name: string;
  rect: Rect;
  showHeaders: boolean;
}

export interface FakeName {
  name: string;
  formula: string;
  visible: boolean;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  cells: Map<number, FakeCell>;
  merges: Rect[];
  tables: FakeTable[];
  names: FakeName[];
  conditionalFormats: FakeConditionalFormat[];
  notes: Map<string, string>;
  charts: FakeChart[];
  freeze: { rows: number; cols: number } | null;
  autoFilter: string | null;
  pageLayout: { orientation?: string; zoom?: unknown; centerHeader?: string; centerFooter?: string };
  tabColor: string | null;
  columnWidths: Map<number, number>;
  /** 0-based rows Excel was asked to fit to their content. */
  autofitRows: Set<number>;
}

export interface FakeBook {
  sheets: FakeSheet[];
  settings: Map<string, unknown>;
  /** Workbook structure protection: sheets cannot be added, removed or renamed. */
  protected: boolean;
  /** The 1904 date system (Mac workbooks of old): serial 0 is 1904-01-01. */
  date1904: boolean;
  activeSheet: string | null;
  selection: string | null;
  nextId: number;
}

export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / MAX_COLS);
}

export function keyCol(key: number): number {
  return key % MAX_COLS;
}

export function newSheet(book: FakeBook, name: string): FakeSheet {
  return {
    id: `{${String(book.nextId++).padStart(8, '0')}-0000-4000-8000-000000000000}`,
    name,
    visibility: 'Visible',
    protected: false,
    cells: new Map(),
    merges: [],
    tables: [],
    names: [],
    conditionalFormats: [],
    notes: new Map(),
    charts: [],
    freeze: null,
    autoFilter: null,
    pageLayout: {},
    tabColor: null,
    columnWidths: new Map(),
    autofitRows: new Set(),
  };
}

export function emptyCell(): FakeCell {
  return { value: '', numberFormat: 'General' };
}

export function getCell(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  return sheet.cells.get(cellKey(row, col));
}

export function ensureCell(sheet: FakeSheet, row: number, col: number): FakeCell {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = emptyCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Letters of a 0-based column. */
export function columnLetters(col: number): string {
  return columnLetter(col + 1);
}

function columnIndex(letters: string): number {
  return columnNumber(letters) - 1;
}

export function rectAddress(r: Rect): string {
  const from = `${columnLetters(r.left)}${r.top + 1}`;
  if (r.top === r.bottom && r.left === r.right) return from;
  return `${from}:${columnLetters(r.right)}${r.bottom + 1}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Parses `A1`, `A1:C3`, `A:C`, `2:5`, with or without a `Sheet!` prefix; null when invalid. */
export function parseAddress(address: string): Rect | null {
  const bare = address.trim().replace(/^(?:'(?:[^']|'')*'|[^!']*)!/, '').replace(/\$/g, '');
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i.exec(bare);
  if (m) {
    const r1 = Number(m[2]) - 1;
    const c1 = columnIndex(m[1]);
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    const c2 = m[3] ? columnIndex(m[3]) : c1;
    if (r1 < 0 || r2 < 0 || r1 >= MAX_ROWS || r2 >= MAX_ROWS || c1 >= MAX_COLS || c2 >= MAX_COLS) return null;
    return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(bare);
  if (m) {
    const [a, b] = [columnIndex(m[1]), columnIndex(m[2])];
    return { top: 0, left: Math.min(a, b), bottom: MAX_ROWS - 1, right: Math.max(a, b) };
  }
  m = /^(\d+):(\d+)$/.exec(bare);
  if (m) {
    const [a, b] = [Number(m[1]) - 1, Number(m[2]) - 1];
    return { top: Math.min(a, b), left: 0, bottom: Math.max(a, b), right: MAX_COLS - 1 };
  }
  return null;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function rectCells(r: Rect): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export const ERROR_VALUES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!'];

/**
 * What Excel makes of a string written through `range.values`: the same as typing it.
 * A leading apostrophe makes text (and is dropped); in a cell formatted as text (`@`)
 * everything is text; `=`, `+`, `-`, `@` start a formula (a bare sign or a signed number
 * excepted); numbers, percentages, TRUE/FALSE and ISO dates are converted.
 */
export function enterString(cell: FakeCell, input: string): void {
  delete cell.formula;
  delete cell.error;
  delete cell.textPrefix;
  if (input === '') {
    cell.value = '';
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.textPrefix = true;
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = input;
    return;
  }
  const number = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(input) ? Number(input) : NaN;
  if (!Number.isNaN(number)) {
    cell.value = number;
    return;
  }
  if (/^[=+\-@]./s.test(input)) {
    cell.formula = input.startsWith('=') ? input : `=${input}`;
    // The fake does not calculate; a formula shows no value.
    cell.value = '';
    return;
  }
  const pct = /^([+-]?\d+(\.\d+)?)%$/.exec(input);
  if (pct) {
    cell.value = Number(pct[1]) / 100;
    if (cell.numberFormat === 'General') cell.numberFormat = '0%';
    return;
  }
  if (/^(true|false)$/i.test(input)) {
    cell.value = input.toLowerCase() === 'true';
    return;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (iso) {
    cell.value = Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) / 86_400_000 + 25_569;
    if (cell.numberFormat === 'General') cell.numberFormat = 'yyyy-mm-dd';
    return;
  }
  if (ERROR_VALUES.includes(input.toUpperCase())) {
    cell.value = input.toUpperCase();
    cell.error = true;
    return;
  }
  cell.value = input;
}

/** `values` input: null leaves the cell alone, like Office.js. */
export function enterValue(cell: FakeCell, input: unknown): void {
  if (input === null || input === undefined) return;
  if (typeof input === 'string') enterString(cell, input);
  else if (typeof input === 'number' || typeof input === 'boolean') {
    delete cell.formula;
    delete cell.error;
    delete cell.textPrefix;
    cell.value = input;
  } else throw Object.assign(new Error(`Invalid value ${JSON.stringify(input)}`), { code: 'InvalidArgument' });
}

export function valueType(cell: FakeCell | undefined): string {
  if (!cell || cell.value === '') return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}

function hasFormat(cell: FakeCell): boolean {
  return (
    cell.numberFormat !== 'General' ||
    cell.fill !== undefined ||
    cell.font !== undefined ||
    cell.borders !== undefined ||
    cell.wrapText !== undefined ||
    cell.horizontalAlignment !== undefined ||
    cell.verticalAlignment !== undefined
  );
}

/** The bounding box of cells with a value (valuesOnly) or with a value or format; null when none. */
export function usedRect(sheet: FakeSheet, valuesOnly: boolean): Rect | null {
  let box: Rect | null = null;
  for (const [key, cell] of sheet.cells) {
    const used = cell.value !== '' || cell.formula !== undefined || (!valuesOnly && hasFormat(cell));
    if (!used) continue;
    const r = keyRow(key);
    const c = keyCol(key);
    if (!box) box = { top: r, left: c, bottom: r, right: c };
    else {
      if (r < box.top) box.top = r;
      if (r > box.bottom) box.bottom = r;
      if (c < box.left) box.left = c;
      if (c > box.right) box.right = c;
    }
  }
  return box;
}

/** What `getSpecialCells` looks for; the fake models these two. */
export type SpecialCellKind = 'Constants' | 'Formulas';

/** What `getSpecialCells` narrows the cells to by their value (`SpecialCellValueType`); the fake models these. */
export type SpecialValueKind = 'All' | 'Errors' | 'Numbers';

/**
 * The cells of `rects` holding a constant (a value typed in) or a formula, as rectangles:
 * runs of neighbouring cells in a row, stacked while the rows below repeat the run. Excel
 * may cut the same cells into other rectangles; callers must not rely on the shape.
 * `Numbers` are number values (dates included: they are numbers with a date format).
 */
export function specialRects(sheet: FakeSheet, rects: Rect[], kind: SpecialCellKind, values: SpecialValueKind = 'All'): Rect[] {
  const keys: number[] = [];
  for (const [key, cell] of sheet.cells) {
    const match = kind === 'Formulas' ? cell.formula !== undefined : cell.formula === undefined && cell.value !== '';
    if (!match || (values === 'Errors' && !cell.error) || (values === 'Numbers' && (cell.error || typeof cell.value !== 'number'))) continue;
    const r = keyRow(key);
    const c = keyCol(key);
    if (rects.some((q) => r >= q.top && r <= q.bottom && c >= q.left && c <= q.right)) keys.push(key);
  }
  keys.sort((a, b) => a - b);
  const out: Rect[] = [];
  // Rectangles still growing, by their columns, with the row they reach.
  let open = new Map<string, Rect>();
  let runsOfRow = new Map<string, Rect>();
  let row = -1;
  const closeRow = () => {
    open = runsOfRow;
    runsOfRow = new Map();
  };
  for (let k = 0; k < keys.length; ) {
    const r = keyRow(keys[k]);
    if (r !== row) {
      if (row >= 0) closeRow();
      if (r !== row + 1) open = new Map();
      row = r;
    }
    const left = keyCol(keys[k]);
    let right = left;
    while (k + 1 < keys.length && keys[k + 1] === keys[k] + 1 && keyRow(keys[k + 1]) === r) {
      right++;
      k++;
    }
    k++;
    const id = `${left}:${right}`;
    const above = open.get(id);
    if (above) above.bottom = r;
    const rect = above ?? { top: r, left, bottom: r, right };
    if (!above) out.push(rect);
    runsOfRow.set(id, rect);
  }
  return out;
}
