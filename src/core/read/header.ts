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
}

function yearsOfRow(view: SheetView, row: number): { year: number; col: number }[] {
  const years: { year: number; col: number }[] = [];
  for (let col = view.firstCol; col <= view.lastCol; col++) {
    const year = yearOfHeader(view.cell(row, col)?.value ?? view.text(row, col));
    if (year !== null) years.push({ year, col });
  }
  return years;
}

/**
 * The column a field is read from when several name it: the one whose header names the latest
 * date (`Status juni 2018`, `Status december 2018`: the sheet keeps each round's status), else
 * the first.
 */
function latestColumn(view: SheetView, row: number, cols: number[]): number {
  let best = cols[0];
  let bestDate = cols.length > 1 ? headerDate(view.text(row, best)) : -1;
  for (let k = 1; k < cols.length; k++) {
    const date = headerDate(view.text(row, cols[k]));
    if (date > bestDate) {
      best = cols[k];
      bestDate = date;
    }
  }
  return best;
}

/**
 * Reads `row` as a header, taking a second header row below it into account: a merged
 * `Tidshorisont` over the year columns, with the years one row down.
 */
function candidateAt(view: SheetView, row: number, headsOf: (row: number) => RowHeads): HeaderCandidate | null {
  const { fields } = headsOf(row);
  let { years } = headsOf(row);
  let lastRow = row;
  if (years.length === 0 && row < view.lastRow) {
    const { years: below, fields: belowFields } = headsOf(row + 1);
    if (below.length > 0 && belowFields.size === 0) {
      years = below;
      lastRow = row + 1;
    }
  }
  const score = fields.size + (years.length > 0 ? 1 : 0);
  if (score < 2) return null;

  const columns: Partial<Record<FieldName, number>> = {};
  for (const [field, cols] of fields) columns[field] = latestColumn(view, row, cols);
  // `Initiativ` beside a `Nr.` column is the title; alone it may hold `1.1: Titel`.
  const isInitiativ = (col: number) => /^initiative?$/.test(normalizeHeader(view.text(row, col)));
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
  const headsOf = (row: number): RowHeads => (heads[row - view.firstRow] ??= { fields: fieldsOfRow(view, row), years: yearsOfRow(view, row) });
  for (let row = view.firstRow; row <= last; row++) {
    const candidate = candidateAt(view, row, headsOf);
    if (candidate && (!best || candidate.score > best.score)) best = candidate;
  }
  if (best) {
    const headerRow = best.header.row;
    const table = view.grid.tables.find((t) => t.headerRow && t.top + view.grid.originRow === headerRow);
    if (table) best.header.table = table.name;
  }
  return best;
}
