import * as ExcelJS from 'exceljs';
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
