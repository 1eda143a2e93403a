import type { Cell, CellValue, Grid, GridRange, GridTable } from '../../src/core/grid';

export type CellInput = CellValue | Cell | undefined;

function toCell(v: CellInput): Cell | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object' && !(v instanceof Date) && 'value' in v) return v;
  return { value: v as CellValue };
}

/** A grid from rows of plain values (or full Cells), placed at A1 unless told otherwise. */
export function gridOf(
  rows: CellInput[][],
  opts: { sheet?: string; merges?: GridRange[]; tables?: GridTable[]; originRow?: number; originCol?: number } = {},
): Grid {
  return {
    sheetName: opts.sheet ?? 'Leveranceoversigt',
    originRow: opts.originRow ?? 1,
    originCol: opts.originCol ?? 1,
    cells: rows.map((r) => r.map(toCell)),
    merges: opts.merges ?? [],
    tables: opts.tables ?? [],
  };
}

/** The header of the real overview: title rows, `Tidshorisont` over the years one row down. */
export const OVERVIEW_HEAD: CellInput[][] = [
  ['LEVERANCEOVERSIGT FÆLLESKOMMUNAL DIGITAL HANDLINGSPLAN'],
  ['Version af 15. december 2018'],
  [],
  ['Initiativ', 'Tidshorisont', null, null, null, null, 'Kontakt-person hos KL', 'Kontakt', 'Kontor i KL.', 'Status', 'Bemærkning'],
  [null, 2016, 2017, 2018, 2019, 2020],
];

/** Merges of OVERVIEW_HEAD (0-based): Tidshorisont over B4:F4, the other headers down two rows. */
export const OVERVIEW_HEAD_MERGES: GridRange[] = [
  { top: 3, left: 1, bottom: 3, right: 5 },
  { top: 3, left: 0, bottom: 4, right: 0 },
  ...[6, 7, 8, 9, 10].map((c) => ({ top: 3, left: c, bottom: 4, right: c })),
];

/** A data row in the OVERVIEW_HEAD layout. */
export function overviewRow(
  initiativ: string,
  years: CellInput[],
  contact: string,
  email: string,
  office: string,
  status: CellInput,
  remark = '',
): CellInput[] {
  const y = [...years, null, null, null, null, null].slice(0, 5);
  return [initiativ, ...y, contact, email, office, status, remark];
}
