/**
 * SheetSpec → a worksheet part. Strings are written as inline strings, so nothing a user
 * typed (`=HYPERLINK(…)`, `+45…`, `@a`) can become a formula or markup. Element order
 * follows CT_Worksheet; Excel rejects a file whose elements are out of order.
 */
import type { CellSpec, SheetSpec } from '../core/report/sheetspec';
import { a1, columnLetter, parseA1, sheetRef } from '../core/address';
import { dateToSerial } from '../core/dateserial';
import { esc } from './xml';
import type { StyleBook } from './styles';
import type { Namespaces } from './namespaces';

/** Excel's limit for a cell's text; longer text makes the file unreadable. */
const MAX_CELL_CHARS = 32767;
/** Text whose whitespace Excel would not keep as written without `xml:space="preserve"`. */
const KEEP_SPACE = /^\s|\s$|\s\s|[\t\n\r]/;
/**
 * Text that may need escaping (see `esc`) or `xml:space`: most cell text has neither, and
 * one test of it costs less than the two.
 */
const SPECIAL_TEXT = /[&<>"'\u0000-\u001F\u0100-\uFFFF]|^\s|\s$|\s\s/;
/** Excel's limit for one header or footer string. */
const MAX_HEADER_CHARS = 255;

export interface SheetPartResult {
  /** The part as UTF-8. */
  xml: Uint8Array;
  /** External hyperlinks, each needing a relationship with this id. */
  links: { id: string; url: string }[];
}

export interface SheetPartOptions {
  styles: StyleBook;
  /** The package's namespaces (Transitional or Strict). */
  ns: Namespaces;
  date1904: boolean;
  tabSelected: boolean;
  /** Relationship id of the drawing part holding the chart, when there is one. */
  drawingRelId?: string;
}

/**
 * A cell's style attribute (` s="7"`, or '' for the default format): the style book is asked
 * once per style and kind of value, not per cell.
 */
type StyleAttrOf = (style: string | undefined, isDate: boolean) => string;

function styleAttrs(spec: SheetSpec, book: StyleBook): StyleAttrOf {
  const plain = new Map<string | undefined, string>();
  const dated = new Map<string | undefined, string>();
  return (key, isDate) => {
    const known = (isDate ? dated : plain).get(key);
    if (known !== undefined) return known;
    const style = key !== undefined ? spec.styles[key] : undefined;
    const xf = style || isDate ? book.xfFor(style, isDate) : 0;
    const attr = xf ? ` s="${xf}"` : '';
    (isDate ? dated : plain).set(key, attr);
    return attr;
  };
}

function cellXml(ref: string, cell: CellSpec, styleOf: StyleAttrOf, date1904: boolean): string {
  const v = cell.value;
  // Most cells are text: asked first, so they skip the date test.
  if (typeof v === 'string') {
    const text = v.length > MAX_CELL_CHARS ? v.slice(0, MAX_CELL_CHARS) : v;
    // Excel trims a text's outer whitespace unless told to keep it; saying so on every cell
    // would make the part larger and slower to check for nothing.
    const special = SPECIAL_TEXT.test(text);
    const space = special && KEEP_SPACE.test(text) ? ' xml:space="preserve"' : '';
    return `<c r="${ref}"${styleOf(cell.style, false)} t="inlineStr"><is><t${space}>${special ? esc(text) : text}</t></is></c>`;
  }
  const isDate = v instanceof Date && !Number.isNaN(v.getTime());
  const s = styleOf(cell.style, isDate);
  if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"${s}><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (isDate) return `<c r="${ref}"${s}><v>${dateToSerial(v as Date, date1904)}</v></c>`;
  // Empty (or a number Excel cannot store, NaN/Infinity): the cell keeps only its format.
  return s ? `<c r="${ref}"${s}/>` : '';
}

/** `A3:H40` → `$A$3:$H$40`. */
export function absoluteRange(range: string): string {
  return range
    .split(':')
    .map((part) => {
      const ref = parseA1(part);
      return ref ? `$${columnLetter(ref.col)}$${ref.row}` : part;
    })
    .join(':');
}

/** Centred header/footer text. `&` starts a formatting code there, so a literal one is doubled. */
function headerFooterText(text: string): string {
  let t = text;
  // Shorten the text, not the escaped string, so a doubled `&` is never cut in half.
  while (t && `&C${t.replace(/&/g, '&&')}`.length > MAX_HEADER_CHARS) t = t.slice(0, -1);
  return `&C${t.replace(/&/g, '&&')}`;
}

/** Whether a cell is written at all: it has a value Excel can store, or a format of its own. */
function isWritten(cell: CellSpec, styleOf: StyleAttrOf): boolean {
  const v = cell.value;
  const isDate = v instanceof Date && !Number.isNaN(v.getTime());
  return typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean' || isDate || styleOf(cell.style, isDate) !== '';
}

/**
 * The sheet's used range for `<dimension>`, which comes before the cells in the part, and
 * about how many cells it holds. Each row is looked at from its end, to its last written
 * cell: that is all the range needs.
 */
function usedRange(rows: SheetSpec['rows'], styleOf: StyleAttrOf): { ref: string; cells: number } {
  let maxRow = 0;
  let maxCol = 0;
  let cells = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    cells += row.length;
    for (let c = row.length - 1; c >= 0; c--) {
      const cell = row[c];
      if (!cell || !isWritten(cell, styleOf)) continue;
      maxRow = r + 1;
      maxCol = Math.max(maxCol, c + 1);
      break;
    }
  }
  return { ref: maxRow ? `A1:${a1(maxRow, Math.max(maxCol, 1))}` : 'A1', cells };
}

/** About what a written cell takes in the generated sheets (70–85 bytes): the part's buffer is sized from it. */
const BYTES_PER_CELL = 80;

const utf8 = new TextEncoder();

/**
 * A part's XML collected as UTF-8 bytes while it is made. A large sheet held as row strings
 * until the end lived long enough to reach V8's old generation, and its text, joined string
 * and bytes were held at once: most of a 20 000-row summary's peak memory.
 */
class Utf8Sink {
  private bytes: Uint8Array;
  private length = 0;

  constructor(expected: number) {
    this.bytes = new Uint8Array(expected);
  }

  add(text: string): void {
    // A UTF-16 unit takes at most three bytes of UTF-8.
    const room = this.length + 3 * text.length;
    if (room > this.bytes.length) {
      const grown = new Uint8Array(Math.max(room, Math.ceil(1.5 * this.bytes.length)));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.length += utf8.encodeInto(text, this.bytes.subarray(this.length)).written;
  }

  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/**
 * The rows of `<sheetData>`, added to `out` one string per row as each is made, and the
 * hyperlinks their cells ask for. A function of its own, taking only the rows: this runs for
 * every cell of every generated sheet, and its compiled code then no longer depends on the
 * shape of the sheet's spec, which differs from sheet to sheet and made V8 throw it away.
 */
function addRows(
  out: Utf8Sink,
  rows: SheetSpec['rows'],
  heights: Record<number, number>,
  styleOf: StyleAttrOf,
  date1904: boolean,
): { links: SheetPartResult['links']; hyperlinks: string[] } {
  const links: SheetPartResult['links'] = [];
  const hyperlinks: string[] = [];
  // `'Sheet'!` escaped once per sheet linked to: the quotes make every link's target need
  // escaping, and a sheet links tens of thousands of cells to a handful of sheets.
  const sheetPrefixes = new Map<string, string>();
  const location = (link: { sheet: string; cell: string }) => {
    let prefix = sheetPrefixes.get(link.sheet);
    if (prefix === undefined) {
      prefix = esc(sheetRef(link.sheet, ''));
      sheetPrefixes.set(link.sheet, prefix);
    }
    return prefix + esc(link.cell);
  };
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    const rowText = String(r + 1);
    let cells = '';
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      const ref = columnLetter(c + 1) + rowText;
      cells += cellXml(ref, cell, styleOf, date1904);
      const link = cell.link;
      if (!link) continue;
      const display = typeof cell.value === 'string' ? ` display="${esc(cell.value.slice(0, 255))}"` : '';
      if ('url' in link) {
        const id = `rIdL${links.length + 1}`;
        links.push({ id, url: link.url });
        hyperlinks.push(`<hyperlink ref="${ref}" r:id="${id}"${display}/>`);
      } else {
        hyperlinks.push(`<hyperlink ref="${ref}" location="${location(link)}"${display}/>`);
      }
    }
    const height = heights[r + 1];
    const ht = height ? ` ht="${height}" customHeight="1"` : '';
    if (cells || ht) out.add(`<row r="${rowText}"${ht}>${cells}</row>`);
  }
  return { links, hyperlinks };
}

export function sheetPartXml(spec: SheetSpec, opts: SheetPartOptions): SheetPartResult {
  const styleOf = styleAttrs(spec, opts.styles);
  const used = usedRange(spec.rows, styleOf);
  const out = new Utf8Sink(4096 + BYTES_PER_CELL * used.cells);
  out.add('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + `<worksheet xmlns="${opts.ns.main}" xmlns:r="${opts.ns.rel}">`);

  const sheetPr: string[] = [];
  if (spec.tabColor) sheetPr.push(`<tabColor rgb="FF${spec.tabColor.replace(/^#/, '').toUpperCase()}"/>`);
  if (spec.print?.fitToWidth) sheetPr.push('<pageSetUpPr fitToPage="1"/>');
  if (sheetPr.length) out.add(`<sheetPr>${sheetPr.join('')}</sheetPr>`);
  out.add(`<dimension ref="${used.ref}"/>`);

  const selected = opts.tabSelected ? ' tabSelected="1"' : '';
  const fr = spec.freeze?.rows ?? 0;
  const fc = spec.freeze?.cols ?? 0;
  if (fr > 0 || fc > 0) {
    const pane = fr > 0 && fc > 0 ? 'bottomRight' : fr > 0 ? 'bottomLeft' : 'topRight';
    const split = `${fc > 0 ? ` xSplit="${fc}"` : ''}${fr > 0 ? ` ySplit="${fr}"` : ''}`;
    const topLeft = a1(fr + 1, fc + 1);
    out.add(
      `<sheetViews><sheetView${selected} workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
        `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`,
    );
  } else {
    out.add(`<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`);
  }
  out.add('<sheetFormatPr defaultRowHeight="15"/>');
  const cols = spec.columns
    .map((w, i) => (w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${Math.min(w, 255)}" customWidth="1"/>` : ''))
    .join('');
  if (cols) out.add(`<cols>${cols}</cols>`);

  out.add('<sheetData>');
  const { links, hyperlinks } = addRows(out, spec.rows, spec.rowHeights ?? {}, styleOf, opts.date1904);
  out.add('</sheetData>');

  if (spec.autoFilter) out.add(`<autoFilter ref="${esc(spec.autoFilter)}"/>`);
  if (spec.merges.length) {
    out.add(`<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${esc(m)}"/>`).join('')}</mergeCells>`);
  }
  if (hyperlinks.length) out.add(`<hyperlinks>${hyperlinks.join('')}</hyperlinks>`);
  out.add('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (spec.print) {
    const fit = spec.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
    // paperSize 9 = A4, the paper of the Danish users.
    out.add(`<pageSetup paperSize="9" orientation="${spec.print.orientation}"${fit}/>`);
    const hf =
      (spec.print.header ? `<oddHeader>${esc(headerFooterText(spec.print.header))}</oddHeader>` : '') +
      (spec.print.footer ? `<oddFooter>${esc(headerFooterText(spec.print.footer))}</oddFooter>` : '');
    if (hf) out.add(`<headerFooter>${hf}</headerFooter>`);
  }
  if (opts.drawingRelId) out.add(`<drawing r:id="${opts.drawingRelId}"/>`);
  out.add('</worksheet>');
  return { xml: out.result(), links };
}
