/**
 * Puts an overview into a workbook another program saved, as one extra worksheet part:
 * the part itself, its `<sheet>` entry in workbook.xml, its relationship and its content
 * type. Every other zip entry keeps its bytes, so what `summarize` does to the package
 * afterwards can be compared entry by entry. The sheet speaks the package's own
 * SpreadsheetML namespace (a Strict workbook stays Strict).
 */
import JSZip from 'jszip';
import type { CellValue } from '../../src/core/grid';
import { OVERVIEW_HEAD, overviewRow, type CellInput } from '../helpers/grid';

const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const TRANSITIONAL_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export const OVERVIEW_SHEET = 'Leveranceoversigt';

const ROWS: CellInput[][] = [
  ...OVERVIEW_HEAD,
  ['1. Digital kommunikation og borgerbetjening'],
  overviewRow('1.1: Sammenhængende borgerservice', ['ultimo 2016'], 'Anne Bach', 'anbk@kl.dk', 'Digitalisering og Borgerbetjening', 'Grøn'),
  overviewRow('1.2: Digital post', [null, 'medio 2017'], 'Anne Bach', 'anbk@kl.dk', 'Digitalisering og Borgerbetjening', 'Gul', 'Forsinket'),
  ['2. Digital velfærd'],
  overviewRow('2.1: Velfærdsteknologi', [null, null, 'primo 2018'], 'Bo Dahl', 'bod@kl.dk', 'Velfærd', 'Rød', 'Afventer aftale'),
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function sheetXml(main: string): string {
  const rows = ROWS.map((row, r) => {
    const cells = row
      .map((v, c) => {
        const value = v as CellValue;
        const ref = `${columnLetter(c + 1)}${r + 1}`;
        if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
        if (typeof value === 'string' && value) return `<c r="${ref}" t="inlineStr"><is><t>${esc(value)}</t></is></c>`;
        return '';
      })
      .join('');
    return cells ? `<row r="${r + 1}">${cells}</row>` : '';
  }).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${main}"><sheetData>${rows}</sheetData></worksheet>`;
}

function resolve(base: string, target: string): string {
  const parts = target.startsWith('/') ? [] : base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg && seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/** A zip entry name as a part name: '/' for the '\' some Windows producers write, no leading '/', lower case. */
export const partKey = (name: string) => name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();

/** The zip entry of a part name, matched as `partKey` does. */
function entry(zip: JSZip, part: string): JSZip.JSZipObject | null {
  const want = partKey(part);
  return Object.values(zip.files).find((f) => !f.dir && partKey(f.name) === want) ?? null;
}

/**
 * A part's text, and how to store edited text as the part was stored: a producer that
 * writes workbook.xml in UTF-16 (with or without a byte-order mark) keeps it so.
 */
async function textOf(e: JSZip.JSZipObject): Promise<{ text: string; store: (text: string) => Buffer }> {
  const bytes = await e.async('nodebuffer');
  const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const le = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0x3c && bytes[1] === 0x00);
  const be = (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0x00 && bytes[1] === 0x3c);
  if (!le && !be) return { text: bytes.toString('utf8'), store: (text) => Buffer.from(text, 'utf8') };
  const body = bytes.subarray(bom ? 2 : 0);
  const text = (be ? Buffer.from(body).swap16() : body).toString('utf16le');
  return {
    text,
    store: (edited) => {
      const out = Buffer.from(edited, 'utf16le');
      return Buffer.concat([bom ? Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]) : Buffer.alloc(0), be ? out.swap16() : out]);
    },
  };
}

export interface WithOverview {
  bytes: Buffer;
  /** Entry names the helper rewrote (workbook.xml, its rels, the content types) or added. */
  touched: string[];
}

/** The workbook with the overview added; throws when the package has no findable workbook part. */
export async function addOverview(original: Uint8Array): Promise<WithOverview> {
  const zip = await JSZip.loadAsync(original);
  const rootRels = entry(zip, '_rels/.rels');
  const officeDoc = rootRels && /<(?:\w+:)?Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(await rootRels.async('string'))?.[0];
  const wbPart = resolve('', /Target="([^"]*)"/.exec(officeDoc ?? '')?.[1] ?? 'xl/workbook.xml');
  const wbEntry = entry(zip, wbPart);
  const typesEntry = entry(zip, '[Content_Types].xml');
  if (!wbEntry || !typesEntry) throw new Error('no workbook part');
  const relsPart = wbPart.replace(/[^/]+$/, (f) => `_rels/${f}.rels`);
  const relsEntry = entry(zip, relsPart);
  if (!relsEntry) throw new Error('no workbook relationships');

  const stored = await textOf(wbEntry);
  let workbook = stored.text;
  const strict = workbook.includes(STRICT_MAIN);
  const dir = wbPart.replace(/[^/]+$/, '');
  const sheetPart = `${dir}worksheets/leverance-overview.xml`;
  zip.file(sheetPart, sheetXml(strict ? STRICT_MAIN : 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'));

  const rel = strict ? STRICT_REL : TRANSITIONAL_REL;
  const rels = await relsEntry.async('string');
  zip.file(
    relsEntry.name,
    rels.replace(/<\/((?:\w+:)?)Relationships>/, (end, p: string) => `<${p}Relationship Id="rIdLeverance" Type="${rel}/worksheet" Target="worksheets/leverance-overview.xml"/>${end}`),
  );
  const types = await typesEntry.async('string');
  zip.file(typesEntry.name, types.replace(/<\/((?:\w+:)?)Types>/, (end, p: string) => `<${p}Override PartName="/${sheetPart}" ContentType="${WORKSHEET_TYPE}"/>${end}`));

  const p = /<(\w+:)?workbook[\s>]/.exec(workbook)?.[1] ?? '';
  const ids = [...workbook.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const sheet = `<${p}sheet name="${OVERVIEW_SHEET}" sheetId="${Math.max(0, ...ids) + 1}" xmlns:lev="${rel}" lev:id="rIdLeverance"/>`;
  workbook = workbook.replace(new RegExp(`</${p}sheets>`), (end) => sheet + end);
  zip.file(wbEntry.name, stored.store(workbook));
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { bytes, touched: [wbEntry.name, relsEntry.name, typesEntry.name, sheetPart] };
}
