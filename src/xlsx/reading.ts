/**
 * The package handed to ExcelJS for reading: a small, normalised copy holding only what
 * cell values need (worksheets' sheetData, shared strings, styles). Everything ExcelJS is
 * known to stumble on in valid OOXML never reaches it:
 * - absolute or unusual part names and relationship targets (openpyxl writes `/xl/…`;
 *   ExcelJS only finds `xl/worksheets/sheetN.xml` and table parts keyed `../tables/…`);
 * - namespace-prefixed markup (`<x:worksheet>`), which ExcelJS does not recognise at all;
 * - `<c>`/`<row>` without `r` attributes (optional in the schema; ExcelJS throws);
 * - formulas: only their cached values are read, and shared/array formulas can throw;
 * - drawings, comments, tables, data validations, conditional formats, defined names:
 *   not needed for values, each a source of load errors. Merges and tables are read
 *   from the original parts by this adapter instead.
 * The original bytes are untouched; the writer works on them.
 */
import JSZip from 'jszip';
import { MAIN_NS, Package, REL_TYPE, relElement, relIs } from './opc';
import { attrs, elementRe, rootPrefix } from './xml';
import type { WorkbookXml } from './workbookxml';

export interface ReadingSheet {
  /** The name of this sheet inside the reading package. */
  key: string;
  /** The worksheet part in the original package. */
  part: string;
  merges: string[];
}

export interface ReadingPackage {
  bytes: Uint8Array;
  /** By sheet index in workbook.xml; chartsheets and broken entries are absent. */
  sheets: Map<number, ReadingSheet>;
}

/** Rewrites `<p:tag` to `<tag` for the prefix bound to the document's main namespace. */
export function dePrefix(xml: string, rootLocal: string): string {
  const p = rootPrefix(xml, rootLocal);
  if (!p) return xml;
  const name = p.slice(0, -1);
  const root = new RegExp(`<${name}:${rootLocal}(?=[\\s>/])[^>]*>`).exec(xml);
  if (!root) return xml;
  // The root's namespace declaration becomes the default one (replacing any other default).
  const newRoot = root[0].replace(/\sxmlns=("[^"]*"|'[^']*')/, '').replace(`xmlns:${name}=`, 'xmlns=');
  const body = xml.slice(0, root.index) + newRoot + xml.slice(root.index + root[0].length);
  return body.replace(new RegExp(`<(/?)${name}:`, 'g'), '<$1');
}

const FORMULA = /<f(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/f>)/g;
const STR_CELL = /(<c(?=\s)[^>]*?\s)t="str"([^>]*?)>\s*<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/g;
const DATE_CELL = /(<c(?=\s)[^>]*?\s)t="d"([^>]*?)>\s*<v(?:\s[^>]*)?>([^<]*)<\/v>/g;
const MISSING_REF = /<(?:row|c)(?=[\s/>])(?![^>]*\sr=)/;

/** Excel serial (1900 system) of an ISO 8601 date-time, or null. */
function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(iso.trim());
  if (!m) return null;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), 0) + Number(m[6] ?? 0) * 1000;
  return ms / 86400000 + 25569;
}

function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Adds the implicit `r` attributes: a row without one follows the previous row, a cell the previous cell. */
function addMissingRefs(data: string): string {
  let row = 0;
  let col = 0;
  return data.replace(/<(row|c)(?=[\s/>])([^>]*)>/g, (tag, name: string, rest: string) => {
    const r = attrs(tag).r;
    if (name === 'row') {
      row = r && /^\d+$/.test(r) ? Number(r) : row + 1;
      col = 0;
      return r ? tag : `<row r="${row}"${rest}>`;
    }
    const m = r ? /^([A-Za-z]{1,3})(\d+)$/.exec(r) : null;
    if (m) {
      col = 0;
      for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
      return tag;
    }
    col += 1;
    return `<c r="${columnLetters(col)}${row}"${rest}>`;
  });
}

/** The worksheet as ExcelJS should see it: sheetData only, values only. */
function readingSheetXml(xml: string): { xml: string; merges: string[] } {
  const x = dePrefix(xml, 'worksheet');
  const open = /<sheetData(?=[\s/>])[^>]*?(\/?)>/.exec(x);
  let data = '';
  let tail = '';
  if (open) {
    const from = open.index + open[0].length;
    if (open[1]) tail = x.slice(from);
    else {
      const end = x.indexOf('</sheetData>', from);
      data = x.slice(from, end < 0 ? x.length : end);
      tail = end < 0 ? '' : x.slice(end);
    }
  }
  data = data
    .replace(FORMULA, '')
    // ExcelJS decodes entities of `str` results a second time (`&amp;lt;` would become `<`).
    .replace(STR_CELL, '$1t="inlineStr"$2><is><t xml:space="preserve">$3</t></is>')
    .replace(DATE_CELL, (m, pre: string, post: string, v: string) => {
      const serial = isoToSerial(v);
      return serial === null ? m : `${pre}${post}><v>${serial}</v>`;
    });
  if (MISSING_REF.test(data)) data = addMissingRefs(data);
  const merges = [...tail.matchAll(elementRe('', 'mergeCell'))].map((m) => attrs(m[0]).ref ?? '').filter(Boolean);
  return {
    xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}"><sheetData>${data}</sheetData></worksheet>`,
    merges,
  };
}

export async function buildReadingPackage(pkg: Package, workbookPart: string, wb: WorkbookXml): Promise<ReadingPackage> {
  const out = new JSZip();
  const rels = await pkg.rels(workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = new Map<number, ReadingSheet>();
  const sheetEls: string[] = [];
  const relEls: string[] = [];

  for (const [i, entry] of wb.sheets.entries()) {
    const rel = byId.get(entry.relId);
    if (!rel || rel.external || !relIs(rel, 'worksheet')) continue;
    const xml = await pkg.text(rel.part);
    if (xml === null) continue;
    const n = sheets.size + 1;
    const sheet = readingSheetXml(xml);
    out.file(`xl/worksheets/sheet${n}.xml`, sheet.xml);
    const key = `S${n}`;
    sheetEls.push(`<sheet name="${key}" sheetId="${n}" r:id="rIdS${n}"/>`);
    relEls.push(relElement(`rIdS${n}`, REL_TYPE.worksheet, `worksheets/sheet${n}.xml`));
    sheets.set(i, { key, part: rel.part, merges: sheet.merges });
  }

  for (const [kind, name, root] of [
    ['styles', 'styles.xml', 'styleSheet'],
    ['sharedStrings', 'sharedStrings.xml', 'sst'],
  ] as const) {
    const rel = rels.find((r) => relIs(r, kind) && !r.external);
    const xml = rel ? await pkg.text(rel.part) : null;
    if (xml === null) continue;
    out.file(`xl/${name}`, dePrefix(xml, root));
    relEls.push(relElement(`rId${kind}`, REL_TYPE[kind], name));
  }

  const date1904 = wb.date1904 ? '<workbookPr date1904="1"/>' : '';
  out.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${date1904}<sheets>${sheetEls.join('')}</sheets></workbook>`,
  );
  out.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relEls.join('')}</Relationships>`,
  );
  out.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relElement('rId1', REL_TYPE.officeDocument, 'xl/workbook.xml')}</Relationships>`,
  );
  return { bytes: await out.generateAsync({ type: 'uint8array', compression: 'STORE' }), sheets };
}
