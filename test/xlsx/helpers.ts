import * as ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';
import JSZip from 'jszip';

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
