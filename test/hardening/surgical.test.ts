/**
 * Surgical writing, proved (SPEC §7 "Nothing is lost"): a workbook whose user sheets hold
 * a chart, a pivot table, data validations, comments, conditional formats, defined names,
 * an image and custom XML goes through `leverance summarize` twice. Every part the product
 * does not own keeps its bytes; the shared parts it must edit only gain; LibreOffice opens
 * and prints the result.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/xlsx';
import { OVERVIEW_HEAD, overviewRow } from '../helpers/grid';
import { zipEntries } from '../xlsx/helpers';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const SHARED = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'docProps/app.xml', 'xl/styles.xml'];

const CHART =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}">` +
  '<c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
  '<c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>Diagram!$A$1:$A$3</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Diagram!$B$1:$B$3</c:f></c:numRef></c:val></c:ser>' +
  '<c:axId val="101"/><c:axId val="102"/></c:barChart>' +
  '<c:catAx><c:axId val="101"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="102"/></c:catAx>' +
  '<c:valAx><c:axId val="102"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="101"/></c:valAx>' +
  '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';

const CHART_DRAWING =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
  '<xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  '<xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const PIVOT_CACHE =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${R}" saveData="0" refreshOnLoad="1" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="3">` +
  '<cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="Data"/></cacheSource><cacheFields count="2">' +
  '<cacheField name="Status" numFmtId="0"><sharedItems count="3"><s v="Grøn"/><s v="Gul"/><s v="Rød"/></sharedItems></cacheField>' +
  '<cacheField name="Antal" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="5"/></cacheField>' +
  '</cacheFields></pivotCacheDefinition>';

const PIVOT_TABLE =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${MAIN}" name="Pivottabel1" cacheId="7" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Værdier" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" useAutoFormatting="1" itemPrintTitles="1" indent="0" outline="1" outlineData="1">` +
  '<location ref="A3:B7" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2">' +
  '<pivotField axis="axisRow" showAll="0"><items count="4"><item x="0"/><item x="1"/><item x="2"/><item t="default"/></items></pivotField>' +
  '<pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields>' +
  '<rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems>' +
  '<dataFields count="1"><dataField name="Sum af Antal" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>';

const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`;
const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`;
const rels = (...els: string[]) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${els.join('')}</Relationships>`;

/** The user's workbook: ExcelJS for what it models, hand-written parts for a chart and a pivot table. */
async function userWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ov = wb.addWorksheet('Leveranceoversigt');
  const body = [
    ['1. Digital kommunikation og borgerbetjening'],
    overviewRow('1.1: Borgerservice', ['ultimo 2016'], 'Anne Bach', 'anbk@kl.dk', 'Digitalisering og Borgerbetjening', 'Grøn'),
    overviewRow('1.2: Digital post', [null, 'medio 2017'], 'Anne Bach', 'anbk@kl.dk', 'Digitalisering og Borgerbetjening', 'Gul', 'Forsinket'),
  ];
  [...OVERVIEW_HEAD, ...body].forEach((r, i) => r.forEach((v, k) => v !== null && v !== undefined && (ov.getCell(i + 1, k + 1).value = v as ExcelJS.CellValue)));
  ov.getCell('J7').note = 'Status aftalt med kontoret';
  ov.getCell('J7').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Grøn,Gul,Rød"'] };
  ov.addConditionalFormatting({
    ref: 'J7:J8',
    rules: [{ type: 'cellIs', operator: 'equal', formulae: ['"Rød"'], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFF0000' } } } }],
  });

  const data = wb.addWorksheet('Data');
  [['Status', 'Antal'], ['Grøn', 5], ['Gul', 2], ['Rød', 1]].forEach((r, i) => r.forEach((v, k) => (data.getCell(i + 1, k + 1).value = v)));
  data.getCell('A1').note = 'Opdateres i juni og december';
  data.getCell('A2').dataValidation = { type: 'list', allowBlank: false, formulae: ['"Grøn,Gul,Rød"'], showErrorMessage: true, error: 'Vælg en status' };
  data.getCell('B2').font = { bold: true, color: { argb: 'FF1F4E79' } };
  data.addConditionalFormatting({
    ref: 'B2:B4',
    rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['3'], priority: 1, style: { font: { italic: true }, fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FF00B050' } } } }],
  });
  // ExcelJS declares its own `Buffer` type; at run time it takes a Node Buffer.
  data.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' }), 'D2:F6');
  wb.definedNames.add("'Data'!$A$1:$B$4", 'Statusdata');

  const chart = wb.addWorksheet('Diagram');
  [['Grøn', 5], ['Gul', 2], ['Rød', 1]].forEach((r, i) => r.forEach((v, k) => (chart.getCell(i + 1, k + 1).value = v)));
  const pivot = wb.addWorksheet('Pivot', { state: 'hidden' });
  [['Rækkenavne', 'Sum af Antal'], ['Grøn', 5], ['Gul', 2], ['Rød', 1], ['Hovedtotal', 8]].forEach((r, i) => r.forEach((v, k) => (pivot.getCell(i + 3, k + 1).value = v)));

  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const text = (name: string) => zip.file(name)!.async('string');
  zip.file('xl/worksheets/sheet3.xml', (await text('xl/worksheets/sheet3.xml')).replace('</worksheet>', '<drawing r:id="rIdChart"/></worksheet>'));
  zip.file('xl/worksheets/_rels/sheet3.xml.rels', rels(rel('rIdChart', 'drawing', '../drawings/drawing9.xml')));
  zip.file('xl/drawings/drawing9.xml', CHART_DRAWING);
  zip.file('xl/drawings/_rels/drawing9.xml.rels', rels(rel('rId1', 'chart', '../charts/chart1.xml')));
  zip.file('xl/charts/chart1.xml', CHART);
  zip.file('xl/pivotCache/pivotCacheDefinition1.xml', PIVOT_CACHE);
  zip.file('xl/pivotTables/pivotTable1.xml', PIVOT_TABLE);
  zip.file('xl/pivotTables/_rels/pivotTable1.xml.rels', rels(rel('rId1', 'pivotCacheDefinition', '../pivotCache/pivotCacheDefinition1.xml')));
  zip.file('xl/worksheets/_rels/sheet4.xml.rels', rels(rel('rId1', 'pivotTable', '../pivotTables/pivotTable1.xml')));
  zip.file('xl/_rels/workbook.xml.rels', (await text('xl/_rels/workbook.xml.rels')).replace('</Relationships>', `${rel('rIdPivotCache', 'pivotCacheDefinition', 'pivotCache/pivotCacheDefinition1.xml')}</Relationships>`));
  zip.file('xl/workbook.xml', (await text('xl/workbook.xml')).replace(/(<calcPr[^>]*\/>)/, '$1<pivotCaches><pivotCache cacheId="7" r:id="rIdPivotCache"/></pivotCaches>'));
  zip.file('customXml/item1.xml', '<?xml version="1.0"?><leverance xmlns="urn:x-test">behold mig</leverance>');
  zip.file(
    '[Content_Types].xml',
    (await text('[Content_Types].xml')).replace(
      '</Types>',
      override('xl/drawings/drawing9.xml', 'drawing+xml') +
        override('xl/charts/chart1.xml', 'drawingml.chart+xml') +
        override('xl/pivotCache/pivotCacheDefinition1.xml', 'spreadsheetml.pivotCacheDefinition+xml') +
        override('xl/pivotTables/pivotTable1.xml', 'spreadsheetml.pivotTable+xml') +
        '</Types>',
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The raw child elements of the first `<parent>` element (any prefix), in order. */
function children(xml: string, parent: string): string[] {
  const m = new RegExp(`<((?:[\\w.-]+:)?${parent})(?=[\\s>/])[^>]*?(?:/>|>([\\s\\S]*?)</\\1>)`).exec(xml);
  if (!m) return [];
  const inner = m[2] ?? '';
  const out: string[] = [];
  // A child is a self-closing tag or a tag with its content up to the matching close tag.
  const re = /<([\w.:-]+)(?=[\s>/])[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g;
  for (const c of inner.matchAll(re)) out.push(c[0]);
  return out;
}

let dir: string;
let input: Buffer;
let once: Buffer;
let twice: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'leverance-surgical-'));
  input = await userWorkbook();
  const files = ['input.xlsx', 'once.xlsx', 'twice.xlsx'].map((f) => join(dir, f));
  writeFileSync(files[0], input);
  const quiet = { stdout: () => undefined, stderr: (s: string) => process.stderr.write(s), isTTY: false };
  expect(await main(['summarize', files[0], '--out', files[1], '--report-date', '2018-06-15'], quiet)).toBe(0);
  expect(await main(['summarize', files[1], '--out', files[2], '--report-date', '2018-12-15'], quiet)).toBe(0);
  once = readFileSync(files[1]);
  twice = readFileSync(files[2]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a workbook with charts, a pivot table, validations, comments, formats, names and an image', () => {
  it('holds each of them (the fixture is what it claims)', async () => {
    const names = [...(await zipEntries(input)).keys()];
    for (const part of [
      'xl/charts/chart1.xml',
      'xl/drawings/drawing9.xml',
      'xl/pivotCache/pivotCacheDefinition1.xml',
      'xl/pivotTables/pivotTable1.xml',
      'xl/comments1.xml',
      'xl/comments2.xml',
      'xl/drawings/vmlDrawing1.vml',
      'xl/media/image1.png',
      'customXml/item1.xml',
    ]) {
      expect(names).toContain(part);
    }
    const sheet2 = (await zipEntries(input)).get('xl/worksheets/sheet2.xml')!.toString();
    expect(sheet2).toContain('<dataValidations');
    expect(sheet2).toContain('<conditionalFormatting');
    expect(sheet2).toContain('<drawing ');
    expect((await zipEntries(input)).get('xl/workbook.xml')!.toString()).toContain('<definedName name="Statusdata">');
  });

  it.each([
    ['once', () => once],
    ['twice', () => twice],
  ])('keeps every part it does not own byte for byte after summarizing %s', async (_n, out) => {
    const before = await zipEntries(input);
    const after = await zipEntries(out());
    for (const [name, bytes] of before) {
      if (SHARED.includes(name)) continue;
      expect([name, after.get(name)]).toEqual([name, bytes]);
    }
  });

  it('only adds to the shared parts it must edit', async () => {
    const before = await zipEntries(input);
    const after = await zipEntries(twice);
    const text = (m: Map<string, Buffer>, name: string) => m.get(name)!.toString('utf8');
    const kept = (name: string, parent: string) => {
      const old = children(text(before, name), parent);
      const now = children(text(after, name), parent);
      expect([name, parent, old.length > 0]).toEqual([name, parent, true]);
      for (const el of old) expect([name, parent, now.includes(el)]).toEqual([name, parent, true]);
      return { old, now };
    };
    kept('[Content_Types].xml', 'Types');
    kept('xl/_rels/workbook.xml.rels', 'Relationships');
    // workbook.xml: the sheet list and the names only gain; every other element (pivot caches,
    // calculation settings, …) stays as it was.
    kept('xl/workbook.xml', 'sheets');
    kept('xl/workbook.xml', 'definedNames');
    for (const el of children(text(before, 'xl/workbook.xml'), 'workbook')) {
      if (/^<(?:\w+:)?(sheets|definedNames)[\s>]/.test(el)) continue;
      expect(children(text(after, 'xl/workbook.xml'), 'workbook')).toContain(el);
    }
    expect(text(after, 'xl/workbook.xml')).toContain('<pivotCaches><pivotCache cacheId="7" r:id="rIdPivotCache"/></pivotCaches>');
    // app.xml: the sheet titles only gain; the sheet count in HeadingPairs is the one number that changes.
    const titles = (m: Map<string, Buffer>) => children(children(text(m, 'docProps/app.xml'), 'Properties').find((c) => c.startsWith('<TitlesOfParts'))!, 'vector');
    for (const title of titles(before)) expect(titles(after)).toContain(title);
    for (const el of children(text(before, 'docProps/app.xml'), 'Properties')) {
      if (/^<(HeadingPairs|TitlesOfParts)[\s>]/.test(el)) continue;
      expect(children(text(after, 'docProps/app.xml'), 'Properties')).toContain(el);
    }
    // Style indexes are referenced by position (cells' s=, conditional formats' dxfId), so the
    // old entries must stay where they were: the new ones only follow them.
    for (const list of ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs']) {
      const old = children(text(before, 'xl/styles.xml'), list);
      const now = children(text(after, 'xl/styles.xml'), list);
      expect([list, now.slice(0, old.length)]).toEqual([list, old]);
      if (['fonts', 'fills', 'cellXfs', 'dxfs'].includes(list)) expect([list, old.length > 0]).toEqual([list, true]);
    }
  });

  it('reads the user sheets back unchanged, and replaces its own sheets instead of adding more', async () => {
    const a = await XlsxWorkbook.fromBuffer(input);
    const b = await XlsxWorkbook.fromBuffer(twice);
    for (const name of ['Leveranceoversigt', 'Data', 'Diagram', 'Pivot']) expect(await b.readGrid(name)).toEqual(await a.readGrid(name));
    const sheetsOnce = (await (await XlsxWorkbook.fromBuffer(once)).listSheets()).map((s) => s.name);
    expect((await b.listSheets()).map((s) => s.name)).toEqual(sheetsOnce);
    expect(sheetsOnce).toEqual(['Leveranceoversigt', 'Data', 'Diagram', 'Pivot', 'Samlet status', 'Statusnotat', '1. Digital kommunikation og…', 'Validering', 'Leverance historik']);
  });
});

const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync('which', [cmd]).status === 0);
const lo = soffice ? it : it.skip;
const skipped = soffice ? '' : ' (skipped: LibreOffice — soffice — is not installed; CI installs libreoffice-calc-nogui)';

lo(
  `LibreOffice opens the twice-summarized workbook and prints it to PDF${skipped}`,
  () => {
    const file = join(dir, 'twice.xlsx');
    const outDir = join(dir, 'pdf');
    const run = spawnSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', outDir, file], {
      timeout: 120_000,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const pdf = join(outDir, 'twice.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  },
  150_000,
);
