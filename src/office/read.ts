/**
 * Turns what Office.js returns for a range (values, number formats, value types, cell
 * fills, merged areas, tables) into the core's Grid. Pure: no Office.js calls here, so
 * every conversion rule is testable without Excel.
 */
import { columnNumber } from '../core/address';
import type { Cell, CellValue, Grid, GridRange, GridTable } from '../core/grid';
import { isDateFormat, serialToDate } from './numfmt';

/** A block of loaded cell data: `values`, `numberFormat`, `valueTypes` as Office.js gives them. */
export interface LoadedBlock {
  /** 0-based sheet row / column of the block's top-left cell. */
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

/** Fill colours of a rectangle of cells: `#RRGGBB` per cell, from `getCellProperties`. */
export interface FillBlock {
  rowIndex: number;
  columnIndex: number;
  colors: (string | null | undefined)[][];
}

export interface SheetRect {
  /** 0-based sheet row / column and size. */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface LoadedTable extends SheetRect {
  name: string;
  showHeaders: boolean;
}

/** The value a cell holds, as the core sees it. */
export function cellValue(value: unknown, type: string, format: string): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(value) };
    case 'Boolean':
      return Boolean(value);
    case 'Double':
      if (typeof value !== 'number') return null;
      return isDateFormat(format) ? serialToDate(value) : value;
    default:
      // 'String' and the rich types (linked data types, entities) read as their text.
      return value === '' || value === null || value === undefined ? null : String(value);
  }
}

/** `#FFFFFF` and no colour are "no fill": white never carries a status. */
export function fillOf(color: string | null | undefined): string | undefined {
  if (!color || !/^#[0-9a-f]{6}$/i.test(color)) return undefined;
  const hex = color.slice(1).toUpperCase();
  return hex === 'FFFFFF' ? undefined : hex;
}

/** Builds the Grid of a sheet from the loaded block and the fills, merges and tables around it. */
export function toGrid(
  sheetName: string,
  block: LoadedBlock,
  fills: FillBlock[],
  merges: SheetRect[],
  tables: LoadedTable[],
): Grid {
  const rows = block.values.length;
  const cols = rows > 0 ? block.values[0].length : 0;
  const cells: (Cell | null)[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const values = block.values[r];
    const formats = block.numberFormat[r];
    const types = block.valueTypes[r];
    const row: (Cell | null)[] = new Array(cols).fill(null);
    for (let c = 0; c < cols; c++) {
      const format = typeof formats?.[c] === 'string' ? (formats[c] as string) : 'General';
      const value = cellValue(values[c], types?.[c] ?? 'String', format);
      if (value === null && format === 'General') continue;
      const cell: Cell = { value };
      if (format !== 'General') cell.numFmt = format;
      row[c] = cell;
    }
    cells[r] = row;
  }
  for (const f of fills) {
    for (let r = 0; r < f.colors.length; r++) {
      const gr = f.rowIndex + r - block.rowIndex;
      if (gr < 0 || gr >= rows) continue;
      for (let c = 0; c < f.colors[r].length; c++) {
        const gc = f.columnIndex + c - block.columnIndex;
        const fill = fillOf(f.colors[r][c]);
        if (!fill || gc < 0 || gc >= cols) continue;
        const cell = cells[gr][gc] ?? (cells[gr][gc] = { value: null });
        cell.fill = fill;
      }
    }
  }
  return {
    sheetName,
    originRow: block.rowIndex + 1,
    originCol: block.columnIndex + 1,
    cells,
    merges: merges.map((m) => toGridRange(m, block)),
    tables: tables.map((t): GridTable => ({ ...toGridRange(t, block), name: t.name, headerRow: t.showHeaders })),
  };
}

function toGridRange(rect: SheetRect, block: LoadedBlock): GridRange {
  return {
    top: rect.rowIndex - block.rowIndex,
    left: rect.columnIndex - block.columnIndex,
    bottom: rect.rowIndex + rect.rowCount - 1 - block.rowIndex,
    right: rect.columnIndex + rect.columnCount - 1 - block.columnIndex,
  };
}

/**
 * Parses an A1 area like `A1:C3`, `$B$2`, `Sheet1!A1:B2` or `'My, sheet'!A1` into a rect.
 * Whole rows / columns are not expected here (merged areas and tables are bounded).
 */
export function parseArea(address: string): SheetRect | null {
  const bare = address.trim().replace(/^(?:'(?:[^']|'')*'|[^!]*)!/, '');
  const m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(bare);
  if (!m) return null;
  const c1 = columnNumber(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return {
    rowIndex: Math.min(r1, r2) - 1,
    columnIndex: Math.min(c1, c2) - 1,
    rowCount: Math.abs(r2 - r1) + 1,
    columnCount: Math.abs(c2 - c1) + 1,
  };
}

/** Splits a RangeAreas address (`Sheet1!A1:B2, Sheet1!D4:E5`) into rects, respecting quoted sheet names. */
export function parseAreas(address: string): SheetRect[] {
  const parts = address.match(/(?:'(?:[^']|'')*'!|[^,'!]*!)?[^,]+/g) ?? [];
  return parts.map(parseArea).filter((r): r is SheetRect => r !== null);
}
