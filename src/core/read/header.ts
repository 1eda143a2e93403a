import type { FieldName, HeaderInfo } from '../overview';
import { fieldOfHeader, headerDate, normalizeHeader, yearOfHeader } from './aliases';
import type { SheetView } from './cells';

/** How far down the header row is searched (SPEC §2). */
export const HEADER_SEARCH_ROWS = 30;
/** A sheet's head, what an overview is chosen on: the rows the header is searched in, and the one below (a two-row header). */
export const HEAD_ROWS = HEADER_SEARCH_ROWS + 1;

export interface HeaderCandidate {
  header: HeaderInfo;
  /** Distinct fields recognised; year columns count as one. */
  score: number;
}

function fieldsOfRow(view: SheetView, row: number): Map<FieldName, number[]> {
  const found = new Map<FieldName, number[]>();
  for (let col = view.firstCol; col <= view.lastCol; col++) {
    const field = fieldOfHeader(view.text(row, col));
    if (!field) continue;
    const cols = found.get(field) ?? [];
    cols.push(col);
    found.set(field, cols);
  }
  return found;
}

/** What a row holds that a header is made of: its fields and its year columns. */
interface RowHeads {
  fields: Map<FieldName, number[]>;
  years: { year: number; col: number }[];
  /** Whether the row names two fields or years or more, and shows nothing else: a second header row, not a data row with a `Gennemført` in it. */
  onlyHeads: boolean;
}

function headsOfRow(view: SheetView, row: number): RowHeads {
  const fields = fieldsOfRow(view, row);
  const years = yearsOfRow(view, row);
  let filled = 0;
  for (let col = view.firstCol; col <= view.lastCol; col++) if (!view.isBlank(row, col)) filled++;
  let named = years.length;
  for (const cols of fields.values()) named += cols.length;
  return { fields, years, onlyHeads: named >= 2 && named === filled };
}

function yearsOfRow(view: SheetView, row: number): { year: number; col: number }[] {
  const years: { year: number; col: number }[] = [];
  for (let col = view.firstCol; col <= view.lastCol; col++) {
    const cell = view.cell(row, col);
    const year = yearOfHeader(cell?.value ?? view.text(row, col), cell?.numFmt);
    if (year !== null) years.push({ year, col });
  }
  return years;
}

/**
 * The column a field is read from when several name it: the one whose header names the latest
 * date (`Status juni 2018`, `Status december 2018`: the sheet keeps each round's status), else
 * the first.
 */
function latestColumn(headText: (col: number) => string, cols: number[]): number {
  let best = cols[0];
  let bestDate = cols.length > 1 ? headerDate(headText(best)) : -1;
  for (let k = 1; k < cols.length; k++) {
    const date = headerDate(headText(cols[k]));
    if (date > bestDate) {
      best = cols[k];
      bestDate = date;
    }
  }
  return best;
}

/**
 * The fields of a two-row header whose second row names columns under a cell of the first:
 * `Kontaktperson` over `Navn` and `E-mail`, `Initiativ` over `Nr.` and `Titel`. The first
 * row's cell then heads a group, not a column of its own; a `Navn` under a contact group is
 * the contact's name, not the initiative's title.
 */
function withSubHeads(view: SheetView, row: number, top: RowHeads, below: RowHeads): Map<FieldName, number[]> {
  const topField = new Map<number, FieldName>();
  for (const [field, cols] of top.fields) for (const col of cols) topField.set(col, field);
  const groupOf = (col: number): number | null => {
    if (topField.has(col)) return col;
    const origin = view.mergeOrigin(row, col);
    return origin !== null && origin.row === row && topField.has(origin.col) ? origin.col : null;
  };
  const fields = new Map<FieldName, number[]>();
  const add = (field: FieldName, col: number) => fields.set(field, [...(fields.get(field) ?? []), col]);
  const groups = new Set<number>();
  for (const [field, cols] of below.fields) {
    for (const col of cols) {
      const group = groupOf(col);
      const parent = group === null ? undefined : topField.get(group);
      if (group !== null) groups.add(group);
      add(field === 'title' && (parent === 'contact' || parent === 'email') ? 'contact' : field, col);
    }
  }
  for (const [field, cols] of top.fields) for (const col of cols) if (!groups.has(col)) add(field, col);
  for (const cols of fields.values()) cols.sort((a, b) => a - b);
  return fields;
}

/**
 * Whether `row` is blank under every column of `fields`: a row of years under a header, not
 * the first initiative, whose `Frist` says `Q3 2019` but whose id cell is filled.
 */
function blankUnder(view: SheetView, row: number, fields: Map<FieldName, number[]>): boolean {
  for (const cols of fields.values()) for (const col of cols) if (!view.isBlank(row, col)) return false;
  return true;
}

/**
 * Reads `row` as a header, taking a second header row below it into account: a merged
 * `Tidshorisont` over the year columns, with the years one row down, and columns named
 * under a group cell (see `withSubHeads`).
 */
function candidateAt(view: SheetView, row: number, headsOf: (row: number) => RowHeads): HeaderCandidate | null {
  const top = headsOf(row);
  let { fields, years } = top;
  let lastRow = row;
  if (row < view.lastRow) {
    const below = headsOf(row + 1);
    const topScore = fields.size + (years.length > 0 ? 1 : 0);
    if (years.length === 0 && below.years.length > 0 && below.fields.size === 0 && blankUnder(view, row + 1, fields)) {
      years = below.years;
      lastRow = row + 1;
    } else if (topScore >= 2 && below.fields.size > 0 && below.onlyHeads) {
      fields = withSubHeads(view, row, top, below);
      if (years.length === 0) years = below.years;
      lastRow = row + 1;
    }
  }
  const score = fields.size + (years.length > 0 ? 1 : 0);
  if (score < 2) return null;

  // The text naming a column: in the second header row when it names one there.
  const headText = (col: number) => (lastRow !== row && fieldOfHeader(view.text(lastRow, col)) !== null ? view.text(lastRow, col) : view.text(row, col));
  const columns: Partial<Record<FieldName, number>> = {};
  for (const [field, cols] of fields) columns[field] = latestColumn(headText, cols);
  // `Initiativ` beside a `Nr.` column is the title; alone it may hold `1.1: Titel`.
  const isInitiativ = (col: number) => /^initiative?$/.test(normalizeHeader(headText(col)));
  const idCols = fields.get('id') ?? [];
  if (idCols.length > 1) {
    const plain = idCols.find((c) => !isInitiativ(c)) ?? idCols[0];
    columns.id = plain;
    if (columns.title === undefined) columns.title = idCols.find((c) => c !== plain && isInitiativ(c));
  }
  const combinedIdTitle = columns.id !== undefined && columns.title === undefined;
  return {
    header: { row: lastRow, top: row, columns, years, table: null, combinedIdTitle },
    score,
  };
}

/** The best header row in the first rows of the sheet, or null when no row looks like one. */
export function detectHeader(view: SheetView): HeaderCandidate | null {
  let best: HeaderCandidate | null = null;
  const last = Math.min(view.lastRow, view.firstRow + HEADER_SEARCH_ROWS - 1);
  // Each row is read once, though it is looked at as a header row and as the years below one.
  const heads: RowHeads[] = [];
  const headsOf = (row: number): RowHeads => (heads[row - view.firstRow] ??= headsOfRow(view, row));
  for (let row = view.firstRow; row <= last; row++) {
    const candidate = candidateAt(view, row, headsOf);
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  if (best) {
    const headerRow = best.header.row;
    const table = view.grid.tables.find((t) => t.headerRow && t.top + view.grid.originRow === headerRow);
    if (table) best.header.table = table.name;
    namesInKontakt(view, best.header);
  }
  return best;
}

/** How many filled cells below the header tell what a `Kontakt` column holds. */
const KONTAKT_SAMPLE = 20;

/**
 * `Kontakt` heads the e-mail column in the published overview, beside `Kontakt-person hos KL`.
 * A sheet with no contact-person column may write the names under it instead: when most of its
 * first filled cells hold no `@`, it is the contact column (else each name is email.invalid).
 */
function namesInKontakt(view: SheetView, header: HeaderInfo): void {
  const col = header.columns.email;
  if (col === undefined || header.columns.contact !== undefined || normalizeHeader(view.text(header.row, col) || view.text(header.top, col)) !== 'kontakt') return;
  let filled = 0;
  let addresses = 0;
  for (let row = header.row + 1; row <= view.lastRow && filled < KONTAKT_SAMPLE; row++) {
    const text = view.text(row, col);
    if (text === '') continue;
    filled++;
    if (text.includes('@')) addresses++;
  }
  if (filled > 0 && addresses * 2 < filled) {
    header.columns.contact = col;
    delete header.columns.email;
  }
}
