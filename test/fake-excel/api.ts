/**
 * Proxy objects with the Excel JavaScript API's rules: reading a property throws
 * `PropertyNotLoaded` until it was `load()`ed and `context.sync()` ran; writes and method
 * calls are queued and applied, in order, at `sync()`; objects returned by methods are
 * resolved only then (so a missing sheet fails the sync with `ItemNotFound`); `*OrNullObject`
 * methods give objects whose `isNullObject` tells. Only the parts the adapter uses exist.
 */
import {
  MAX_COLS,
  MAX_ROWS,
  enterValue,
  ensureCell,
  getCell,
  intersects,
  newSheet,
  parseAddress,
  quoteSheet,
  rectAddress,
  rectCells,
  specialRects,
  usedRect,
  valueType,
  type FakeBook,
  type FakeChart,
  type FakeCell,
  type FakeConditionalFormat,
  type FakeName,
  type FakeSheet,
  type FakeTable,
  type Rect,
  type SpecialCellKind,
} from './state';

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

function fail(code: string, message: string): never {
  throw new FakeOfficeError(code, message);
}

/** What a context needs from the fake: the book, and a queue that sync() drains. */
export interface Session {
  book: FakeBook;
  queue(request: unknown, apply: () => void): void;
  respond(payload: unknown): void;
  /** Largest range a single get may cover (Excel on the web: 5 million cells). */
  maxCellsPerGet: number;
  suspendedCalculation(): void;
}

type Locate<S> = () => S | null;

function splitProps(props?: string | string[] | { select?: string }): string[] {
  const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : (props?.select?.split(',') ?? []);
  return list.map((p) => p.trim()).filter((p) => p !== '');
}

abstract class ClientObject<S> {
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly session: Session,
    private readonly locate: Locate<S>,
    protected readonly kind: string,
    private readonly nullable = false,
  ) {}

  /** The object's data at sync time; a missing object fails the request. */
  protected state(): S {
    const s = this.locate();
    if (s === null) fail('ItemNotFound', `The requested ${this.kind} does not exist.`);
    return s;
  }

  /** For objects derived from this one: resolved at sync time, failing if this one is missing. */
  protected derived<T>(f: (s: S) => T | null): Locate<T> {
    return () => f(this.state());
  }

  protected abstract property(state: S, name: string): unknown;

  load(props?: string | string[] | { select?: string }): this {
    const names = splitProps(props);
    this.session.queue({ load: this.kind, props: names }, () => {
      if (this.nullable) {
        const s = this.locate();
        this.loaded.set('isNullObject', s === null);
        if (s === null) return;
      }
      const s = this.state();
      for (const name of names) {
        const value = this.property(s, name);
        this.loaded.set(name, value);
        this.session.respond(value);
      }
    });
    return this;
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) {
      fail(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as T;
  }

  /** Sets a loaded value from outside (collections load their items' properties). */
  setLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected put(prop: string, value: unknown, apply: (s: S) => void): void {
    this.session.queue({ set: `${this.kind}.${prop}`, value }, () => apply(this.state()));
  }

  protected invoke(method: string, args: unknown[], apply: (s: S) => void): void {
    this.session.queue({ call: `${this.kind}.${method}`, args }, () => apply(this.state()));
  }

  get isNullObject(): boolean {
    return this.get<boolean>('isNullObject');
  }
}

/** A collection's `load('items/a,items/b')`: loads the listed properties of every item. */
abstract class Collection<S, I extends ClientObject<unknown>> extends ClientObject<S> {
  protected abstract list(state: S): I[];

  protected property(state: S, name: string): unknown {
    return fail('InvalidArgument', `Unknown property ${name} on ${this.kind} (${String(state)})`);
  }

  override load(props?: string | string[] | { select?: string }): this {
    const names = splitProps(props).map((p) => p.replace(/^items\//, ''));
    this.session.queue({ load: this.kind, props: names }, () => {
      const items = this.list(this.state());
      for (const item of items) {
        for (const name of names) {
          const value = (item as unknown as { property(s: unknown, n: string): unknown }).property(
            (item as unknown as { state(): unknown }).state(),
            name,
          );
          item.setLoaded(name, value);
          this.session.respond(value);
        }
      }
      this.setLoaded('items', items);
    });
    return this;
  }

  get items(): I[] {
    return this.get<I[]>('items');
  }
}

function assertWritable(sheet: FakeSheet): void {
  if (sheet.protected) fail('AccessDenied', `The sheet ${sheet.name} is protected.`);
}

/* ---------------------------------------------------------------- ranges */

export interface RangeState {
  sheet: FakeSheet;
  rects: Rect[];
}

function cellsOf(state: RangeState, limit: number, each: (cell: FakeCell, r: number, c: number) => void): void {
  for (const rect of state.rects) {
    if (rectCells(rect) > limit) fail('RangeExceedsLimit', `The range ${rectAddress(rect)} has too many cells.`);
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) each(ensureCell(state.sheet, r, c), r, c);
  }
}

function readMatrix<T>(state: RangeState, limit: number, f: (cell: FakeCell | undefined) => T): T[][] {
  const rect = state.rects[0];
  if (rectCells(rect) > limit) fail('RangeExceedsLimit', `The range ${rectAddress(rect)} has too many cells.`);
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(f(getCell(state.sheet, r, c)));
    out.push(row);
  }
  return out;
}

function writeMatrix(state: RangeState, limit: number, matrix: unknown, write: (cell: FakeCell, v: unknown) => void): void {
  assertWritable(state.sheet);
  const rect = state.rects[0];
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (!Array.isArray(matrix) || matrix.length !== rows || matrix.some((row) => !Array.isArray(row) || row.length !== cols)) {
    fail('InvalidArgument', `The number of rows or columns in the input array doesn't match the size of the range ${rectAddress(rect)}.`);
  }
  if (rows * cols > limit) fail('RangeExceedsLimit', 'Too many cells.');
  (matrix as unknown[][]).forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined) write(ensureCell(state.sheet, rect.top + r, rect.left + c), v);
    }),
  );
}

export class FakeBorderItem extends ClientObject<{ range: RangeState; edge: string }> {
  protected property(): unknown {
    return undefined;
  }
  private apply(key: 'style' | 'color' | 'weight', value: string): void {
    this.put(key, value, ({ range, edge }) => cellsOf(range, this.session.maxCellsPerGet, (cell) => {
      cell.borders ??= {};
      cell.borders[edge] = { ...cell.borders[edge], [key]: value };
    }));
  }
  set style(v: string) {
    this.apply('style', v);
  }
  set color(v: string) {
    this.apply('color', v);
  }
  set weight(v: string) {
    this.apply('weight', v);
  }
}

export class FakeRangeFormat extends ClientObject<RangeState> {
  protected property(state: RangeState, name: string): unknown {
    if (name === 'columnWidth') return state.sheet.columnWidths.get(state.rects[0].left) ?? 48;
    return fail('InvalidArgument', name);
  }
  private each(prop: string, value: unknown, f: (cell: FakeCell) => void): void {
    this.put(prop, value, (s) => {
      assertWritable(s.sheet);
      cellsOf(s, this.session.maxCellsPerGet, f);
    });
  }
  get font() {
    const font = (prop: 'bold' | 'italic' | 'underline' | 'size' | 'color') => (v: unknown) =>
      this.each(`font.${prop}`, v, (cell) => {
        cell.font = { ...cell.font, [prop]: v };
      });
    return {
      set bold(v: boolean) {
        font('bold')(v);
      },
      set italic(v: boolean) {
        font('italic')(v);
      },
      set underline(v: string) {
        font('underline')(v);
      },
      set size(v: number) {
        font('size')(v);
      },
      set color(v: string) {
        font('color')(v);
      },
    };
  }
  get fill() {
    const each = this.each.bind(this);
    return {
      set color(v: string) {
        each('fill.color', v, (cell) => {
          cell.fill = v.toUpperCase();
        });
      },
    };
  }
  get borders() {
    return {
      getItem: (edge: string) => new FakeBorderItem(this.session, this.derived((range) => ({ range, edge })), 'RangeBorder'),
    };
  }
  set wrapText(v: boolean) {
    this.each('wrapText', v, (cell) => {
      cell.wrapText = v;
    });
  }
  set horizontalAlignment(v: string) {
    this.each('horizontalAlignment', v, (cell) => {
      cell.horizontalAlignment = v;
    });
  }
  set verticalAlignment(v: string) {
    this.each('verticalAlignment', v, (cell) => {
      cell.verticalAlignment = v;
    });
  }
  autofitRows(): void {
    this.invoke('autofitRows', [], (s) => {
      for (const rect of s.rects) for (let r = rect.top; r <= rect.bottom; r++) s.sheet.autofitRows.add(r);
    });
  }
  /** Column widths apply to whole columns, so this never touches cells. */
  set columnWidth(v: number) {
    this.put('columnWidth', v, (s) => {
      for (const rect of s.rects) for (let c = rect.left; c <= rect.right; c++) s.sheet.columnWidths.set(c, v);
    });
  }
}

export class FakeClientResult<T> {
  private result: { value: T } | null = null;
  set(value: T): void {
    this.result = { value };
  }
  get value(): T {
    if (!this.result) fail('PropertyNotLoaded', 'The value of the result object has not been loaded yet. Call "context.sync()" first.');
    return this.result.value;
  }
}

export class FakeConditionalFormatItem extends ClientObject<FakeConditionalFormat> {
  protected property(state: FakeConditionalFormat, name: string): unknown {
    if (name === 'type') return state.type;
    return fail('InvalidArgument', name);
  }
  get type(): string {
    return this.get('type');
  }
  get custom() {
    const cf = this;
    const rule = new FakeCfRule(this.session, this.derived((s) => (s.type === 'Custom' ? s : fail('InvalidOperation', 'Not a custom conditional format.'))), 'ConditionalFormatRule');
    return {
      rule,
      format: {
        fill: {
          set color(v: string) {
            cf.put('custom.format.fill.color', v, (s) => {
              s.fill = v;
            });
          },
        },
        borders: {
          getItem: (edge: string) => ({
            set style(v: string) {
              cf.put(`custom.format.borders.${edge}.style`, v, (s) => {
                s.borders[edge] = { ...s.borders[edge], style: v };
              });
            },
            set color(v: string) {
              cf.put(`custom.format.borders.${edge}.color`, v, (s) => {
                s.borders[edge] = { ...s.borders[edge], color: v };
              });
            },
          }),
        },
      },
    };
  }
  delete(): void {
    this.invoke('delete', [], (s) => {
      const sheet = this.sheetOf(s);
      assertWritable(sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((x) => x !== s);
    });
  }
  private sheetOf(cf: FakeConditionalFormat): FakeSheet {
    const sheet = this.session.book.sheets.find((sh) => sh.conditionalFormats.includes(cf));
    return sheet ?? fail('ItemNotFound', 'conditional format');
  }
}

export class FakeCfRule extends ClientObject<FakeConditionalFormat> {
  protected property(state: FakeConditionalFormat, name: string): unknown {
    if (name === 'formula') return state.formula ?? '';
    return fail('InvalidArgument', name);
  }
  get formula(): string {
    return this.get('formula');
  }
  set formula(v: string) {
    this.put('formula', v, (s) => {
      s.formula = v;
    });
  }
}

export class FakeConditionalFormats extends Collection<RangeState, FakeConditionalFormatItem> {
  private static nextId = 1;
  protected list(state: RangeState): FakeConditionalFormatItem[] {
    return state.sheet.conditionalFormats
      .filter((cf) => cf.rects.some((r) => state.rects.some((q) => intersects(r, q))))
      .map((cf) => new FakeConditionalFormatItem(this.session, () => (state.sheet.conditionalFormats.includes(cf) ? cf : null), 'ConditionalFormat'));
  }
  add(type: string): FakeConditionalFormatItem {
    let created: FakeConditionalFormat | null = null;
    this.invoke('add', [type], (s) => {
      assertWritable(s.sheet);
      created = { id: FakeConditionalFormats.nextId++, type, rects: s.rects.map((r) => ({ ...r })), borders: {} };
      s.sheet.conditionalFormats.push(created);
    });
    return new FakeConditionalFormatItem(this.session, () => created, 'ConditionalFormat');
  }
}

export class FakeRange extends ClientObject<RangeState> {
  protected property(s: RangeState, name: string): unknown {
    const rect = s.rects[0];
    const limit = this.session.maxCellsPerGet;
    switch (name) {
      case 'address':
        return s.rects.map((r) => `${quoteSheet(s.sheet.name)}!${rectAddress(r)}`).join(',');
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'areaCount':
        return s.rects.length;
      case 'cellCount': {
        const n = s.rects.reduce((sum, r) => sum + rectCells(r), 0);
        return n > 2 ** 31 - 1 ? -1 : n;
      }
      case 'values':
        return readMatrix(s, limit, (c) => c?.value ?? '');
      case 'numberFormat':
        return readMatrix(s, limit, (c) => c?.numberFormat ?? 'General');
      case 'valueTypes':
        return readMatrix(s, limit, valueType);
      case 'formulas':
        return readMatrix(s, limit, (c) => c?.formula ?? c?.value ?? '');
      default:
        return fail('InvalidArgument', `Unknown property ${name} on Range`);
    }
  }
  get address(): string {
    return this.get('address');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  /** RangeAreas: the number of rectangles. */
  get areaCount(): number {
    return this.get('areaCount');
  }
  /** RangeAreas: the cells of all rectangles (-1 beyond 2^31 - 1, like Excel). */
  get cellCount(): number {
    return this.get('cellCount');
  }
  /**
   * RangeAreas: its rectangles as a RangeCollection. On a null object the fake fails the
   * request (ItemNotFound): Office does not document what it does, so the adapter must
   * check `isNullObject` before asking for the areas.
   */
  get areas(): FakeRangeCollection {
    return new FakeRangeCollection(this.session, this.derived((s) => s), 'RangeCollection');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.put('values', v, (s) => writeMatrix(s, this.session.maxCellsPerGet, v, enterValue));
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.put('numberFormat', v, (s) =>
      writeMatrix(s, this.session.maxCellsPerGet, v, (cell, f) => {
        cell.numberFormat = String(f);
      }),
    );
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }
  set hyperlink(v: FakeCell['hyperlink']) {
    this.put('hyperlink', v, (s) => {
      assertWritable(s.sheet);
      const rect = s.rects[0];
      const cell = ensureCell(s.sheet, rect.top, rect.left);
      cell.hyperlink = { ...v };
      // The display text is text as given, never parsed as input.
      if (v?.textToDisplay !== undefined) {
        delete cell.formula;
        cell.value = v.textToDisplay;
      }
    });
  }
  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.session, this.derived((s) => s), 'RangeFormat');
  }
  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.session, this.derived((s) => s), 'ConditionalFormatCollection');
  }
  merge(across = false): void {
    this.invoke('merge', [across], (s) => {
      assertWritable(s.sheet);
      for (const rect of s.rects) {
        // Merging keeps the top-left value only.
        for (let r = rect.top; r <= rect.bottom; r++) {
          for (let c = rect.left; c <= rect.right; c++) {
            const cell = getCell(s.sheet, r, c);
            if (cell && (r !== rect.top || c !== rect.left)) {
              cell.value = '';
              delete cell.formula;
            }
          }
        }
        s.sheet.merges = s.sheet.merges.filter((m) => !intersects(m, rect));
        s.sheet.merges.push({ ...rect });
      }
    });
  }
  select(): void {
    this.invoke('select', [], (s) => {
      this.session.book.activeSheet = s.sheet.name;
      this.session.book.selection = rectAddress(s.rects[0]);
    });
  }
  getCellProperties(options: { format?: { fill?: { color?: boolean } } }): FakeClientResult<{ format?: { fill?: { color?: string } } }[][]> {
    const result = new FakeClientResult<{ format?: { fill?: { color?: string } } }[][]>();
    this.session.queue({ call: 'Range.getCellProperties', args: [options] }, () => {
      const value = readMatrix(this.state(), this.session.maxCellsPerGet, (cell) => ({ format: { fill: { color: cell?.fill ?? '#FFFFFF' } } }));
      result.set(value);
      this.session.respond(value);
    });
    return result;
  }
  /** Fails the request with ItemNotFound when no cell matches, as Excel does. */
  getSpecialCells(cellType: SpecialCellKind, cellValueType?: string): FakeRange {
    return this.special(cellType, cellValueType, false);
  }
  /** A null object when no cell matches. */
  getSpecialCellsOrNullObject(cellType: SpecialCellKind, cellValueType?: string): FakeRange {
    return this.special(cellType, cellValueType, true);
  }
  private special(cellType: SpecialCellKind, cellValueType: string | undefined, nullable: boolean): FakeRange {
    if ((cellType !== 'Constants' && cellType !== 'Formulas') || (cellValueType !== undefined && cellValueType !== 'All')) {
      throw new Error(`getSpecialCells(${cellType}, ${cellValueType}) is not modelled by the fake`);
    }
    return new FakeRange(
      this.session,
      this.derived((s) => {
        const rects = specialRects(s.sheet, s.rects, cellType);
        if (rects.length > 0) return { sheet: s.sheet, rects };
        return nullable ? null : fail('ItemNotFound', 'No cells were found.');
      }),
      'RangeAreas',
      nullable,
    );
  }
  getMergedAreasOrNullObject(): FakeRange {
    return new FakeRange(
      this.session,
      this.derived((s) => {
        const merges = s.sheet.merges.filter((m) => s.rects.some((r) => intersects(m, r)));
        if (merges.length > 512) fail('GeneralException', 'More than 512 merged areas.');
        return merges.length === 0 ? null : { sheet: s.sheet, rects: merges };
      }),
      'RangeAreas',
      true,
    );
  }
}

/** `RangeAreas.areas`: one Range per rectangle. */
export class FakeRangeCollection extends Collection<RangeState, FakeRange> {
  protected list(state: RangeState): FakeRange[] {
    return state.rects.map((rect) => new FakeRange(this.session, () => ({ sheet: state.sheet, rects: [rect] }), 'Range'));
  }
}

/* ---------------------------------------------------------------- sheets */

export class FakeNamedItem extends ClientObject<FakeName> {
  protected property(s: FakeName, name: string): unknown {
    if (name === 'formula') return s.formula;
    if (name === 'name') return s.name;
    if (name === 'visible') return s.visible;
    return fail('InvalidArgument', name);
  }
  get formula(): string {
    return this.get('formula');
  }
  set visible(v: boolean) {
    this.put('visible', v, (s) => {
      s.visible = v;
    });
  }
  delete(): void {
    this.invoke('delete', [], (s) => {
      for (const sheet of this.session.book.sheets) sheet.names = sheet.names.filter((n) => n !== s);
    });
  }
}

export class FakeNamedItems extends Collection<FakeSheet, FakeNamedItem> {
  protected list(sheet: FakeSheet): FakeNamedItem[] {
    return sheet.names.map((n) => new FakeNamedItem(this.session, () => n, 'NamedItem'));
  }
  add(name: string, reference: string): FakeNamedItem {
    let created: FakeName | null = null;
    this.invoke('add', [name, reference], (sheet) => {
      if (!/^[A-Za-z_\\][\w.\\]*$/.test(name) || parseAddress(name)) fail('InvalidArgument', `The name ${name} is not valid.`);
      if (sheet.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) fail('ItemAlreadyExists', name);
      created = { name, formula: reference, visible: true };
      sheet.names.push(created);
    });
    return new FakeNamedItem(this.session, () => created, 'NamedItem');
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.session, this.derived((sheet) => sheet.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null), 'NamedItem');
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.session, this.derived((sheet) => sheet.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null), 'NamedItem', true);
  }
}

export class FakeTableItem extends ClientObject<{ sheet: FakeSheet; table: FakeTable }> {
  protected property(s: { table: FakeTable }, name: string): unknown {
    if (name === 'name') return s.table.name;
    if (name === 'showHeaders') return s.table.showHeaders;
    return fail('InvalidArgument', name);
  }
  get name(): string {
    return this.get('name');
  }
  get showHeaders(): boolean {
    return this.get('showHeaders');
  }
  getRange(): FakeRange {
    return new FakeRange(this.session, this.derived((s) => ({ sheet: s.sheet, rects: [s.table.rect] })), 'Range');
  }
}

export class FakeTables extends Collection<FakeSheet, FakeTableItem> {
  protected list(sheet: FakeSheet): FakeTableItem[] {
    return sheet.tables.map((table) => new FakeTableItem(this.session, () => ({ sheet, table }), 'Table'));
  }
}

export class FakeNote extends ClientObject<{ sheet: FakeSheet; cell: string }> {
  protected property(s: { sheet: FakeSheet; cell: string }, name: string): unknown {
    if (name === 'content') return s.sheet.notes.get(s.cell);
    return fail('InvalidArgument', name);
  }
  get content(): string {
    return this.get('content');
  }
  delete(): void {
    this.invoke('delete', [], (s) => {
      assertWritable(s.sheet);
      s.sheet.notes.delete(s.cell);
    });
  }
}

function noteKey(address: string): string {
  const rect = parseAddress(address) ?? fail('InvalidArgument', address);
  return rectAddress({ top: rect.top, left: rect.left, bottom: rect.top, right: rect.left });
}

export class FakeNotes extends ClientObject<FakeSheet> {
  protected property(): unknown {
    return undefined;
  }
  add(cellAddress: string, content: string): FakeNote {
    const cell = noteKey(cellAddress);
    this.invoke('add', [cellAddress, content], (sheet) => {
      assertWritable(sheet);
      if (sheet.notes.has(cell)) fail('InvalidArgument', `The cell ${cell} already has a note.`);
      sheet.notes.set(cell, content);
    });
    return new FakeNote(this.session, this.derived((sheet) => ({ sheet, cell })), 'Note');
  }
  getItemOrNullObject(cellAddress: string): FakeNote {
    const cell = noteKey(cellAddress);
    return new FakeNote(this.session, this.derived((sheet) => (sheet.notes.has(cell) ? { sheet, cell } : null)), 'Note', true);
  }
}

class FakeSeries extends ClientObject<{ chart: FakeChart; index: number }> {
  protected property(): unknown {
    return undefined;
  }
  private series(s: { chart: FakeChart; index: number }) {
    return s.chart.series[s.index] ?? fail('ItemNotFound', 'series');
  }
  set name(v: string) {
    this.put('name', v, (s) => {
      this.series(s).name = v;
    });
  }
  setValues(range: FakeRange): void {
    const loc = range as unknown as { state(): RangeState };
    this.invoke('setValues', [], (s) => {
      this.series(s).values = rectAddress(loc.state().rects[0]);
    });
  }
  setXAxisValues(range: FakeRange): void {
    const loc = range as unknown as { state(): RangeState };
    this.invoke('setXAxisValues', [], (s) => {
      this.series(s).categories = rectAddress(loc.state().rects[0]);
    });
  }
  get format() {
    return {
      fill: {
        setSolidColor: (color: string) =>
          this.invoke('format.fill.setSolidColor', [color], (s) => {
            this.series(s).color = color;
          }),
      },
    };
  }
}

export class FakeChartItem extends ClientObject<FakeChart> {
  protected property(): unknown {
    return undefined;
  }
  get title() {
    const put = (v: string) =>
      this.put('title.text', v, (c) => {
        c.title = v;
      });
    return {
      set text(v: string) {
        put(v);
      },
    };
  }
  setPosition(from: string, to: string): void {
    this.invoke('setPosition', [from, to], (c) => {
      c.from = from;
      c.to = to;
    });
  }
  get series() {
    return {
      getItemAt: (index: number) => new FakeSeries(this.session, this.derived((chart) => ({ chart, index })), 'ChartSeries'),
      add: (name: string) => {
        let index = -1;
        this.invoke('series.add', [name], (c) => {
          index = c.series.push({ name, values: '' }) - 1;
        });
        return new FakeSeries(this.session, this.derived((chart) => ({ chart, index })), 'ChartSeries');
      },
    };
  }
}

export class FakeCharts extends ClientObject<FakeSheet> {
  protected property(): unknown {
    return undefined;
  }
  /** Like Excel with `seriesBy` Columns: one series per column of the source. */
  add(type: string, source: FakeRange, seriesBy = 'Auto'): FakeChartItem {
    let created: FakeChart | null = null;
    const loc = source as unknown as { state(): RangeState };
    this.invoke('add', [type, seriesBy], (sheet) => {
      assertWritable(sheet);
      const rect = loc.state().rects[0];
      const series = [];
      for (let c = rect.left; c <= rect.right; c++) {
        series.push({ name: `Series${series.length + 1}`, values: rectAddress({ ...rect, left: c, right: c }) });
      }
      created = { type, series };
      sheet.charts.push(created);
    });
    return new FakeChartItem(this.session, () => created, 'Chart');
  }
}

export class FakeWorksheet extends ClientObject<FakeSheet> {
  protected property(s: FakeSheet, name: string): unknown {
    switch (name) {
      case 'name':
        return s.name;
      case 'id':
        return s.id;
      case 'visibility':
        return s.visibility;
      case 'position':
        return this.session.book.sheets.indexOf(s);
      case 'tabColor':
        return s.tabColor ?? '';
      default:
        return fail('InvalidArgument', `Unknown property ${name} on Worksheet`);
    }
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.put('name', v, (s) => {
      if (this.session.book.protected) fail('AccessDenied', 'The workbook structure is protected.');
      checkSheetName(this.session.book, v, s);
      s.name = v;
    });
  }
  get id(): string {
    return this.get('id');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    this.put('visibility', v, (s) => {
      if (v !== 'Visible' && this.session.book.sheets.filter((x) => x !== s && x.visibility === 'Visible').length === 0) {
        fail('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      }
      s.visibility = v as FakeSheet['visibility'];
    });
  }
  set tabColor(v: string) {
    this.put('tabColor', v, (s) => {
      s.tabColor = v;
    });
  }
  get protection() {
    return new FakeProtection(this.session, this.derived((s) => ({ get: () => s.protected })), 'WorksheetProtection');
  }
  get names(): FakeNamedItems {
    return new FakeNamedItems(this.session, this.derived((s) => s), 'NamedItemCollection');
  }
  get tables(): FakeTables {
    return new FakeTables(this.session, this.derived((s) => s), 'TableCollection');
  }
  get notes(): FakeNotes {
    return new FakeNotes(this.session, this.derived((s) => s), 'NoteCollection');
  }
  get charts(): FakeCharts {
    return new FakeCharts(this.session, this.derived((s) => s), 'ChartCollection');
  }
  get freezePanes() {
    const set = (method: string, f: (s: FakeSheet) => void) => this.invoke(`freezePanes.${method}`, [], f);
    return {
      freezeRows: (n: number) =>
        set('freezeRows', (s) => {
          s.freeze = { rows: n, cols: 0 };
        }),
      freezeColumns: (n: number) =>
        set('freezeColumns', (s) => {
          s.freeze = { rows: 0, cols: n };
        }),
      freezeAt: (range: FakeRange) =>
        set('freezeAt', (s) => {
          const rect = (range as unknown as { state(): RangeState }).state().rects[0];
          s.freeze = { rows: rect.bottom + 1, cols: rect.right + 1 };
        }),
      unfreeze: () =>
        set('unfreeze', (s) => {
          s.freeze = null;
        }),
    };
  }
  get autoFilter() {
    return {
      apply: (range: FakeRange) =>
        this.invoke('autoFilter.apply', [], (s) => {
          assertWritable(s);
          s.autoFilter = rectAddress((range as unknown as { state(): RangeState }).state().rects[0]);
        }),
    };
  }
  get pageLayout() {
    const put = (prop: string, v: unknown, f: (s: FakeSheet) => void) => this.put(`pageLayout.${prop}`, v, f);
    return {
      set orientation(v: string) {
        put('orientation', v, (s) => {
          s.pageLayout.orientation = v;
        });
      },
      set zoom(v: unknown) {
        put('zoom', v, (s) => {
          s.pageLayout.zoom = v;
        });
      },
      headersFooters: {
        defaultForAllPages: {
          set centerHeader(v: string) {
            put('centerHeader', v, (s) => {
              s.pageLayout.centerHeader = v;
            });
          },
          set centerFooter(v: string) {
            put('centerFooter', v, (s) => {
              s.pageLayout.centerFooter = v;
            });
          },
        },
      },
    };
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.session,
      this.derived((sheet) => {
        if (address === undefined) return { sheet, rects: [{ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }] };
        const rect = parseAddress(address) ?? fail('InvalidArgument', `Invalid address ${address}`);
        return { sheet, rects: [rect] };
      }),
      'Range',
    );
  }
  getRanges(address: string): FakeRange {
    return new FakeRange(
      this.session,
      this.derived((sheet) => ({
        sheet,
        rects: address.split(',').map((a) => parseAddress(a) ?? fail('InvalidArgument', `Invalid address ${a}`)),
      })),
      'RangeAreas',
    );
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(
      this.session,
      this.derived((sheet) => {
        if (row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > MAX_ROWS || col + cols > MAX_COLS) fail('InvalidArgument', 'Out of the sheet.');
        return { sheet, rects: [{ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }] };
      }),
      'Range',
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.session,
      this.derived((sheet) => {
        const rect = usedRect(sheet, valuesOnly);
        return rect ? { sheet, rects: [rect] } : null;
      }),
      'Range',
      true,
    );
  }
  delete(): void {
    this.invoke('delete', [], (s) => {
      const book = this.session.book;
      if (book.protected) fail('AccessDenied', 'The workbook structure is protected.');
      if (s.visibility === 'VeryHidden') fail('InvalidOperation', 'A very hidden sheet cannot be deleted.');
      if (s.visibility === 'Visible' && book.sheets.filter((x) => x !== s && x.visibility === 'Visible').length === 0) {
        fail('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      }
      book.sheets = book.sheets.filter((x) => x !== s);
      if (book.activeSheet === s.name) book.activeSheet = book.sheets.find((x) => x.visibility === 'Visible')?.name ?? null;
    });
  }
  activate(): void {
    this.invoke('activate', [], (s) => {
      if (s.visibility !== 'Visible') fail('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.session.book.activeSheet = s.name;
    });
  }
}

function checkSheetName(book: FakeBook, name: string, self: FakeSheet | null): void {
  if (name === '' || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) fail('InvalidArgument', `Invalid sheet name ${name}`);
  if (book.sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase())) fail('ItemAlreadyExists', `A sheet named ${name} exists.`);
}

export class FakeProtection extends ClientObject<{ get(): boolean }> {
  protected property(s: { get(): boolean }, name: string): unknown {
    if (name === 'protected') return s.get();
    return fail('InvalidArgument', name);
  }
  get protected(): boolean {
    return this.get('protected');
  }
}

export class FakeWorksheets extends Collection<FakeBook, FakeWorksheet> {
  protected list(book: FakeBook): FakeWorksheet[] {
    return book.sheets.map((s) => sheetProxy(this.session, s));
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.session, this.derived((book) => findSheet(book, key)), 'Worksheet');
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.session, this.derived((book) => findSheet(book, key)), 'Worksheet', true);
  }
  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.invoke('add', [name], (book) => {
      if (book.protected) fail('AccessDenied', 'The workbook structure is protected.');
      checkSheetName(book, name, null);
      created = newSheet(book, name);
      book.sheets.push(created);
    });
    return new FakeWorksheet(this.session, () => (created && this.session.book.sheets.includes(created) ? created : null), 'Worksheet');
  }
}

function findSheet(book: FakeBook, key: string): FakeSheet | null {
  return book.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase()) ?? null;
}

/** A proxy bound to one sheet for as long as it exists (renames do not lose it). */
function sheetProxy(session: Session, sheet: FakeSheet): FakeWorksheet {
  return new FakeWorksheet(session, () => (session.book.sheets.includes(sheet) ? sheet : null), 'Worksheet');
}

export class FakeSetting extends ClientObject<{ book: FakeBook; key: string }> {
  protected property(s: { book: FakeBook; key: string }, name: string): unknown {
    if (name === 'value') return s.book.settings.get(s.key);
    return fail('InvalidArgument', name);
  }
  get value(): unknown {
    return this.get('value');
  }
  delete(): void {
    this.invoke('delete', [], (s) => {
      s.book.settings.delete(s.key);
    });
  }
}

export class FakeSettings extends ClientObject<FakeBook> {
  protected property(): unknown {
    return undefined;
  }
  add(key: string, value: unknown): FakeSetting {
    this.invoke('add', [key, value], (book) => {
      book.settings.set(key, value);
    });
    return new FakeSetting(this.session, this.derived((book) => ({ book, key })), 'Setting');
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.session, this.derived((book) => (book.settings.has(key) ? { book, key } : null)), 'Setting', true);
  }
}

export class FakeWorkbook extends ClientObject<FakeBook> {
  protected property(): unknown {
    return undefined;
  }
  get worksheets(): FakeWorksheets {
    return new FakeWorksheets(this.session, this.derived((b) => b), 'WorksheetCollection');
  }
  get settings(): FakeSettings {
    return new FakeSettings(this.session, this.derived((b) => b), 'SettingCollection');
  }
  get protection(): FakeProtection {
    return new FakeProtection(this.session, this.derived((b) => ({ get: () => b.protected })), 'WorkbookProtection');
  }
}

export class FakeApplication {
  constructor(private readonly session: Session) {}
  suspendApiCalculationUntilNextSync(): void {
    this.session.queue({ call: 'Application.suspendApiCalculationUntilNextSync' }, () => this.session.suspendedCalculation());
  }
}
