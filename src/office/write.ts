/**
 * Turns a SheetSpec into what Office.js is sent: cell inputs, number formats, style areas,
 * links, all cut into row chunks that each stay well under Excel on the web's 5 MB request
 * limit. Pure: the Office.js calls are in workbook.ts.
 */
import { a1, columnLetter, sheetRef } from '../core/address';
import type { CellSpec, CellStyle, LinkSpec, SheetSpec } from '../core/report/sheetspec';
import { dateToSerial } from '../core/dateserial';
import { isoDate } from '../core/read/cells';
import { CHUNK_BYTES } from './requests';

/** Date cells without a number format of their own are shown as ISO dates. */
export const DEFAULT_DATE_FORMAT = 'yyyy-mm-dd';

/**
 * What to put in `range.values` for a cell. Excel parses a string written through
 * `values` as if it were typed: `=…`, `+…`, `-…`, `@…` become formulas, `1.10` the number
 * 1.1, `2019-01-01` a date. A leading apostrophe is Excel's own "this is text" prefix: it is
 * not part of the value, so every string goes in behind one and stays exactly as written.
 * A date goes in as its serial in the workbook's date system.
 */
export function cellInput(value: CellSpec['value'], date1904: boolean): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'string') return value === '' ? '' : `'${value}`;
  if (value instanceof Date) return dateToSerial(value, date1904);
  return value;
}

/** The number format a cell needs, or null to leave Excel's `General`. */
export function cellFormat(value: CellSpec['value'], style: CellStyle | undefined): string | null {
  if (style?.numFmt) return style.numFmt;
  return value instanceof Date ? DEFAULT_DATE_FORMAT : null;
}

/** What the cell shows, for a hyperlink's `textToDisplay`. */
export function displayText(value: CellSpec['value']): string {
  if (value === null) return '';
  if (value instanceof Date) return isoDate(value);
  return String(value);
}

/** Column width in points from a width in characters (~7 px per character plus padding; 1 px = 0.75 pt). */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Header/footer text is a format string where `&` starts a code; a literal one is `&&`. */
export function escapeHeaderFooter(text: string): string {
  return text.replace(/&/g, '&&');
}

/** A hyperlink in Office.js form. Links to renamed sheets follow the rename. */
export function hyperlinkOf(link: LinkSpec, text: string, renamed: Map<string, string>): Excel.RangeHyperlink {
  if ('url' in link) return { address: link.url, textToDisplay: text };
  return { documentReference: sheetRef(renamed.get(link.sheet) ?? link.sheet, link.cell), textToDisplay: text };
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rectAddress(r: Rect): string {
  const from = a1(r.top + 1, r.left + 1);
  return r.top === r.bottom && r.left === r.right ? from : `${from}:${a1(r.bottom + 1, r.right + 1)}`;
}

/**
 * The cells of rows [from, to) grouped by style as few rectangles as possible: runs of
 * equal style along a row, then runs of equal column spans down the rows. Column-wise
 * styles of a long table come out as one rectangle per column span.
 */
export function styleRects(rows: SheetSpec['rows'], from: number, to: number): Map<string, Rect[]> {
  const out = new Map<string, Rect[]>();
  // Open rectangles by "style|left|right", extended while the next row has the same run.
  let open = new Map<string, Rect>();
  for (let r = from; r < to; r++) {
    const next = new Map<string, Rect>();
    const row = rows[r] ?? [];
    let c = 0;
    while (c < row.length) {
      const style = row[c]?.style;
      if (style === undefined) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < row.length && row[end + 1]?.style === style) end++;
      const key = `${style}|${c}|${end}`;
      const rect = open.get(key);
      if (rect) {
        rect.bottom = r;
        open.delete(key);
        next.set(key, rect);
      } else {
        const fresh = { top: r, left: c, bottom: r, right: end };
        next.set(key, fresh);
        const list = out.get(style) ?? [];
        list.push(fresh);
        out.set(style, list);
      }
      c = end + 1;
    }
    open = next;
  }
  return out;
}

/** Joins addresses into comma lists of at most `maxChars` characters, for `worksheet.getRanges`. */
export function addressLists(addresses: string[], maxChars = 2000): string[] {
  const lists: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current !== '' && current.length + a.length + 1 > maxChars) {
      lists.push(current);
      current = '';
    }
    current = current === '' ? a : `${current},${a}`;
  }
  if (current !== '') lists.push(current);
  return lists;
}

/** The widest row of a spec: the width of its value matrix. */
export function specWidth(spec: SheetSpec): number {
  let w = 0;
  for (const row of spec.rows) if (row && row.length > w) w = row.length;
  return w;
}

/** Rough JSON size of one row as written: inputs, formats, links (a safe over-estimate). */
export function rowBytes(row: (CellSpec | null)[] | undefined, width: number, styles: SheetSpec['styles']): number {
  let bytes = 8 + width * 3; // brackets, separators, empty strings
  for (const cell of row ?? []) {
    if (!cell) continue;
    const v = cell.value;
    bytes += typeof v === 'string' ? utf8Length(v) + 8 : 24;
    const style = cell.style === undefined ? undefined : styles[cell.style];
    const fmt = cellFormat(v, style);
    if (fmt) bytes += fmt.length + 3;
    if (cell.link) bytes += 200 + utf8Length(displayText(v)) * 2;
    if (cell.style !== undefined) bytes += 24;
  }
  return bytes;
}

function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) n += s.charCodeAt(i) > 0x7ff ? 2 : 1;
  return n;
}

/** A slice of one sheet's rows written in one request. */
export interface RowSlice {
  spec: number;
  from: number;
  to: number;
}

/**
 * Packs the rows of all specs into requests of about `budget` bytes. Small sheets share a
 * request; a long sheet is cut into row slices. Each request is a list of slices.
 */
export function planChunks(specs: SheetSpec[], budget = CHUNK_BYTES): RowSlice[][] {
  const chunks: RowSlice[][] = [];
  let current: RowSlice[] = [];
  let size = 0;
  specs.forEach((spec, k) => {
    const width = specWidth(spec);
    let from = 0;
    for (let r = 0; r < spec.rows.length; r++) {
      const bytes = rowBytes(spec.rows[r], width, spec.styles);
      if (size + bytes > budget && (r > from || current.length > 0)) {
        if (r > from) current.push({ spec: k, from, to: r });
        chunks.push(current);
        current = [];
        size = 0;
        from = r;
      }
      size += bytes;
    }
    if (spec.rows.length > from) current.push({ spec: k, from, to: spec.rows.length });
  });
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Column letter range for a 0-based column: `C:C`. */
export function columnAddress(col: number): string {
  const l = columnLetter(col + 1);
  return `${l}:${l}`;
}
