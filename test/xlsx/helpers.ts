import * as ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';
import JSZip from 'jszip';
import { nodeCodec } from '../../src/xlsx/nodecodec';
import { writeZip } from '../../src/xlsx/zip';

export async function excelBuffer(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Rewrites parts of a package, to imitate what other producers write. */
export async function editZip(bytes: Uint8Array, edit: (zip: JSZip) => Promise<void> | void): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  await edit(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function zipText(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(name);
  if (!file) throw new Error(`no ${name} in package`);
  return file.async('string');
}

/** Every file entry's uncompressed bytes, by name. */
export async function zipEntries(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('nodebuffer'));
  return out;
}

export async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/**
 * A package as SDK-based producers write it: namespace-prefixed markup, rows and cells
 * without `r`, an ISO date cell, shared formulas, an absolute target, no styles part.
 */
export async function sdkPackage(): Promise<Buffer> {
  const sheet =
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
    '<x:row><x:c t="inlineStr"><x:is><x:t>Nr.</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Frist</x:t></x:is></x:c><x:c><x:v>1</x:v></x:c></x:row>' +
    '<x:row><x:c t="inlineStr"><x:is><x:t>1.1</x:t></x:is></x:c><x:c t="d"><x:v>2019-06-30T00:00:00</x:v></x:c>' +
    '<x:c><x:f t="shared" ref="C2:C3" si="0">C1+1</x:f><x:v>2</x:v></x:c></x:row>' +
    '<x:row r="3"><x:c r="C3"><x:f t="shared" si="0"/><x:v>3</x:v></x:c></x:row>' +
    '</x:sheetData></x:worksheet>';
  const workbook =
    '<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="SDK" sheetId="1" r:id="R1"/></x:sheets></x:workbook>';
  return editZip(await excelBuffer((wb) => wb.addWorksheet('A')), (zip) => {
    zip.file('xl/workbook.xml', workbook);
    zip.file('xl/worksheets/sheet1.xml', sheet);
    zip.remove('xl/worksheets/_rels/sheet1.xml.rels');
    zip.remove('xl/styles.xml');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="R1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
    );
  });
}

const NAMESPACES = {
  transitional: {
    main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
    rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
    drawing: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  },
  strict: {
    main: 'http://purl.oclc.org/ooxml/spreadsheetml/main',
    rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
    drawing: 'http://purl.oclc.org/ooxml/drawingml/main',
  },
};

/** A zip of the given parts, written by the product's own zip layer. */
export function zipOf(parts: Record<string, string | Uint8Array>): Buffer {
  const entries = Object.entries(parts).map(([name, content]) => ({ name, content: typeof content === 'string' ? Buffer.from(content, 'utf8') : content }));
  return Buffer.from(writeZip(entries, nodeCodec));
}

export interface HandMadeBook {
  strict?: boolean;
  /** A namespace prefix for SpreadsheetML elements (`x` gives `<x:worksheet>`); the parts given must use it too. */
  prefix?: string;
  /** The worksheet's children (`<sheetData>…</sheetData><mergeCells>…`), in the main namespace as default. */
  sheet: string;
  /** `<si>` items. */
  sharedStrings?: string;
  /** The styles part's children (`<numFmts>`, `<fills>`, `<cellXfs>`…). */
  styles?: string;
  /** The theme's `<a:clrScheme>`. */
  clrScheme?: string;
  date1904?: boolean;
  /** The worksheet relationship's target, relative to xl/workbook.xml or absolute. */
  sheetTarget?: string;
}

/** A one-sheet workbook package written by hand, as small producers write them. */
export function handMadeBook(b: HandMadeBook): Buffer {
  const ns = b.strict ? NAMESPACES.strict : NAMESPACES.transitional;
  const p = b.prefix ? `${b.prefix}:` : '';
  const xmlns = b.prefix ? `xmlns:${b.prefix}` : 'xmlns';
  const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${ns.rel}/${type}" Target="${target}"/>`;
  const rels = (items: string[]) => `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
  const target = b.sheetTarget ?? 'worksheets/sheet1.xml';
  const wbRels = [rel('rId1', 'worksheet', target)];
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      '<Default Extension="xml" ContentType="application/xml"/></Types>',
    '_rels/.rels': rels([rel('rId1', 'officeDocument', 'xl/workbook.xml')]),
    'xl/workbook.xml':
      `${decl}<${p}workbook ${xmlns}="${ns.main}" xmlns:r="${ns.rel}">${b.date1904 ? `<${p}workbookPr date1904="1"/>` : ''}` +
      `<${p}sheets><${p}sheet name="Ark1" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`,
    [target.startsWith('/') ? target.slice(1) : `xl/${target}`]: `${decl}<${p}worksheet ${xmlns}="${ns.main}" xmlns:r="${ns.rel}">${b.sheet}</${p}worksheet>`,
  };
  if (b.sharedStrings !== undefined) {
    wbRels.push(rel('rId2', 'sharedStrings', 'sharedStrings.xml'));
    parts['xl/sharedStrings.xml'] = `${decl}<${p}sst ${xmlns}="${ns.main}">${b.sharedStrings}</${p}sst>`;
  }
  if (b.styles !== undefined) {
    wbRels.push(rel('rId3', 'styles', 'styles.xml'));
    parts['xl/styles.xml'] = `${decl}<${p}styleSheet ${xmlns}="${ns.main}">${b.styles}</${p}styleSheet>`;
  }
  if (b.clrScheme !== undefined) {
    wbRels.push(rel('rId4', 'theme', 'theme/theme1.xml'));
    parts['xl/theme/theme1.xml'] = `${decl}<a:theme xmlns:a="${ns.drawing}" name="Office"><a:themeElements>${b.clrScheme}</a:themeElements></a:theme>`;
  }
  parts['xl/_rels/workbook.xml.rels'] = rels(wbRels);
  return zipOf(parts);
}

/**
 * A Strict Open XML package made from a Transitional one, as Excel's "Strict Open XML
 * Spreadsheet" format writes it (LibreOffice cannot save Strict, and ExcelJS neither):
 * - every Transitional namespace and relationship type of ECMA-376 Part 4 becomes its
 *   Part 1 (purl.oclc.org) counterpart: spreadsheetml, relationships, drawingml,
 *   extended properties and their vector types;
 * - the extended-properties relationship type is spelled `extendedProperties`;
 * - the workbook declares `conformance="strict"`;
 * - borders name their left and right edges `start` and `end`.
 * The package layer (content types, the relationships parts' own namespace, core
 * properties) is the same in both, as in files Excel saves.
 */
export async function toStrict(bytes: Uint8Array): Promise<Buffer> {
  const T = 'http://schemas.openxmlformats.org/';
  const S = 'http://purl.oclc.org/ooxml/';
  return editZip(bytes, async (zip) => {
    for (const f of Object.values(zip.files)) {
      if (f.dir || !/\.(xml|rels)$/.test(f.name) || f.name === '[Content_Types].xml') continue;
      let xml = (await f.async('string'))
        .split(`${T}spreadsheetml/2006/main`).join(`${S}spreadsheetml/main`)
        .split(`${T}officeDocument/2006/relationships/extended-properties`).join(`${S}officeDocument/relationships/extendedProperties`)
        .split(`${T}officeDocument/2006/relationships`).join(`${S}officeDocument/relationships`)
        .split(`${T}officeDocument/2006/extended-properties`).join(`${S}officeDocument/extendedProperties`)
        .split(`${T}officeDocument/2006/docPropsVTypes`).join(`${S}officeDocument/docPropsVTypes`)
        .replace(new RegExp(`${T}drawingml/2006/`, 'g'), `${S}drawingml/`);
      if (f.name === 'xl/workbook.xml') xml = xml.replace(/<workbook(?=[\s>])/, '<workbook conformance="strict"');
      if (f.name === 'xl/styles.xml') xml = xml.replace(/<(\/?)left(?=[\s/>])/g, '<$1start').replace(/<(\/?)right(?=[\s/>])/g, '<$1end');
      zip.file(f.name, xml);
    }
  });
}

/** The transitional namespaces a Strict package must not gain. */
export const TRANSITIONAL_NAMESPACES = [
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://schemas.openxmlformats.org/drawingml/2006/',
];

/**
 * Problems of one XML text read with a namespace-aware parser: not well-formed, a prefix
 * declared twice on an element, or one namespace bound to two prefixes on the same element.
 */
export function xmlFaults(xml: string): string[] {
  const faults: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => faults.push(e.message));
  parser.on('opentag', (tag) => {
    const uris = Object.values(tag.ns ?? {});
    if (new Set(uris).size !== uris.length) faults.push(`<${tag.name}> binds a namespace twice`);
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    faults.push((e as Error).message);
  }
  return faults;
}

/**
 * A Compound File (the container of an .xls and of a password-protected .xlsx) holding
 * directory entries of the given names, and nothing in them: the header, then each
 * entry's name, name length and type (a stream) where a directory sector holds them.
 */
export function compoundFile(streams: string[]): Buffer {
  const bytes = Buffer.alloc(1024 + 128 * (streams.length + 1));
  // Signature, minor/major version 3, little-endian byte order, 512-byte sectors, 64-byte mini sectors.
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  bytes.writeUInt16LE(0x003e, 0x18);
  bytes.writeUInt16LE(0x0003, 0x1a);
  bytes.writeUInt16LE(0xfffe, 0x1c);
  bytes.writeUInt16LE(0x0009, 0x1e);
  bytes.writeUInt16LE(0x0006, 0x20);
  ['Root Entry', ...streams].forEach((name, i) => {
    const at = 1024 + 128 * i;
    const encoded = Buffer.from(`${name}\0`, 'utf16le');
    encoded.copy(bytes, at);
    bytes.writeUInt16LE(encoded.length, at + 0x40);
    bytes[at + 0x42] = i === 0 ? 5 : 2;
  });
  return bytes;
}
