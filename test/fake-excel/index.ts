/**
 * An in-memory Excel for the Office.js adapter: `fake.host` stands in for `Excel.run` and
 * `Office.context.requirements`, `fake.stats` counts syncs and the bytes each request and
 * response would carry, `fake.book` is the workbook's data to set up and inspect.
 * No Node APIs: a browser playground can run the adapter on it.
 */
import { a1 } from '../../src/core/address';
import type { Grid } from '../../src/core/grid';
import { isErrorValue } from '../../src/core/grid';
import {
  FakeApplication,
  FakeOfficeError,
  FakeWorkbook,
  type Session,
} from './api';
import {
  ERROR_VALUES,
  cellKey,
  ensureCell,
  newSheet,
  parseAddress,
  type FakeBook,
  type FakeCell,
  type FakeSheet,
} from './state';

export { FakeOfficeError } from './api';
export * from './state';

export interface SyncRecord {
  /** JSON size of the operations sent. */
  requestBytes: number;
  /** JSON size of the values loaded. */
  responseBytes: number;
  operations: number;
  /** Whether `suspendApiCalculationUntilNextSync` was part of the request. */
  suspendedCalculation: boolean;
}

export interface FakeOptions {
  /** Highest ExcelApi version the host supports; default 1.18. */
  apiVersion?: string;
  /** Excel on the web: requests over 5 MB fail with RequestPayloadSizeLimitExceeded. Default true. */
  requestLimit?: number | null;
  /** Excel on the web also refuses responses over 5 MB; off by default, measured in stats. */
  responseLimit?: number | null;
}

const FIVE_MB = 5 * 1024 * 1024;

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value ?? null) ?? 'null');
}

export class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private pending: { bytes: number; apply: () => void }[] = [];

  constructor(private readonly excel: FakeExcel) {
    const session: Session = {
      book: excel.book,
      queue: (request, apply) => this.pending.push({ bytes: jsonBytes(request), apply }),
      respond: (payload) => excel.respond(payload),
      maxCellsPerGet: 5_000_000,
      suspendedCalculation: () => excel.markSuspended(),
    };
    this.workbook = new FakeWorkbook(session, () => excel.book, 'Workbook');
    this.application = new FakeApplication(session);
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  async sync(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    await this.excel.execute(ops);
  }
}

export class FakeExcel {
  readonly book: FakeBook = { sheets: [], settings: new Map(), protected: false, activeSheet: null, selection: null, nextId: 1 };
  readonly stats: SyncRecord[] = [];
  /** Set to simulate a user typing in a cell: every request fails. */
  editing = false;
  private current: SyncRecord | null = null;
  private readonly apiVersion: number[];
  private readonly requestLimit: number | null;
  private readonly responseLimit: number | null;

  constructor(options: FakeOptions = {}) {
    this.apiVersion = (options.apiVersion ?? '1.18').split('.').map(Number);
    this.requestLimit = options.requestLimit === undefined ? FIVE_MB : options.requestLimit;
    this.responseLimit = options.responseLimit ?? null;
  }

  /** What the adapter takes as its OfficeHost. */
  get host() {
    return {
      run: <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => this.run(batch as unknown as (c: FakeContext) => Promise<T>),
      isSetSupported: (name: string, version: string): boolean => this.isSetSupported(name, version),
    };
  }

  isSetSupported(name: string, version: string): boolean {
    if (name !== 'ExcelApi') return false;
    const want = version.split('.').map(Number);
    for (let i = 0; i < Math.max(want.length, this.apiVersion.length); i++) {
      const a = this.apiVersion[i] ?? 0;
      const b = want[i] ?? 0;
      if (a !== b) return a > b;
    }
    return true;
  }

  /** `Excel.run`: a fresh context; what is still queued when the batch returns is synced then. */
  async run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
    const context = new FakeContext(this);
    const result = await batch(context);
    if (context.hasPending) await context.sync();
    return result;
  }

  get syncCount(): number {
    return this.stats.length;
  }

  /** Forgets the counters (e.g. after setting a workbook up through the adapter). */
  resetStats(): void {
    this.stats.length = 0;
  }

  respond(payload: unknown): void {
    if (this.current) this.current.responseBytes += jsonBytes(payload);
  }

  markSuspended(): void {
    if (this.current) this.current.suspendedCalculation = true;
  }

  async execute(ops: { bytes: number; apply: () => void }[]): Promise<void> {
    // A real sync is asynchronous; so is this, so nothing relies on it being immediate.
    await Promise.resolve();
    const record: SyncRecord = {
      requestBytes: ops.reduce((n, op) => n + op.bytes, 0),
      responseBytes: 0,
      operations: ops.length,
      suspendedCalculation: false,
    };
    this.stats.push(record);
    if (this.editing) throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    if (this.requestLimit !== null && record.requestBytes > this.requestLimit) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size (${record.requestBytes}) exceeds the limit.`);
    }
    this.current = record;
    try {
      // Operations apply in order; the first failure ends the request (earlier ones stay applied).
      for (const op of ops) op.apply();
    } catch (e) {
      if (e instanceof FakeOfficeError) throw e;
      const code = (e as { code?: string }).code ?? 'GeneralException';
      throw new FakeOfficeError(code, e instanceof Error ? e.message : String(e));
    } finally {
      this.current = null;
    }
    if (this.responseLimit !== null && record.responseBytes > this.responseLimit) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size (${record.responseBytes}) exceeds the limit.`);
    }
  }

  /* ------------------------------------------------------------ set-up and inspection */

  sheet(name: string): FakeSheet {
    const s = this.book.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  hasSheet(name: string): boolean {
    return this.book.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string, init: SheetInit = {}): FakeSheet {
    const sheet = newSheet(this.book, name);
    this.book.sheets.push(sheet);
    if (this.book.activeSheet === null) this.book.activeSheet = name;
    const originRow = (init.originRow ?? 1) - 1;
    const originCol = (init.originCol ?? 1) - 1;
    (init.rows ?? []).forEach((row, r) =>
      row.forEach((input, c) => {
        if (input === null || input === undefined) return;
        const spec: CellInit = isCellInit(input) ? input : { value: input };
        setCell(ensureCell(sheet, originRow + r, originCol + c), spec);
      }),
    );
    for (const m of init.merges ?? []) sheet.merges.push(rectOf(m));
    for (const t of init.tables ?? []) sheet.tables.push({ name: t.name, rect: rectOf(t.range), showHeaders: t.showHeaders ?? true });
    for (const [name, formula] of Object.entries(init.names ?? {})) sheet.names.push({ name, formula, visible: true });
    sheet.visibility = init.visibility ?? 'Visible';
    sheet.protected = init.protected ?? false;
    return sheet;
  }

  /** A sheet from a core Grid: values, fills, number formats, merges, tables. */
  addGrid(grid: Grid, init: Omit<SheetInit, 'rows' | 'merges' | 'tables' | 'originRow' | 'originCol'> = {}): FakeSheet {
    const at = (r: number, c: number) => a1(grid.originRow + r, grid.originCol + c);
    return this.addSheet(grid.sheetName, {
      ...init,
      originRow: grid.originRow,
      originCol: grid.originCol,
      rows: grid.cells.map((row) => (row ?? []).map((cell) => (cell ? { value: cell.value, fill: cell.fill, numberFormat: cell.numFmt } : null))),
      merges: grid.merges.map((m) => `${at(m.top, m.left)}:${at(m.bottom, m.right)}`),
      tables: grid.tables.map((t) => ({ name: t.name, range: `${at(t.top, t.left)}:${at(t.bottom, t.right)}`, showHeaders: t.headerRow })),
    });
  }

  /** The displayed content of a cell: its formula if any, else its value ('' when empty). */
  cell(sheet: string, address: string): FakeCell | undefined {
    const rect = parseAddress(address);
    if (!rect) throw new Error(`bad address ${address}`);
    return this.sheet(sheet).cells.get(cellKey(rect.top, rect.left));
  }
}


function rectOf(address: string) {
  const rect = parseAddress(address);
  if (!rect) throw new Error(`bad address ${address}`);
  return rect;
}

export interface CellInit {
  value: string | number | boolean | Date | { error: string } | null;
  formula?: string;
  numberFormat?: string;
  /** `RRGGBB` or `#RRGGBB`. */
  fill?: string;
}

export interface SheetInit {
  /** 1-based position of rows[0][0]. */
  originRow?: number;
  originCol?: number;
  rows?: (CellInit | CellInit['value'] | undefined)[][];
  merges?: string[];
  tables?: { name: string; range: string; showHeaders?: boolean }[];
  /** Sheet-scoped defined names: name → formula. */
  names?: Record<string, string>;
  visibility?: FakeSheet['visibility'];
  protected?: boolean;
}

function isCellInit(x: CellInit | CellInit['value']): x is CellInit {
  return typeof x === 'object' && x !== null && !(x instanceof Date) && 'value' in x;
}

/** Stores a value as Excel holds it: dates as serials with a date format, errors as their text. */
function setCell(cell: FakeCell, init: CellInit): void {
  const v = init.value;
  if (init.numberFormat) cell.numberFormat = init.numberFormat;
  if (init.fill) cell.fill = `#${init.fill.replace(/^#/, '').toUpperCase()}`;
  if (init.formula) cell.formula = init.formula;
  if (v instanceof Date) {
    cell.value = v.getTime() / 86_400_000 + 25_569;
    if (cell.numberFormat === 'General') cell.numberFormat = 'dd-mm-yyyy';
  } else if (isErrorValue(v)) {
    if (!ERROR_VALUES.includes(v.error)) throw new Error(`not an Excel error value: ${v.error}`);
    cell.value = v.error;
    cell.error = true;
  } else if (v !== null) {
    cell.value = v;
  }
}
