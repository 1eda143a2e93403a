import { a1 } from './address';
import type { Milestone, Period } from './parse/time';
import type { Profile } from './profile/types';
import type { Status } from './status';

/** The fields of an initiative row; the keys of the header map. */
export type FieldName =
  | 'id'
  | 'title'
  | 'area'
  | 'contact'
  | 'email'
  | 'office'
  | 'status'
  | 'remark'
  | 'completed'
  | 'political';

export interface Area {
  /** The area number as a string (`"2"`). */
  id: string;
  /** The area's name, or '' when the sheet names areas only by number. */
  name: string;
  /** The 1-based sheet row of the section row that opened it, if any. */
  row?: number;
}

export interface Delivery {
  year: number;
  text: string;
  /** Set when the cell held a date: a milestone on that date (ISO `YYYY-MM-DD`). */
  date?: string;
  /** The 1-based sheet column of the year: its cell is `deliveryCell(initiative, delivery)`. */
  col: number;
  /**
   * Set for a delivery on a row below its initiative's, inside the merge of the initiative's
   * id cell (an initiative kept over two rows, one delivery text per row).
   */
  row?: number;
  /** The dated milestones the cell names, parsed once when the sheet is read. */
  milestones: readonly Milestone[];
}

export interface StatusReading {
  /** Status read from the cell's text, null when the text is empty or unknown. */
  fromText: Status | null;
  /** Status read from the fill hue, null when no status-like fill. */
  fromFill: Status | null;
  /** The trimmed text of the status cell ('' when empty). */
  text: string;
  /** The effective status: text wins, then fill, then `completed = ja` makes it done. */
  value: Status | null;
}

/**
 * One initiative row, its fields as read (trimmed text, null when empty or when the sheet has
 * no such column). Where a field sits is the header's business: `cellOf` gives its address.
 */
export interface Initiative {
  /** 1-based sheet row. */
  row: number;
  id: string | null;
  title: string | null;
  /** Area number as a string, from area column, section row or id prefix (in that order). */
  areaId: string | null;
  /** Where the area came from: an area column / section row (checked against the id) or only the id. */
  areaSource: 'column' | 'section' | 'id' | null;
  /** The cell that named the area (section row's first cell or area column cell), if any. */
  areaCell: string | null;
  deliveries: readonly Delivery[];
  contact: string | null;
  email: string | null;
  office: string | null;
  status: StatusReading;
  remark: string | null;
  completed: boolean | null;
  political: boolean | null;
}

export interface ErrorCell {
  cell: string;
  row: number;
  error: string;
}

export interface HeaderInfo {
  /** 1-based sheet row of the (last) header row. */
  row: number;
  /** 1-based sheet row of the first header row (one above `row` for a two-row header). */
  top: number;
  /** Field → 1-based sheet column. */
  columns: Partial<Record<FieldName, number>>;
  /** Year columns: year → 1-based sheet column. */
  years: { year: number; col: number }[];
  /** The Excel table the data sits in, if any. */
  table: string | null;
  /** Whether the id column also holds the title (`1.1: Titel`). */
  combinedIdTitle: boolean;
}

export interface Overview {
  sheet: string;
  /** Text of the title rows above the header (`LEVERANCEOVERSIGT …`, `Version af 15. december 2018`). */
  titles: string[];
  header: HeaderInfo;
  areas: Area[];
  initiatives: Initiative[];
  /** Every cell of the overview holding an Excel error value. */
  errorCells: ErrorCell[];
  /** Plan period from the year columns: [first, last], or null without year columns. */
  period: [number, number] | null;
}

/** The sheet column a field is read from; a title written with its id (`1.1: Titel`) is in the id column. */
export function columnOf(header: HeaderInfo, field: FieldName): number | undefined {
  return field === 'title' && header.combinedIdTitle ? header.columns.id : header.columns[field];
}

/**
 * The A1 address (no sheet name) of an initiative's field, '' when the sheet has no such
 * column. Worked out when asked rather than kept per row: a string per field per row was
 * most of what reading 100 000 initiatives cost (SPEC §7). A rollup carries its overview's
 * header, so its initiatives' cells are found the same way.
 */
export function cellOf(source: Pick<Overview, 'header'>, i: Initiative, field: FieldName): string {
  const col = columnOf(source.header, field);
  return col === undefined ? '' : a1(i.row, col);
}

/** The A1 address of a delivery cell. */
export function deliveryCell(i: Initiative, d: Delivery): string {
  return a1(d.row ?? i.row, d.col);
}

/** The plan period: the profile's when it fixes one, else the span of the year columns; null when neither (SPEC §2). */
export function planPeriod(overview: Overview, profile: Profile): Period | null {
  return profile.period ?? overview.period;
}
