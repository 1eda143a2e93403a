import { a1 } from '../address';
import type { Delivery, HeaderInfo, Initiative, Sourced, StatusReading } from '../overview';
import { isoDay, type Milestone } from '../parse/time';
import type { Status } from '../status';
import { Records } from '../records';
import { cellDate, type SheetView } from './cells';

/**
 * The initiatives of an overview as numbers in a few typed arrays, with the sheet they
 * were read from; the `Initiative`s handed out are views over one row each.
 *
 * Why (SPEC §7, 100 000 initiatives in under a second): an object per field, per delivery
 * cell and per milestone came to some 25 small objects kept per initiative, and copying
 * them through the young generation took half the budget; so did pushing onto arrays of
 * pointers. Here a row keeps a record of integers, its id and title, and nothing else:
 * texts are read from the sheet when asked (the grid is kept anyway), and the small objects
 * a view builds die young, which costs the garbage collector next to nothing.
 */

/** The sheet column (1-based) of each field, 0 where the sheet has no such column. */
export interface FieldColumns {
  id: number;
  title: number;
  area: number;
  contact: number;
  email: number;
  office: number;
  status: number;
  remark: number;
}

/** What the reader decided about one row; its deliveries go in through `addDelivery` first. */
export interface InitiativeValues {
  row: number;
  id: string | null;
  title: string | null;
  areaId: string | null;
  areaSource: Initiative['areaSource'];
  /** The section row's cell when the area came from one (the area column's cell is derived). */
  sectionCell: string | null;
  statusFromText: Status | null;
  statusFromFill: Status | null;
  status: Status | null;
  completed: boolean | null;
  political: boolean | null;
}

// Fields of an initiative record.
const ROW = 0;
const AREA = 1;
const SECTION_CELL = 2;
/** The small codes, three bits each (see `FLAG`). */
const FLAGS = 3;
/** One past its last delivery (its deliveries are added before it). */
const END_DELIVERY = 4;
/** Where each code sits in FLAGS. */
const FLAG = { statusText: 0, statusFill: 3, status: 6, areaSource: 9, completed: 12, political: 15 } as const;
// Fields of a delivery record: which year column (index into the header's years), its first milestone.
const YEAR_AT = 0;
const FIRST_MILESTONE = 1;
// Fields of a milestone record: where it sits in the cell's text, its first and due days (yyyymmdd).
const FROM = 0;
const TO = 1;
const START = 2;
const DUE = 3;

const STATUS_CODES: readonly (Status | null)[] = [null, 'green', 'yellow', 'red', 'done'];
const SOURCE_CODES: readonly Initiative['areaSource'][] = [null, 'column', 'section', 'id'];
/** Shared by every cell without a milestone; readonly to the type checker, not frozen, so all lists stay one kind of array for V8. */
const NO_MILESTONES: readonly Milestone[] = [];

const boolCode = (b: boolean | null): number => (b === null ? 0 : b ? 2 : 1);
const codeBool = (n: number): boolean | null => (n === 0 ? null : n === 2);

export class InitiativeTable {
  private readonly initiatives: Records;
  private readonly deliveries: Records;
  private readonly marks: Records;
  private readonly ids: (string | null)[] = [];
  private readonly titles: (string | null)[] = [];
  /** Area ids and section cells repeat from row to row: each is kept once and numbered. */
  private readonly strings: (string | null)[] = [null];
  private readonly numbers = new Map<string, number>();
  private lastString: string | null = null;
  private lastNumber = 0;

  /** `initiatives` and `deliveries`: how many rows and filled year cells the reader expects. */
  constructor(
    readonly view: SheetView,
    readonly columns: FieldColumns,
    private readonly years: HeaderInfo['years'],
    initiatives: number,
    deliveries: number,
  ) {
    this.initiatives = new Records(5, initiatives);
    this.deliveries = new Records(2, deliveries);
    // Most delivery cells name at most one milestone.
    this.marks = new Records(4, deliveries);
  }

  get length(): number {
    return this.initiatives.count;
  }

  /** A delivery cell of the row about to be added, in the header's `at`-th year column; its milestones follow through `addMilestone`. */
  addDelivery(at: number): void {
    const record = this.deliveries.next();
    this.deliveries.set(record, YEAR_AT, at);
    this.deliveries.set(record, FIRST_MILESTONE, this.marks.count);
  }

  /** A milestone of the last delivery cell added: its place in the cell's text, its days as `yyyymmdd`. */
  readonly addMilestone = (from: number, to: number, start: number, due: number): void => {
    const at = this.marks.next();
    this.marks.set(at, FROM, from);
    this.marks.set(at, TO, to);
    this.marks.set(at, START, start);
    this.marks.set(at, DUE, due);
  };

  add(v: InitiativeValues): void {
    const at = this.initiatives.next();
    this.initiatives.set(at, ROW, v.row);
    this.initiatives.set(at, AREA, this.number(v.areaId));
    this.initiatives.set(at, SECTION_CELL, this.number(v.sectionCell));
    this.initiatives.set(
      at,
      FLAGS,
      (STATUS_CODES.indexOf(v.statusFromText) << FLAG.statusText) |
        (STATUS_CODES.indexOf(v.statusFromFill) << FLAG.statusFill) |
        (STATUS_CODES.indexOf(v.status) << FLAG.status) |
        (SOURCE_CODES.indexOf(v.areaSource) << FLAG.areaSource) |
        (boolCode(v.completed) << FLAG.completed) |
        (boolCode(v.political) << FLAG.political),
    );
    this.initiatives.set(at, END_DELIVERY, this.deliveries.count);
    this.ids.push(v.id);
    this.titles.push(v.title);
  }

  /** A view per row, in sheet order. */
  views(): Initiative[] {
    const out = new Array<Initiative>(this.length);
    for (let k = 0; k < out.length; k++) out[k] = new InitiativeRow(this, k);
    return out;
  }

  private number(s: string | null): number {
    if (s === null) return 0;
    // Rows come in runs under one section: most rows repeat the last one asked for.
    if (s === this.lastString) return this.lastNumber;
    let n = this.numbers.get(s);
    if (n === undefined) {
      n = this.strings.push(s) - 1;
      this.numbers.set(s, n);
    }
    this.lastString = s;
    this.lastNumber = n;
    return n;
  }

  field(k: number, f: number): number {
    return this.initiatives.get(k, f);
  }

  /** Row k's deliveries are firstDelivery(k) … endDelivery(k) - 1. */
  firstDelivery(k: number): number {
    return k === 0 ? 0 : this.initiatives.get(k - 1, END_DELIVERY);
  }

  endDelivery(k: number): number {
    return this.initiatives.get(k, END_DELIVERY);
  }

  string(k: number, f: number): string | null {
    return this.strings[this.initiatives.get(k, f)];
  }

  private flag(k: number, at: number): number {
    return (this.initiatives.get(k, FLAGS) >> at) & 7;
  }

  status(k: number, which: 'statusText' | 'statusFill' | 'status'): Status | null {
    return STATUS_CODES[this.flag(k, FLAG[which])];
  }

  areaSource(k: number): Initiative['areaSource'] {
    return SOURCE_CODES[this.flag(k, FLAG.areaSource)];
  }

  bool(k: number, which: 'completed' | 'political'): boolean | null {
    return codeBool(this.flag(k, FLAG[which]));
  }

  id(k: number): string | null {
    return this.ids[k];
  }

  title(k: number): string | null {
    return this.titles[k];
  }

  /** The trimmed text of a cell; null when empty or when the sheet has no such column (0). */
  text(row: number, col: number): string | null {
    if (col === 0) return null;
    const text = this.view.text(row, col);
    return text === '' ? null : text;
  }

  deliveryYear(j: number): number {
    return this.years[this.deliveries.get(j, YEAR_AT)].year;
  }

  deliveryCol(j: number): number {
    return this.years[this.deliveries.get(j, YEAR_AT)].col;
  }

  milestones(j: number, text: string): readonly Milestone[] {
    const from = this.deliveries.get(j, FIRST_MILESTONE);
    const to = j + 1 === this.deliveries.count ? this.marks.count : this.deliveries.get(j + 1, FIRST_MILESTONE);
    if (from === to) return NO_MILESTONES;
    const out: Milestone[] = [];
    for (let m = from; m < to; m++) {
      const due = this.marks.get(m, DUE);
      out.push(new CellMilestone(text, this.marks.get(m, FROM), this.marks.get(m, TO), isoDay(this.marks.get(m, START)), isoDay(due), Math.floor(due / 10000)));
    }
    return out;
  }
}

/** A milestone of a delivery cell, its text cut from the cell's only when asked (for a finding). */
class CellMilestone implements Milestone {
  constructor(
    private readonly cellText: string,
    private readonly from: number,
    private readonly to: number,
    readonly start: string,
    readonly due: string,
    readonly year: number,
  ) {}

  get text(): string {
    return this.cellText.slice(this.from, this.to);
  }
}

/** A value with the cell it came from, its A1 address built only when asked (column 0: none). */
class SheetField<T> implements Sourced<T> {
  constructor(
    public value: T,
    private readonly row: number,
    private readonly col: number,
  ) {}

  get cell(): string {
    return this.col === 0 ? '' : a1(this.row, this.col);
  }
}

class StatusField implements StatusReading {
  constructor(
    private readonly t: InitiativeTable,
    private readonly k: number,
  ) {}

  get fromText(): Status | null {
    return this.t.status(this.k, 'statusText');
  }

  get fromFill(): Status | null {
    return this.t.status(this.k, 'statusFill');
  }

  get text(): string {
    return this.t.text(this.t.field(this.k, ROW), this.t.columns.status) ?? '';
  }

  get value(): Status | null {
    return this.t.status(this.k, 'status');
  }

  get cell(): string {
    const col = this.t.columns.status;
    return col === 0 ? '' : a1(this.t.field(this.k, ROW), col);
  }
}

class DeliveryCell implements Delivery {
  constructor(
    private readonly t: InitiativeTable,
    private readonly j: number,
    private readonly row: number,
  ) {}

  get year(): number {
    return this.t.deliveryYear(this.j);
  }

  get text(): string {
    return this.t.view.text(this.row, this.t.deliveryCol(this.j));
  }

  get date(): string | undefined {
    return cellDate(this.t.view.cell(this.row, this.t.deliveryCol(this.j)));
  }

  get cell(): string {
    return a1(this.row, this.t.deliveryCol(this.j));
  }

  /** Kept once built: a delivery cell is asked by two rules, and lives only as long as its row's list. */
  private known?: readonly Milestone[];

  get milestones(): readonly Milestone[] {
    this.known ??= this.t.milestones(this.j, this.text);
    return this.known;
  }
}

class InitiativeRow implements Initiative {
  constructor(
    private readonly t: InitiativeTable,
    private readonly k: number,
  ) {}

  get row(): number {
    return this.t.field(this.k, ROW);
  }

  get id(): Sourced<string | null> {
    return new SheetField(this.t.id(this.k), this.row, this.t.columns.id);
  }

  get title(): Sourced<string | null> {
    return new SheetField(this.t.title(this.k), this.row, this.t.columns.title);
  }

  get areaId(): string | null {
    return this.t.string(this.k, AREA);
  }

  get areaSource(): Initiative['areaSource'] {
    return this.t.areaSource(this.k);
  }

  get areaCell(): string | null {
    return this.areaSource === 'column' ? a1(this.row, this.t.columns.area) : this.t.string(this.k, SECTION_CELL);
  }

  get deliveries(): Delivery[] {
    const row = this.row;
    const out: Delivery[] = [];
    for (let j = this.t.firstDelivery(this.k), end = this.t.endDelivery(this.k); j < end; j++) out.push(new DeliveryCell(this.t, j, row));
    return out;
  }

  private text(col: number): Sourced<string | null> {
    return new SheetField(this.t.text(this.row, col), this.row, col);
  }

  get contact(): Sourced<string | null> {
    return this.text(this.t.columns.contact);
  }

  get email(): Sourced<string | null> {
    return this.text(this.t.columns.email);
  }

  get office(): Sourced<string | null> {
    return this.text(this.t.columns.office);
  }

  get status(): StatusReading {
    return new StatusField(this.t, this.k);
  }

  get remark(): Sourced<string | null> {
    return this.text(this.t.columns.remark);
  }

  get completed(): boolean | null {
    return this.t.bool(this.k, 'completed');
  }

  get political(): boolean | null {
    return this.t.bool(this.k, 'political');
  }
}
