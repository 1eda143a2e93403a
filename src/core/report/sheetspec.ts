/**
 * A declarative description of a sheet to write. Both writers (ExcelJS package writer
 * for the CLI, the Office JavaScript API for the add-in) render the same SheetSpec, so what they write
 * cannot drift apart. Addresses are A1 on the sheet itself; rows[0][0] is A1.
 */

/** Identifies an owned sheet across runs: 'summary', 'validation', 'area:3', 'snapshot'. */
export type OwnerKey = string;

export type SpecValue = string | number | boolean | Date | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font size in points. */
  size?: number;
  /** Font colour `RRGGBB`. */
  color?: string;
  /** Solid background fill `RRGGBB`. */
  fill?: string;
  numFmt?: string;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  /** Thin border all around, or a single bottom line (header rows). */
  border?: 'thin' | 'bottom';
}

/** A hyperlink: to a cell of a sheet in the same workbook, or to a URL. */
export type LinkSpec = { sheet: string; cell: string } | { url: string };

export interface CellSpec {
  /**
   * Written as the literal value. A string is always text, never a formula, whatever
   * it starts with (`=`, `+`, `-`, `@`): writers must guarantee that.
   */
  value: SpecValue;
  /** A key of `SheetSpec.styles`. */
  style?: string;
  link?: LinkSpec;
}

export interface ChartSeriesSpec {
  name: string;
  /** Range on this sheet, e.g. `C10:C17`. */
  values: string;
  /** Bar colour `RRGGBB`. */
  color: string;
}

export interface ChartSpec {
  /** Horizontal bars, one bar per category, series stacked. */
  type: 'barStacked';
  title: string;
  /** Category labels on this sheet, e.g. `A10:A17`. */
  categories: string;
  series: ChartSeriesSpec[];
  /** Top-left and bottom-right cells the chart covers, e.g. `H3`, `P20`. */
  from: string;
  to: string;
}

/** Print setup; the paper is always A4 (both writers set it). */
export interface PrintSpec {
  orientation: 'portrait' | 'landscape';
  fitToWidth: boolean;
  /** Page header / footer text (plain; writers escape `&` codes). */
  header?: string;
  footer?: string;
}

export interface SheetSpec {
  /** Final sheet name (already unique, ≤ 31 characters, no `[]:*?/\`). */
  name: string;
  owner: OwnerKey;
  visibility: 'visible' | 'hidden' | 'veryHidden';
  rows: (CellSpec | null)[][];
  styles: Record<string, CellStyle>;
  /** Column widths in characters, from column A. */
  columns: number[];
  /** Ranges like `A1:F1`. */
  merges: string[];
  /** Row heights in points by 1-based row, where a row needs more than the default. */
  rowHeights?: Record<number, number>;
  /** Rows / columns frozen at the top / left. */
  freeze?: { rows: number; cols: number };
  /** Range like `A3:H40`. */
  autoFilter?: string;
  chart?: ChartSpec;
  print?: PrintSpec;
  tabColor?: string;
}

/** What a writer must know of a sheet before writing any: where it goes and whether it shows. */
export type SheetHead = Pick<SheetSpec, 'name' | 'owner' | 'visibility'>;

/**
 * A sheet whose spec is made only when a writer comes to it: a large report's sheets then
 * need not all be held at once. `make` gives a spec with the same head.
 */
export interface LazySheet extends SheetHead {
  make(): SheetSpec;
}

/** A sheet to write: its spec, or its head and the spec made when its turn comes. */
export type SheetToWrite = SheetSpec | LazySheet;

/** The spec of a sheet to write, made now when it is lazy. */
export function specOf(sheet: SheetToWrite): SheetSpec {
  return 'make' in sheet ? sheet.make() : sheet;
}
