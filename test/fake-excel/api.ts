/**
 * Proxy objects with the Excel JavaScript API's rules: reading a property throws
 * `PropertyNotLoaded` until it was `load()`ed and `context.sync()` ran; writes and method
 * calls are queued and applied, in order, at `sync()`; objects returned by methods are
 * resolved only then (so a missing sheet fails the sync with `ItemNotFound`); `*OrNullObject`
 * methods give objects whose `isNullObject` tells. Only the parts the adapter uses exist.
 */
import { dateToSerial } from '../../src/core/dateserial';
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
  type SpecialValueKind,
} from './state';
import { ActionType, PathType, pascal, type ObjectPath, type RequestQueue } from './request';

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

/** What a context needs from the fake: the book, the request being built, Excel's limits. */
export interface Session {
  book: FakeBook;
  requests: RequestQueue;
  /** Largest range a single get may cover (Excel on the web: 5 million cells). */
  maxCellsPerGet: number;
  /** Largest range `getCellProperties` may cover (50 000 cells). */
  maxCellsPerProperties: number;
  /** Most merged areas `getMergedAreasOrNullObject` may return (512). */
  maxMergedAreas: number;
  suspendedCalculation(): void;
}

type Locate<S> = () => S | null;

function splitProps(props?: string | string[] | { select?: string }): string[] {
  const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : (props?.select?.split(',') ?? []);
  return list.map((p) => p.trim()).filter((p) => p !== '');
}

abstract class ClientObject<S> {
  private readonly loaded = new Map<string, unknown>();
  private where: ObjectPath | null = null;
  /** Navigation objects reached through dotted names (`font.bold`), one per name as Office.js caches them. */
  private readonly navigations = new Map<string, ObjectPath>();
  private readonly children = new Map<string, ClientObject<unknown>>();

  constructor(
    protected readonly session: Session,
    private readonly locate: Locate<S>,
    protected readonly kind: string,
    private nullable = false,
  ) {}

  /** The object path Office.js would send for this proxy. */
  get objectPath(): ObjectPath {
    if (!this.where) throw new Error(`the fake made a ${this.kind} without an object path`);
    return this.where;
  }

  /** The root object (the workbook), a global object path with its Instantiate action. */
  asRoot(): this {
    this.where = this.session.requests.path(null, PathType.GlobalObject, '');
    this.session.requests.act(ActionType.Instantiate, '', this.where, {});
    return this;
  }

  /**
   * `child` reached from this object: a navigation property (no `args`) or a method returning
   * an object (`getRange(…)`, `add(…)`), recorded as an object path and an Instantiate action.
   * `apply` is what a creating method does to the workbook, at that point of the request.
   */
  protected made<T extends ClientObject<unknown>>(child: T, dotted: string, args?: unknown[], apply?: (s: S) => void): T {
    const { path, name } = this.navigate(dotted);
    // What is reached from a null object is a null object too (Office.js sends it all the same).
    if (this.nullable) child.nullable = true;
    child.where = this.session.requests.path(path, args === undefined ? PathType.Property : PathType.Method, name, args);
    this.session.requests.act(ActionType.Instantiate, '', child.where, {}, apply ? () => void apply(this.state()) : undefined);
    return child;
  }

  /** A navigation property's object, made once per parent as Office.js caches it. */
  protected nav<T extends ClientObject<unknown>>(dotted: string, make: () => T): T {
    let child = this.children.get(dotted);
    if (!child) {
      child = this.made(make(), dotted);
      this.children.set(dotted, child);
    }
    return child as T;
  }

  /** An item of this loaded collection: Office.js makes its path while reading the response, with no action. */
  protected item<T extends ClientObject<unknown>>(child: T, index: number): T {
    child.where = this.session.requests.path(this.objectPath, PathType.Indexer, '', [index]);
    return child;
  }

  /** The object a dotted name (`format.fill.color`) ends on, and the last name. */
  private navigate(dotted: string): { path: ObjectPath; name: string } {
    const parts = dotted.split('.');
    let path = this.objectPath;
    for (let k = 0; k < parts.length - 1; k++) {
      const key = parts.slice(0, k + 1).join('.');
      let next = this.navigations.get(key);
      if (!next) {
        next = this.session.requests.path(path, PathType.Property, pascal(parts[k]));
        this.session.requests.act(ActionType.Instantiate, '', next, {});
        this.navigations.set(key, next);
      }
      path = next;
    }
    return { path, name: pascal(parts[parts.length - 1]) };
  }

  /** The object's data at sync time; a missing object fails the request. */
  protected state(): S {
    const s = this.locate();
    if (s === null) fail('ItemNotFound', `The requested ${this.kind} does not exist.`);
    return s;
  }

  /** For objects derived from this one: resolved at sync time, failing if this one is missing. */
  protected derived<T>(f: (s: S) => T | null): Locate<T> {
    return () => {
      const s = this.locate();
      if (s !== null) return f(s);
      return this.nullable ? null : fail('ItemNotFound', `The requested ${this.kind} does not exist.`);
    };
  }

  /** The object's data at sync time, or null for a null object. */
  resolve(): S | null {
    return this.locate();
  }

  protected abstract property(state: S, name: string): unknown;

  load(props?: string | string[] | { select?: string }): this {
    const names = splitProps(props);
    this.session.requests.act(ActionType.Query, '', this.objectPath, { select: names }, () => {
      const s = this.nullable ? this.locate() : this.state();
      this.loaded.set('isNullObject', s === null);
      if (s === null) return null;
      const value: Record<string, unknown> = {};
      for (const name of names) {
        const v = this.property(s, name);
        this.loaded.set(name, v);
        value[pascal(name)] = v;
      }
      return value;
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

  /** A property write (`format.fill.color = …`): a SetProperty action. */
  protected put(prop: string, value: unknown, apply: (s: S) => void): void {
    const { path, name } = this.navigate(prop);
    this.session.requests.act(ActionType.SetProperty, name, path, { args: [value] }, () => void apply(this.state()));
  }

  /** A call returning nothing (`delete()`, `merge(false)`): a Method action. */
  protected invoke(method: string, args: unknown[], apply: (s: S) => void): void {
    const { path, name } = this.navigate(method);
    this.session.requests.act(ActionType.Method, name, path, { args }, () => void apply(this.state()));
  }

  /** A call returning a value (`getCellProperties`, `functions.date`): a Method action with a result. */
  protected compute<T>(method: string, args: unknown[], f: (s: S) => T): FakeClientResult<T> {
    const result = new FakeClientResult<T>();
    const { path, name } = this.navigate(method);
    this.session.requests.act(ActionType.Method, name, path, { args }, () => {
      const value = f(this.state());
      result.set(value);
      return value;
    });
    return result;
  }

  get isNullObject(): boolean {
    return this.get<boolean>('isNullObject');
  }

  /** At sync time: whether this is a null object. */
  protected isNull(): boolean {
    return this.nullable && this.locate() === null;
  }
}

/** A collection's `load('items/a,items/b')`: loads the listed properties of every item. */
abstract class Collection<S, I extends ClientObject<unknown>> extends ClientObject<S> {
  /** The items, each made with `this.item(…)` so it has its path. */
  protected abstract list(state: S): I[];

  protected property(state: S, name: string): unknown {
    return fail('InvalidArgument', `Unknown property ${name} on ${this.kind} (${String(state)})`);
  }

  override load(props?: string | string[] | { select?: string }): this {
    const names = splitProps(props).map((p) => p.replace(/^items\//, ''));
    this.session.requests.act(ActionType.Query, '', this.objectPath, { select: names }, () => {
      const isNull = this.isNull();
      this.setLoaded('isNullObject', isNull);
      if (isNull) {
        this.setLoaded('items', []);
        return null;
      }
      const items = this.list(this.state());
      const values = items.map((item) => {
        const value: Record<string, unknown> = {};
        for (const name of names) {
          const v = (item as unknown as { property(s: unknown, n: string): unknown }).property((item as unknown as { state(): unknown }).state(), name);
          item.setLoaded(name, v);
          value[pascal(name)] = v;
        }
        return value;
      });
      this.setLoaded('items', items);
      return { _Items: values };
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
      getItem: (edge: string) => this.made(new FakeBorderItem(this.session, this.derived((range) => ({ range, edge })), 'RangeBorder'), 'borders.getItem', [edge]),
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

/** The one navigation path the fake loads through a collection's items: a custom format's formula. */
const CUSTOM_FORMULA = 'customOrNullObject/rule/formula';

export class FakeConditionalFormatItem extends ClientObject<FakeConditionalFormat> {
  protected property(state: FakeConditionalFormat, name: string): unknown {
    if (name === 'type') return state.type;
    if (name === CUSTOM_FORMULA) return state.type === 'Custom' ? (state.formula ?? '') : null;
    return fail('InvalidArgument', name);
  }
  get type(): string {
    return this.get('type');
  }
  /** As far as it is loaded through `items/customOrNullObject/rule/formula`: null for a format of another type. */
  get customOrNullObject(): { isNullObject: boolean; rule: { formula: string } } {
    const formula = this.get<string | null>(CUSTOM_FORMULA);
    return { isNullObject: formula === null, rule: { formula: formula ?? '' } };
  }
  get custom() {
    const cf = this;
    const rule = this.nav('custom.rule', () => new FakeCfRule(this.session, this.derived((s) => (s.type === 'Custom' ? s : fail('InvalidOperation', 'Not a custom conditional format.'))), 'ConditionalFormatRule'));
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
  /** The cells the format applies to, as a RangeAreas (its areas as they were given). */
  getRanges(): FakeRange {
    return this.made(new FakeRange(this.session, this.derived((s) => ({ sheet: this.sheetOf(s), rects: s.rects })), 'RangeAreas'), 'getRanges', []);
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
      .map((cf, k) => this.item(new FakeConditionalFormatItem(this.session, () => (state.sheet.conditionalFormats.includes(cf) ? cf : null), 'ConditionalFormat'), k));
  }
  add(type: string): FakeConditionalFormatItem {
    let created: FakeConditionalFormat | null = null;
    return this.made(new FakeConditionalFormatItem(this.session, () => created, 'ConditionalFormat'), 'add', [type], (s) => {
      assertWritable(s.sheet);
      created = { id: FakeConditionalFormats.nextId++, type, rects: s.rects.map((r) => ({ ...r })), borders: {} };
      s.sheet.conditionalFormats.push(created);
    });
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
    // Not `derived`: that would make the areas of a null object a null object too.
    return this.nav('areas', () => new FakeRangeCollection(this.session, () => this.state(), 'RangeCollection'));
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
    return this.nav('format', () => new FakeRangeFormat(this.session, this.derived((s) => s), 'RangeFormat'));
  }
  get conditionalFormats(): FakeConditionalFormats {
    return this.nav('conditionalFormats', () => new FakeConditionalFormats(this.session, this.derived((s) => s), 'ConditionalFormatCollection'));
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
  /** Only fill colours are modelled; Excel refuses more than 50 000 cells per call. */
  getCellProperties(options: { format?: { fill?: { color?: boolean } } }): FakeClientResult<{ format?: { fill?: { color?: string } } }[][]> {
    return this.compute('getCellProperties', [options], (s) =>
      readMatrix(s, this.session.maxCellsPerProperties, (cell) => ({ format: { fill: { color: cell?.fill ?? '#FFFFFF' } } })),
    );
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
    if ((cellType !== 'Constants' && cellType !== 'Formulas') || (cellValueType !== undefined && !['All', 'Errors', 'Numbers'].includes(cellValueType))) {
      throw new Error(`getSpecialCells(${cellType}, ${cellValueType}) is not modelled by the fake`);
    }
    const range = new FakeRange(
      this.session,
      this.derived((s) => {
        const rects = specialRects(s.sheet, s.rects, cellType, (cellValueType ?? 'All') as SpecialValueKind);
        if (rects.length > 0) return { sheet: s.sheet, rects };
        return nullable ? null : fail('ItemNotFound', 'No cells were found.');
      }),
      'RangeAreas',
      nullable,
    );
    const args = cellValueType === undefined ? [cellType] : [cellType, cellValueType];
    return this.made(range, nullable ? 'getSpecialCellsOrNullObject' : 'getSpecialCells', args);
  }
  /** The part of this range inside `other` (a Range of the same sheet or an address); a null object when none. */
  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    const range = new FakeRange(
      this.session,
      this.derived((s) => {
        const theirs = typeof other === 'string' ? null : other.resolve();
        if (typeof other !== 'string' && theirs === null) return null;
        const rect = theirs === null ? (parseAddress(other as string) ?? fail('InvalidArgument', String(other))) : theirs.rects[0];
        const mine = s.rects[0];
        const cut = { top: Math.max(mine.top, rect.top), left: Math.max(mine.left, rect.left), bottom: Math.min(mine.bottom, rect.bottom), right: Math.min(mine.right, rect.right) };
        return cut.top <= cut.bottom && cut.left <= cut.right ? { sheet: s.sheet, rects: [cut] } : null;
      }),
      'Range',
      true,
    );
    return this.made(range, 'getIntersectionOrNullObject', [typeof other === 'string' ? other : null]);
  }
  getMergedAreasOrNullObject(): FakeRange {
    const range = new FakeRange(
      this.session,
      this.derived((s) => {
        const merges = s.sheet.merges.filter((m) => s.rects.some((r) => intersects(m, r)));
        if (merges.length > this.session.maxMergedAreas) fail('GeneralException', `More than ${this.session.maxMergedAreas} merged areas.`);
        return merges.length === 0 ? null : { sheet: s.sheet, rects: merges };
      }),
      'RangeAreas',
      true,
    );
    return this.made(range, 'getMergedAreasOrNullObject', []);
  }
}

/** `RangeAreas.areas`: one Range per rectangle. */
export class FakeRangeCollection extends Collection<RangeState, FakeRange> {
  protected list(state: RangeState): FakeRange[] {
    return state.rects.map((rect, k) => this.item(new FakeRange(this.session, () => ({ sheet: state.sheet, rects: [rect] }), 'Range'), k));
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
    return sheet.names.map((n, k) => this.item(new FakeNamedItem(this.session, () => n, 'NamedItem'), k));
  }
  add(name: string, reference: string): FakeNamedItem {
    let created: FakeName | null = null;
    return this.made(new FakeNamedItem(this.session, () => created, 'NamedItem'), 'add', [name, reference], (sheet) => {
      if (!/^[A-Za-z_\\][\w.\\]*$/.test(name) || parseAddress(name)) fail('InvalidArgument', `The name ${name} is not valid.`);
      if (sheet.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) fail('ItemAlreadyExists', name);
      created = { name, formula: reference, visible: true };
      sheet.names.push(created);
    });
  }
  getItem(name: string): FakeNamedItem {
    return this.made(new FakeNamedItem(this.session, this.derived((sheet) => sheet.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null), 'NamedItem'), 'getItem', [name]);
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return this.made(new FakeNamedItem(this.session, this.derived((sheet) => sheet.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null), 'NamedItem', true), 'getItemOrNullObject', [name]);
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
    return this.made(new FakeRange(this.session, this.derived((s) => ({ sheet: s.sheet, rects: [s.table.rect] })), 'Range'), 'getRange', []);
  }
}

export class FakeTables extends Collection<FakeSheet, FakeTableItem> {
  protected list(sheet: FakeSheet): FakeTableItem[] {
    return sheet.tables.map((table, k) => this.item(new FakeTableItem(this.session, () => ({ sheet, table }), 'Table'), k));
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
  /** The note's cell. */
  getLocation(): FakeRange {
    const range = new FakeRange(this.session, this.derived((s) => ({ sheet: s.sheet, rects: [parseAddress(s.cell) ?? fail('InvalidArgument', s.cell)] })), 'Range');
    return this.made(range, 'getLocation', []);
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

export class FakeNotes extends Collection<FakeSheet, FakeNote> {
  protected list(sheet: FakeSheet): FakeNote[] {
    return [...sheet.notes.keys()].map((cell, k) => this.item(new FakeNote(this.session, () => (sheet.notes.has(cell) ? { sheet, cell } : null), 'Note'), k));
  }
  add(cellAddress: string, content: string): FakeNote {
    const cell = noteKey(cellAddress);
    return this.made(new FakeNote(this.session, this.derived((sheet) => ({ sheet, cell })), 'Note'), 'add', [cellAddress, content], (sheet) => {
      assertWritable(sheet);
      if (sheet.notes.has(cell)) fail('InvalidArgument', `The cell ${cell} already has a note.`);
      sheet.notes.set(cell, content);
    });
  }
  getItemOrNullObject(cellAddress: string): FakeNote {
    const cell = noteKey(cellAddress);
    return this.made(new FakeNote(this.session, this.derived((sheet) => (sheet.notes.has(cell) ? { sheet, cell } : null)), 'Note', true), 'getItemOrNullObject', [cellAddress]);
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
      getItemAt: (index: number) => this.made(new FakeSeries(this.session, this.derived((chart) => ({ chart, index })), 'ChartSeries'), 'series.getItemAt', [index]),
      add: (name: string) => {
        let index = -1;
        return this.made(new FakeSeries(this.session, this.derived((chart) => ({ chart, index })), 'ChartSeries'), 'series.add', [name], (c) => {
          index = c.series.push({ name, values: '' }) - 1;
        });
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
    return this.made(new FakeChartItem(this.session, () => created, 'Chart'), 'add', [type, seriesBy], (sheet) => {
      assertWritable(sheet);
      const rect = loc.state().rects[0];
      const series = [];
      for (let c = rect.left; c <= rect.right; c++) {
        series.push({ name: `Series${series.length + 1}`, values: rectAddress({ ...rect, left: c, right: c }) });
      }
      created = { type, series };
      sheet.charts.push(created);
    });
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
    return this.nav('protection', () => new FakeProtection(this.session, this.derived((s) => ({ get: () => s.protected })), 'WorksheetProtection'));
  }
  get names(): FakeNamedItems {
    return this.nav('names', () => new FakeNamedItems(this.session, this.derived((s) => s), 'NamedItemCollection'));
  }
  get tables(): FakeTables {
    return this.nav('tables', () => new FakeTables(this.session, this.derived((s) => s), 'TableCollection'));
  }
  get notes(): FakeNotes {
    return this.nav('notes', () => new FakeNotes(this.session, this.derived((s) => s), 'NoteCollection'));
  }
  get charts(): FakeCharts {
    return this.nav('charts', () => new FakeCharts(this.session, this.derived((s) => s), 'ChartCollection'));
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
    const range = new FakeRange(
      this.session,
      this.derived((sheet) => {
        if (address === undefined) return { sheet, rects: [{ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }] };
        const rect = parseAddress(address) ?? fail('InvalidArgument', `Invalid address ${address}`);
        return { sheet, rects: [rect] };
      }),
      'Range',
    );
    return this.made(range, 'getRange', address === undefined ? [] : [address]);
  }
  getRanges(address: string): FakeRange {
    const range = new FakeRange(
      this.session,
      this.derived((sheet) => ({
        sheet,
        rects: address.split(',').map((a) => parseAddress(a) ?? fail('InvalidArgument', `Invalid address ${a}`)),
      })),
      'RangeAreas',
    );
    return this.made(range, 'getRanges', [address]);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    const range = new FakeRange(
      this.session,
      this.derived((sheet) => {
        if (row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > MAX_ROWS || col + cols > MAX_COLS) fail('InvalidArgument', 'Out of the sheet.');
        return { sheet, rects: [{ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }] };
      }),
      'Range',
    );
    return this.made(range, 'getRangeByIndexes', [row, col, rows, cols]);
  }
  /** Like Excel: the top-left cell (A1) when nothing is used. */
  getUsedRange(valuesOnly = false): FakeRange {
    const range = new FakeRange(
      this.session,
      this.derived((sheet) => ({ sheet, rects: [usedRect(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 }] })),
      'Range',
    );
    return this.made(range, 'getUsedRange', [valuesOnly]);
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const range = new FakeRange(
      this.session,
      this.derived((sheet) => {
        const rect = usedRect(sheet, valuesOnly);
        return rect ? { sheet, rects: [rect] } : null;
      }),
      'Range',
      true,
    );
    return this.made(range, 'getUsedRangeOrNullObject', [valuesOnly]);
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
  /** The sheet after this one (among the visible ones with `visibleOnly`), or a null object after the last. */
  getNextOrNullObject(visibleOnly = false): FakeWorksheet {
    const next = this.derived((s) => {
      const sheets = this.session.book.sheets;
      return sheets.slice(sheets.indexOf(s) + 1).find((x) => !visibleOnly || x.visibility === 'Visible') ?? null;
    });
    return this.made(new FakeWorksheet(this.session, next, 'Worksheet', true), 'getNextOrNullObject', [visibleOnly]);
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
    return book.sheets.map((s, k) => this.item(sheetProxy(this.session, s), k));
  }
  getItem(key: string): FakeWorksheet {
    return this.made(new FakeWorksheet(this.session, this.derived((book) => findSheet(book, key)), 'Worksheet'), 'getItem', [key]);
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return this.made(new FakeWorksheet(this.session, this.derived((book) => findSheet(book, key)), 'Worksheet', true), 'getItemOrNullObject', [key]);
  }
  /** The first sheet (among the visible ones with `visibleOnly`); ItemNotFound when there is none. */
  getFirst(visibleOnly = false): FakeWorksheet {
    const first = (book: FakeBook) => book.sheets.find((x) => !visibleOnly || x.visibility === 'Visible') ?? fail('ItemNotFound', 'No worksheet.');
    return this.made(new FakeWorksheet(this.session, this.derived(first), 'Worksheet'), 'getFirst', [visibleOnly]);
  }
  /** The sheet the user is on: the first visible one when none was activated. */
  getActiveWorksheet(): FakeWorksheet {
    const active = (book: FakeBook) => book.sheets.find((x) => x.name === book.activeSheet) ?? book.sheets.find((x) => x.visibility === 'Visible') ?? null;
    return this.made(new FakeWorksheet(this.session, this.derived(active), 'Worksheet'), 'getActiveWorksheet', []);
  }
  add(name: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    const sheet = new FakeWorksheet(this.session, () => (created && this.session.book.sheets.includes(created) ? created : null), 'Worksheet');
    return this.made(sheet, 'add', [name], (book) => {
      if (book.protected) fail('AccessDenied', 'The workbook structure is protected.');
      checkSheetName(book, name, null);
      created = newSheet(book, name);
      book.sheets.push(created);
    });
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
    return this.made(new FakeSetting(this.session, this.derived((book) => ({ book, key })), 'Setting'), 'add', [key, value], (book) => {
      book.settings.set(key, value);
    });
  }
  getItemOrNullObject(key: string): FakeSetting {
    return this.made(new FakeSetting(this.session, this.derived((book) => (book.settings.has(key) ? { book, key } : null)), 'Setting', true), 'getItemOrNullObject', [key]);
  }
}

export class FakeWorkbook extends ClientObject<FakeBook> {
  protected property(): unknown {
    return undefined;
  }
  get worksheets(): FakeWorksheets {
    return this.nav('worksheets', () => new FakeWorksheets(this.session, this.derived((b) => b), 'WorksheetCollection'));
  }
  get settings(): FakeSettings {
    return this.nav('settings', () => new FakeSettings(this.session, this.derived((b) => b), 'SettingCollection'));
  }
  get protection(): FakeProtection {
    return this.nav('protection', () => new FakeProtection(this.session, this.derived((b) => ({ get: () => b.protected })), 'WorkbookProtection'));
  }
  get application(): FakeApplication {
    return this.nav('application', () => new FakeApplication(this.session, this.derived((b) => b), 'Application'));
  }
  get functions(): FakeFunctions {
    return this.nav('functions', () => new FakeFunctions(this.session, this.derived((b) => b), 'Functions'));
  }
}

export class FakeApplication extends ClientObject<FakeBook> {
  protected property(): unknown {
    return undefined;
  }
  suspendApiCalculationUntilNextSync(): void {
    this.invoke('suspendApiCalculationUntilNextSync', [], () => this.session.suspendedCalculation());
  }
}

/** `workbook.functions`: only DATE, which tells the date system (serial 0 is 1904-01-01 in the 1904 system). */
export class FakeFunctions extends ClientObject<FakeBook> {
  protected property(): unknown {
    return undefined;
  }
  date(year: number, month: number, day: number): FakeFunctionResult {
    const result = new FakeFunctionResult(this.session, this.derived((book) => book), 'FunctionResult');
    result.serial = (book) => dateToSerial(new Date(Date.UTC(year, month - 1, day)), book.date1904);
    return this.made(result, 'date', [year, month, day]);
  }
}

export class FakeFunctionResult extends ClientObject<FakeBook> {
  serial: (book: FakeBook) => number = () => 0;
  protected property(book: FakeBook, name: string): unknown {
    if (name === 'value') return this.serial(book);
    if (name === 'error') return null;
    return fail('InvalidArgument', name);
  }
  get value(): number {
    return this.get('value');
  }
}
