/**
 * An in-memory Excel for the Office.js adapter: `fake.host` stands in for `Excel.run` and
 * `Office.context.requirements`, `fake.stats` counts syncs and the bytes each request and
 * response would carry, `fake.book` is the workbook's data to set up and inspect.
 * No Node APIs: a browser playground can run the adapter on it.
 */
import { a1 } from '../../src/core/address';
import { dateToSerial } from '../../src/core/dateserial';
import type { Grid } from '../../src/core/grid';
import { isErrorValue } from '../../src/core/grid';
import {
  FakeApplication,
  FakeOfficeError,
  FakeWorkbook,
  type Session,
} from './api';
import { RequestQueue, jsonBytes, requestBody, type PendingAction } from './request';
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
  /** Bytes of the request body in Office.js's format (actions and object paths, as JSON). */
  requestBytes: number;
  /** Bytes of the response body (`{"Results":[…]}`). */
  responseBytes: number;
  /** Actions in the request, Instantiate actions included. */
  operations: number;
  /** Whether `suspendApiCalculationUntilNextSync` was part of the request. */
  suspendedCalculation: boolean;
}

export interface FakeOptions {
  /** Highest ExcelApi version the host supports; default 1.18. */
  apiVersion?: string;
  /** Excel on the web refuses requests over 5 MB (RequestPayloadSizeLimitExceeded); null lifts it. */
  requestLimit?: number | null;
  /** … and responses over 5 MB (ResponsePayloadSizeLimitExceeded); null lifts it. */
  responseLimit?: number | null;
  /** Milliseconds each sync takes, as a round trip to Excel would; default 0. */
  latencyMs?: number;
}

/** Excel on the web's limits, which the fake holds by default. */
export const WEB_LIMITS = {
  payloadBytes: 5 * 1024 * 1024,
  cellsPerGet: 5_000_000,
  cellsPerProperties: 50_000,
  mergedAreasPerCall: 512,
} as const;

export class FakeContext {
  readonly workbook: FakeWorkbook;
  private readonly requests = new RequestQueue();

  constructor(private readonly excel: FakeExcel) {
    const session: Session = {
      book: excel.book,
      requests: this.requests,
      maxCellsPerGet: WEB_LIMITS.cellsPerGet,
      maxCellsPerProperties: WEB_LIMITS.cellsPerProperties,
      maxMergedAreas: WEB_LIMITS.mergedAreasPerCall,
      suspendedCalculation: () => excel.markSuspended(),
    };
    this.workbook = new FakeWorkbook(session, () => excel.book, 'Workbook').asRoot();
  }

  get application(): FakeApplication {
    return this.workbook.application;
  }

  get hasPending(): boolean {
    return this.requests.size > 0;
  }

  async sync(): Promise<void> {
    await this.excel.execute(this.requests.take());
  }
}

export class FakeExcel {
  readonly book: FakeBook = { sheets: [], settings: new Map(), protected: false, date1904: false, activeSheet: null, selection: null, nextId: 1 };
  readonly stats: SyncRecord[] = [];
  /** Set to simulate a user typing in a cell: every request fails. */
  editing = false;
  private current: SyncRecord | null = null;
  private readonly apiVersion: number[];
  private readonly requestLimit: number | null;
  private readonly responseLimit: number | null;
  private readonly latencyMs: number;

  constructor(options: FakeOptions = {}) {
    this.apiVersion = (options.apiVersion ?? '1.18').split('.').map(Number);
    this.requestLimit = options.requestLimit === undefined ? WEB_LIMITS.payloadBytes : options.requestLimit;
    this.responseLimit = options.responseLimit === undefined ? WEB_LIMITS.payloadBytes : options.responseLimit;
    this.latencyMs = options.latencyMs ?? 0;
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

  /** The largest request and response so far, in bytes. */
  get largest(): { request: number; response: number } {
    return {
      request: Math.max(0, ...this.stats.map((s) => s.requestBytes)),
      response: Math.max(0, ...this.stats.map((s) => s.responseBytes)),
    };
  }

  /** Forgets the counters (e.g. after setting a workbook up through the adapter). */
  resetStats(): void {
    this.stats.length = 0;
  }

  markSuspended(): void {
    if (this.current) this.current.suspendedCalculation = true;
  }

  async execute(actions: PendingAction[]): Promise<void> {
    // A real sync is asynchronous; so is this, so nothing relies on it being immediate.
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    else await Promise.resolve();
    const record: SyncRecord = {
      requestBytes: jsonBytes(requestBody(actions)),
      responseBytes: 0,
      operations: actions.length,
      suspendedCalculation: false,
    };
    this.stats.push(record);
    if (this.editing) throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    if (this.requestLimit !== null && record.requestBytes > this.requestLimit) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size (${record.requestBytes}) exceeds the limit.`);
    }
    this.current = record;
    const results: { ActionId: number; Value: unknown }[] = [];
    try {
      // Actions apply in order; the first failure ends the request (earlier ones stay applied).
      for (const action of actions) {
        const value = action.apply?.();
        if (value !== undefined) results.push({ ActionId: action.info.Id, Value: value });
      }
    } catch (e) {
      if (e instanceof FakeOfficeError) throw e;
      const code = (e as { code?: string }).code ?? 'GeneralException';
      throw new FakeOfficeError(code, e instanceof Error ? e.message : String(e));
    } finally {
      this.current = null;
    }
    record.responseBytes = jsonBytes({ Results: results });
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
        setCell(ensureCell(sheet, originRow + r, originCol + c), spec, this.book.date1904);
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

/** Stores a value as Excel holds it: dates as serials (of the book's date system) with a date format, errors as their text. */
function setCell(cell: FakeCell, init: CellInit, date1904: boolean): void {
  const v = init.value;
  if (init.numberFormat) cell.numberFormat = init.numberFormat;
  if (init.fill) cell.fill = `#${init.fill.replace(/^#/, '').toUpperCase()}`;
  if (init.formula) cell.formula = init.formula;
  if (v instanceof Date) {
    cell.value = dateToSerial(v, date1904);
    if (cell.numberFormat === 'General') cell.numberFormat = 'dd-mm-yyyy';
  } else if (isErrorValue(v)) {
    if (!ERROR_VALUES.includes(v.error)) throw new Error(`not an Excel error value: ${v.error}`);
    cell.value = v.error;
    cell.error = true;
  } else if (v !== null) {
    cell.value = v;
  }
}
