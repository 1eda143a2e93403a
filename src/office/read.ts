/**
 * Turns what Office.js returns for a range (values, number formats, value types, cell
 * fills, merged areas, tables) into the core's Grid. Pure: no Office.js calls here, so
 * every conversion rule is testable without Excel.
 */
import { columnNumber } from '../core/address';
import type { Cell, CellValue, Grid, GridRange, GridTable } from '../core/grid';
import { serialToDate } from '../core/dateserial';
import { isDateFormat } from '../core/parse/number-format';

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

/** The value a cell holds, as the core sees it. `date1904`: the workbook counts dates from 1904. */
export function cellValue(value: unknown, type: string, format: string, date1904 = false): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(value) };
    case 'Boolean':
      return Boolean(value);
    case 'Double':
    case 'Integer':
      if (typeof value !== 'number') return null;
      return isDateFormat(format) ? serialToDate(value, date1904) : value;
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

/**
 * Builds the Grid of a sheet from the loaded blocks and the fills, merges and tables around
 * them. `origin` (the used range's top-left) is the grid's [0][0]. Rows no block covers
 * stay holes in `cells`, which the core reads as empty: a sheet read in parts keeps only
 * the rows it has.
 */
export function toGrid(
  sheetName: string,
  origin: { rowIndex: number; columnIndex: number },
  blocks: LoadedBlock[],
  fills: FillBlock[],
  merges: SheetRect[],
  tables: LoadedTable[],
  date1904 = false,
): Grid {
  const cells: (Cell | null)[][] = [];
  for (const block of blocks) {
    const top = block.rowIndex - origin.rowIndex;
    const left = block.columnIndex - origin.columnIndex;
    for (let r = 0; r < block.values.length; r++) {
      const values = block.values[r];
      const formats = block.numberFormat[r];
      const types = block.valueTypes[r];
      const row = cells[top + r] ?? (cells[top + r] = []);
      for (let c = 0; c < values.length; c++) {
        const format = typeof formats?.[c] === 'string' ? (formats[c] as string) : 'General';
        const value = cellValue(values[c], types?.[c] ?? 'String', format, date1904);
        let cell: Cell | null = null;
        if (value !== null || format !== 'General') {
          cell = { value };
          if (format !== 'General') cell.numFmt = format;
        }
        row[left + c] = cell;
      }
    }
  }
  for (const f of fills) {
    for (let r = 0; r < f.colors.length; r++) {
      const row = cells[f.rowIndex + r - origin.rowIndex];
      if (!row) continue;
      for (let c = 0; c < f.colors[r].length; c++) {
        const gc = f.columnIndex + c - origin.columnIndex;
        const fill = fillOf(f.colors[r][c]);
        if (!fill || gc < 0) continue;
        const cell = row[gc] ?? (row[gc] = { value: null });
        cell.fill = fill;
      }
    }
  }
  return {
    sheetName,
    originRow: origin.rowIndex + 1,
    originCol: origin.columnIndex + 1,
    cells,
    merges: merges.map((m) => toGridRange(m, origin)),
    tables: tables.map((t): GridTable => ({ ...toGridRange(t, origin), name: t.name, headerRow: t.showHeaders })),
  };
}

function toGridRange(rect: SheetRect, origin: { rowIndex: number; columnIndex: number }): GridRange {
  return {
    top: rect.rowIndex - origin.rowIndex,
    left: rect.columnIndex - origin.columnIndex,
    bottom: rect.rowIndex + rect.rowCount - 1 - origin.rowIndex,
    right: rect.columnIndex + rect.columnCount - 1 - origin.columnIndex,
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

/**
 * Groups scattered areas (the occupied cells of a sheet) into few rectangles to read:
 * areas whose rows overlap or touch form a band, and within a band, areas whose columns
 * overlap or touch form one box over the band's rows. A box may include empty cells; a
 * stray cell far from the rest gets a box of its own. Boxes do not overlap.
 */
export function boxesOf(areas: SheetRect[]): SheetRect[] {
  const boxes: SheetRect[] = [];
  const byRow = [...areas].sort((a, b) => a.rowIndex - b.rowIndex);
  for (let k = 0; k < byRow.length; ) {
    const top = byRow[k].rowIndex;
    let bottom = top + byRow[k].rowCount;
    const band: SheetRect[] = [];
    while (k < byRow.length && byRow[k].rowIndex <= bottom) {
      bottom = Math.max(bottom, byRow[k].rowIndex + byRow[k].rowCount);
      band.push(byRow[k++]);
    }
    band.sort((a, b) => a.columnIndex - b.columnIndex);
    for (let j = 0; j < band.length; ) {
      const left = band[j].columnIndex;
      let right = left + band[j].columnCount;
      while (j < band.length && band[j].columnIndex <= right) {
        right = Math.max(right, band[j].columnIndex + band[j].columnCount);
        j++;
      }
      boxes.push({ rowIndex: top, columnIndex: left, rowCount: bottom - top, columnCount: right - left });
    }
  }
  return boxes;
}

/**
 * Cuts a rectangle into row bands of whole rows, each at most `maxCells` cells (a band is at
 * least one row; a row wider than `maxCells` is cut into column pieces too). Used to keep
 * every call inside an Excel limit: merged areas (512 per call: a block of 512 cells cannot
 * touch more), cell properties (50 000 cells per call).
 */
export function blocksOf(rect: SheetRect, maxCells: number): SheetRect[] {
  const out: SheetRect[] = [];
  const width = Math.min(rect.columnCount, maxCells);
  const rows = Math.max(1, Math.floor(maxCells / width));
  for (let r = 0; r < rect.rowCount; r += rows) {
    for (let c = 0; c < rect.columnCount; c += width) {
      out.push({
        rowIndex: rect.rowIndex + r,
        columnIndex: rect.columnIndex + c,
        rowCount: Math.min(rows, rect.rowCount - r),
        columnCount: Math.min(width, rect.columnCount - c),
      });
    }
  }
  return out;
}

/**
 * Bytes a read of `values` (and `numberFormat`, with `formats`) of the block's cells returns,
 * as JSON: what Excel on the web counts against its 5 MB response limit. Measured on a sample
 * (the rows read first), it sizes the bands the rest is read in.
 */
export function blockBytes(block: Pick<LoadedBlock, 'values' | 'numberFormat'>, formats = true): number {
  return JSON.stringify(block.values).length + (formats ? JSON.stringify(block.numberFormat).length : 0);
}

/** The number formats of one area of cells (an item of a RangeAreas' `areas`). */
export interface FormatArea {
  rowIndex: number;
  columnIndex: number;
  numberFormat: unknown[][];
}

/**
 * Blocks read without number formats, given those of the areas that hold numbers: every
 * other cell is `General` (a missing entry reads so), which tells the core nothing about
 * text, truth values or errors.
 */
export function withFormats(blocks: LoadedBlock[], areas: FormatArea[]): LoadedBlock[] {
  const out = blocks.map((b) => ({ ...b, numberFormat: b.values.map((): unknown[] => []) }));
  for (const area of areas) {
    area.numberFormat.forEach((row, r) => {
      const sheetRow = area.rowIndex + r;
      const across = out.filter((b) => sheetRow >= b.rowIndex && sheetRow < b.rowIndex + b.values.length);
      row.forEach((format, c) => {
        const col = area.columnIndex + c;
        const block = across.find((b) => col >= b.columnIndex && col < b.columnIndex + (b.values[0]?.length ?? 0));
        if (block) block.numberFormat[sheetRow - block.rowIndex][col - block.columnIndex] = format;
      });
    });
  }
  return out;
}

/**
 * The value types of cells read without `valueTypes` (a fifth of a read's response), as
 * Office.js names them: what `values` holds says it, but for errors, whose text reads like
 * a string; those come from the error cells' areas (`getSpecialCells(…, 'Errors')`).
 */
export function valueTypesOf(values: unknown[][], at: { rowIndex: number; columnIndex: number }, errors: SheetRect[]): string[][] {
  const types: string[][] = values.map((row) =>
    row.map((v) => (typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : v === '' || v === null || v === undefined ? 'Empty' : 'String')),
  );
  for (const e of errors) {
    for (let r = Math.max(e.rowIndex, at.rowIndex); r < e.rowIndex + e.rowCount && r - at.rowIndex < types.length; r++) {
      const row = types[r - at.rowIndex];
      for (let c = Math.max(e.columnIndex, at.columnIndex); c < e.columnIndex + e.columnCount && c - at.columnIndex < row.length; c++) row[c - at.columnIndex] = 'Error';
    }
  }
  return types;
}
