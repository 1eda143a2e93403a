import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Cell, Grid } from '../../src/core/grid';
import { WorkbookError } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/xlsx';
import { applyTint } from '../../src/xlsx/colors';
import { compoundFile, editZip, excelBuffer, handMadeBook, sdkPackage } from './helpers';

function at(grid: Grid, address: string): Cell | null | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return grid.cells[Number(m[2]) - grid.originRow]?.[col - grid.originCol];
}

async function errorOf(p: Promise<unknown>): Promise<WorkbookError | null> {
  try {
    await p;
  } catch (e) {
    if (e instanceof WorkbookError) return e;
    throw e;
  }
  return null;
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  return (await errorOf(p))?.code ?? 'no error';
}

/** The grid's values, row by row (missing cells as null). */
function values(grid: Grid): unknown[][] {
  return Array.from(grid.cells, (r) => Array.from(r ?? [], (c) => c?.value ?? null));
}

async function gridOf(bytes: Uint8Array): Promise<Grid> {
  return (await XlsxWorkbook.fromBuffer(bytes)).readGrid('Ark1');
}

/** Sets the CRC-32 the central directory records for one entry to a wrong value. */
function breakCrc(zip: Buffer, entry: string): Buffer {
  const out = Buffer.from(zip);
  for (let p = out.length - 22; p >= 0; p--) {
    if (out.readUInt32LE(p) !== 0x02014b50) continue;
    const name = out.toString('utf8', p + 46, p + 46 + out.readUInt16LE(p + 28));
    if (name === entry) {
      out.writeUInt32LE((out.readUInt32LE(p + 16) ^ 0xffff) >>> 0, p + 16);
      return out;
    }
  }
  throw new Error(`no ${entry}`);
}

describe('XlsxWorkbook reading', () => {
  let sample: Buffer;

  beforeAll(async () => {
    sample = await excelBuffer((wb) => {
      const ws = wb.addWorksheet('Oversigt');
      ws.getCell('B2').value = 'LEVERANCEOVERSIGT';
      ws.getCell('B3').value = 1.1;
      ws.getCell('B3').numFmt = '0.00';
      ws.getCell('C3').value = { formula: 'B3*2', result: 2.2 };
      ws.getCell('D3').value = { formula: '1/0', result: { error: '#DIV/0!' } };
      ws.getCell('E3').value = { error: '#N/A' };
      ws.getCell('F3').value = { richText: [{ text: 'Grø' }, { text: 'n', font: { bold: true } }] };
      ws.getCell('G3').value = { text: 'KL', hyperlink: 'https://www.kl.dk' };
      ws.getCell('H3').value = new Date(Date.UTC(2019, 5, 30));
      ws.getCell('I3').value = true;
      ws.getCell('J3').value = { formula: 'CONCATENATE("a","&lt;")', result: 'a&lt;' };
      ws.getCell('B4').value = 'Merged';
      ws.mergeCells('B4:C5');
      ws.getCell('D4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
      ws.getCell('E4').fill = { type: 'pattern', pattern: 'solid', fgColor: { indexed: 10 } as never };
      ws.getCell('F4').value = 'x';
      ws.getCell('F4').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 9, tint: 0 } as never };
      ws.getCell('B6').value = 1234567.891;
      ws.getCell('B6').numFmt = '#,##0';
      ws.getCell('C6').value = 0.255;
      ws.getCell('C6').numFmt = '0.0%';
      ws.getCell('D6').value = 3;
      ws.addTable({
        name: 'Initiativer',
        ref: 'B8',
        headerRow: true,
        columns: [{ name: 'Nr.' }, { name: 'Titel' }],
        rows: [
          ['1.1', 'A'],
          ['1.2', 'B'],
        ],
      });
      wb.addWorksheet('Tom');
    });
  });

  it('reads values as Excel shows them', async () => {
    const wb = await XlsxWorkbook.fromBuffer(sample);
    const grid = await wb.readGrid('Oversigt');
    expect([grid.originRow, grid.originCol]).toEqual([2, 2]);
    expect(at(grid, 'B2')?.value).toBe('LEVERANCEOVERSIGT');
    expect(at(grid, 'B3')).toEqual({ value: 1.1, text: '1.10', numFmt: '0.00' });
    expect(at(grid, 'C3')?.value).toBe(2.2);
    expect(at(grid, 'D3')?.value).toEqual({ error: '#DIV/0!' });
    expect(at(grid, 'E3')?.value).toEqual({ error: '#N/A' });
    expect(at(grid, 'F3')?.value).toBe('Grøn');
    expect(at(grid, 'G3')?.value).toBe('KL');
    expect(at(grid, 'H3')?.value).toEqual(new Date(Date.UTC(2019, 5, 30)));
    expect(at(grid, 'I3')?.value).toBe(true);
    expect(at(grid, 'J3')?.value).toBe('a&lt;');
    expect(at(grid, 'B6')?.text).toBe('1,234,568');
    expect(at(grid, 'C6')?.text).toBe('25.5%');
    expect(at(grid, 'D6')?.text).toBe('3');
  });

  it('reads fills, merges and tables relative to the grid origin', async () => {
    const wb = await XlsxWorkbook.fromBuffer(sample);
    const grid = await wb.readGrid('Oversigt');
    expect(at(grid, 'D4')).toEqual({ value: null, fill: '00B050' });
    expect(at(grid, 'E4')?.fill).toBe('FF0000');
    // Theme colour 9 is accent6 of the theme ExcelJS writes (Office 2007-2010).
    expect(at(grid, 'F4')?.fill).toBe('F79646');
    expect(grid.merges).toEqual([{ top: 2, left: 0, bottom: 3, right: 1 }]);
    expect(at(grid, 'B4')?.value).toBe('Merged');
    expect(at(grid, 'C4')).toBeFalsy();
    expect(grid.tables).toEqual([{ name: 'Initiativer', top: 6, left: 0, bottom: 8, right: 1, headerRow: true }]);
  });

  it('lists sheets and gives an empty grid for an empty sheet', async () => {
    const wb = await XlsxWorkbook.fromBuffer(sample);
    expect(await wb.listSheets()).toEqual([
      { name: 'Oversigt', visible: true, owner: null },
      { name: 'Tom', visible: true, owner: null },
    ]);
    expect(await wb.readGrid('Tom')).toEqual({ sheetName: 'Tom', originRow: 1, originCol: 1, cells: [], merges: [], tables: [] });
    expect(await codeOf(wb.readGrid('Findes ikke'))).toBe('sheet-not-found');
  });

  describe('errors', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'leverance-xlsx-'));
    });
    afterAll(async () => {
      await fs.rm(dir, { recursive: true, force: true });
    });

    it('reports a missing file', async () => {
      expect(await codeOf(XlsxWorkbook.open(path.join(dir, 'missing.xlsx')))).toBe('file-not-found');
    });

    it.each([
      ['an empty file', Buffer.alloc(0)],
      ['a text file', Buffer.from('Initiativ;Status\n1.1;Grøn\n')],
      ['a zip without a workbook', null],
    ])('reports %s as not a workbook', async (_label, content) => {
      const file = path.join(dir, 'bad.xlsx');
      const bytes = content ?? (await editZip(await excelBuffer((wb) => wb.addWorksheet('A')), (zip) => void zip.remove('xl/workbook.xml')));
      await fs.writeFile(file, bytes);
      expect(await codeOf(XlsxWorkbook.open(file))).toBe('not-a-workbook');
    });

    it('reports a truncated package as damaged', async () => {
      expect(await codeOf(XlsxWorkbook.fromBuffer(sample.subarray(0, Math.floor(sample.length / 2))))).toBe('damaged');
    });

    it('reports a compound file by what it holds: an encrypted package, an .xls, or neither', async () => {
      expect(await codeOf(XlsxWorkbook.fromBuffer(compoundFile(['EncryptionInfo', 'EncryptedPackage'])))).toBe('encrypted');
      expect(await codeOf(XlsxWorkbook.fromBuffer(compoundFile(['Workbook', '\u0005SummaryInformation'])))).toBe('old-format');
      expect(await codeOf(XlsxWorkbook.fromBuffer(compoundFile(['WordDocument', '1Table'])))).toBe('not-a-workbook');
    });
  });

  describe('what other producers write', () => {
    it('follows absolute relationship targets and part names ExcelJS would not find (openpyxl)', async () => {
      const bytes = await editZip(sample, async (zip) => {
        const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
        zip.remove('xl/worksheets/sheet1.xml');
        zip.file('xl/worksheets/Data.xml', sheet);
        zip.file('xl/worksheets/_rels/Data.xml.rels', (await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string')).replace(/Target="\.\.\/tables\//g, 'Target="/xl/tables/'));
        zip.remove('xl/worksheets/_rels/sheet1.xml.rels');
        const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
        zip.file('xl/_rels/workbook.xml.rels', rels.replace('Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/Data.xml"').replace(/Target="(styles|sharedStrings)\.xml"/g, 'Target="/xl/$1.xml"'));
      });
      const grid = await (await XlsxWorkbook.fromBuffer(bytes)).readGrid('Oversigt');
      expect(at(grid, 'B3')?.text).toBe('1.10');
      expect(grid.tables.map((t) => t.name)).toEqual(['Initiativer']);
    });

    it('reads a table without a style and without headerRowCount (default: has a header)', async () => {
      const bytes = await editZip(sample, async (zip) => {
        const t = await zip.file('xl/tables/table1.xml')!.async('string');
        zip.file('xl/tables/table1.xml', t.replace(/<tableStyleInfo[^>]*\/>/, '').replace(/ headerRowCount="1"/, ''));
      });
      const grid = await (await XlsxWorkbook.fromBuffer(bytes)).readGrid('Oversigt');
      expect(grid.tables).toEqual([expect.objectContaining({ name: 'Initiativer', headerRow: true })]);
    });

    it('reads namespace-prefixed markup, cells without r attributes, ISO date cells and shared formulas', async () => {
      const bytes = await sdkPackage();
      const grid = await (await XlsxWorkbook.fromBuffer(bytes)).readGrid('SDK');
      expect(grid.cells.map((r) => Array.from(r, (c) => c?.value ?? null))).toEqual([
        ['Nr.', 'Frist', 1],
        ['1.1', 43646, 2],
        [null, null, 3],
      ]);
    });
  });

  describe('robustness', () => {
    it('reads a sheet whose used range reaches row 1 048 576 by visiting only rows that exist', async () => {
      const bytes = await excelBuffer((wb) => {
        const ws = wb.addWorksheet('Lang');
        ws.getCell('A1').value = 'top';
        ws.getCell('B1048576').value = 'bottom';
      });
      const started = Date.now();
      const grid = await (await XlsxWorkbook.fromBuffer(bytes)).readGrid('Lang');
      expect(grid.cells.length).toBe(1048576);
      expect(at(grid, 'B1048576')?.value).toBe('bottom');
      expect(Date.now() - started).toBeLessThan(10000);
    });

    it('reads 32 000-character cells', async () => {
      const long = 'æ'.repeat(32000);
      const bytes = await excelBuffer((wb) => {
        wb.addWorksheet('Lang').getCell('A1').value = long;
      });
      const grid = await (await XlsxWorkbook.fromBuffer(bytes)).readGrid('Lang');
      expect(grid.cells[0][0]?.value).toBe(long);
    });
  });

  describe('packages written by hand, as other producers write them', () => {
    const SST = '<si><t>Nr.</t></si><si><t>Status</t></si><si><t>1.1</t></si>';

    it('reads a Strict OOXML package (purl.oclc.org namespaces)', async () => {
      const bytes = handMadeBook({
        strict: true,
        sharedStrings: SST,
        styles: '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>',
        sheet: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" s="1"><v>1.1</v></c><c r="B2" t="s"><v>2</v></c></row></sheetData>',
      });
      const wb = await XlsxWorkbook.fromBuffer(bytes);
      expect(await wb.listSheets()).toEqual([{ name: 'Ark1', visible: true, owner: null }]);
      const grid = await wb.readGrid('Ark1');
      expect(values(grid)).toEqual([
        ['Nr.', 'Status'],
        [1.1, '1.1'],
      ]);
      expect(at(grid, 'A2')).toEqual({ value: 1.1, text: '1.10', numFmt: '0.00' });
    });

    it('reads namespace-prefixed parts (x:worksheet, x:sst, x:styleSheet)', async () => {
      const bytes = handMadeBook({
        prefix: 'x',
        sharedStrings: '<x:si><x:t>Grøn</x:t></x:si>',
        styles: '<x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="2"/></x:cellXfs>',
        sheet: '<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="1"><x:v>2.5</x:v></x:c></x:row></x:sheetData>',
      });
      const grid = await gridOf(bytes);
      expect(at(grid, 'A1')?.value).toBe('Grøn');
      expect(at(grid, 'B1')).toEqual({ value: 2.5, text: '2.50', numFmt: '0.00' });
    });

    it('ignores elements of other namespaces that share a name with SpreadsheetML ones', async () => {
      const bytes = handMadeBook({
        sheet:
          '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
          '<extLst><ext uri="{x}" xmlns:y="urn:other"><y:row r="5"><y:c r="A5"><y:v>9</y:v></y:c></y:row></ext></extLst>',
      });
      expect(values(await gridOf(bytes))).toEqual([[1]]);
    });

    it('follows an absolute part name in a relationship', async () => {
      const bytes = handMadeBook({ sheetTarget: '/xl/worksheets/Data.xml', sheet: '<sheetData><row r="2"><c r="C2"><v>7</v></c></row></sheetData>' });
      const grid = await gridOf(bytes);
      expect([grid.originRow, grid.originCol, at(grid, 'C2')?.value]).toEqual([2, 3, 7]);
    });

    it('places rows and cells without r attributes after the previous ones', async () => {
      const bytes = handMadeBook({
        sheet: '<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row r="4"><c r="B4"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row></sheetData>',
      });
      const grid = await gridOf(bytes);
      expect(at(grid, 'A1')?.value).toBe(1);
      expect(at(grid, 'B1')?.value).toBe(2);
      expect(at(grid, 'B4')?.value).toBe(3);
      expect(at(grid, 'C4')?.value).toBe(4);
      expect(at(grid, 'A5')?.value).toBe(5);
    });

    it.each([
      [false, Date.UTC(2014, 11, 27)],
      [true, Date.UTC(2018, 11, 28)],
    ])('reads a date serial in the %p-1904 date system', async (date1904, expected) => {
      const bytes = handMadeBook({
        date1904,
        styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
        sheet: '<sheetData><row r="1"><c r="A1" s="1"><v>42000</v></c><c r="B1" s="1" t="d"><v>2019-06-30T00:00:00</v></c><c r="C1"><v>42000</v></c></row></sheetData>',
      });
      const grid = await gridOf(bytes);
      expect(at(grid, 'A1')?.value).toEqual(new Date(expected));
      // An ISO date cell is the same date in either system; without a date format it is a serial.
      expect(at(grid, 'B1')?.value).toEqual(new Date(Date.UTC(2019, 5, 30)));
      expect(at(grid, 'C1')?.value).toBe(42000);
    });

    it('reads early 1900-system serials across Excel\'s phantom 29 February 1900', async () => {
      const bytes = handMadeBook({
        styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
        sheet: '<sheetData><row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="1"><v>59</v></c><c r="C1" s="1"><v>61</v></c></row></sheetData>',
      });
      expect(values(await gridOf(bytes))).toEqual([[new Date(Date.UTC(1900, 0, 1)), new Date(Date.UTC(1900, 1, 28)), new Date(Date.UTC(1900, 2, 1))]]);
    });

    it('resolves fills through styles: rgb, indexed, and theme colour with tint', async () => {
      const clrScheme =
        '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
        '<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>' +
        '<a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>' +
        '<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>' +
        '<a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>';
      const solid = (color: string) => `<fill><patternFill patternType="solid"><fgColor ${color}/><bgColor indexed="64"/></patternFill></fill>`;
      const bytes = handMadeBook({
        clrScheme,
        styles:
          '<fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
          `${solid('rgb="FF00B050"')}${solid('indexed="10"')}${solid('theme="9" tint="0.3999755851924192"')}</fills>` +
          '<cellXfs count="4"><xf fillId="0"/><xf fillId="2"/><xf fillId="3"/><xf fillId="4"/></cellXfs>' +
          '<dxfs count="1"><dxf><fill><patternFill patternType="solid"><bgColor rgb="FFFF0000"/></patternFill></fill></dxf></dxfs>',
        sheet: '<sheetData><row r="1"><c r="A1" s="1"/><c r="B1" s="2"/><c r="C1" s="3"><v>1</v></c><c r="D1" s="0"/></row></sheetData>',
      });
      const grid = await gridOf(bytes);
      expect(at(grid, 'A1')).toEqual({ value: null, fill: '00B050' });
      expect(at(grid, 'B1')?.fill).toBe('FF0000');
      expect(at(grid, 'C1')?.fill).toBe(applyTint('70AD47', 0.3999755851924192));
      // A styled cell with neither value nor fill is not content.
      expect(at(grid, 'D1')).toBeUndefined();
    });

    it('reads rich text as plain text and leaves phonetic runs out, in shared and inline strings', async () => {
      const bytes = handMadeBook({
        sharedStrings:
          '<si><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
          '<si><r><rPr><b/></rPr><t xml:space="preserve">Grø</t></r><r><t>n &amp; gul</t></r></si>' +
          '<si><t>Linje 1_x000D_&#10;Linje 2</t></si><si/>',
        sheet:
          '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><r><t>Rø</t></r><r><rPr><i/></rPr><t>d</t></r><rPh><t>x</t></rPh></is></c>' +
          '<c r="B2" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c></row></sheetData>',
      });
      // The empty item in D1 is an empty cell.
      expect(values(await gridOf(bytes))).toEqual([
        ['東京', 'Grøn & gul', 'Linje 1\r\nLinje 2'],
        ['Rød', 'a<b'],
      ]);
    });

    it('reads booleans, error values, formula results and built-in number formats', async () => {
      const bytes = handMadeBook({
        styles: '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="3"/></cellXfs>',
        sheet:
          '<sheetData><row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><v>#REF!</v></c>' +
          '<c r="D1" t="str"><f>A1&amp;"x"</f><v>TRUEx</v></c><c r="E1"><f>1/3</f><v>0.333333333333333</v></c><c r="F1"><f>NA()</f></c>' +
          '<c r="G1" s="1"><v>0.1234</v></c><c r="H1" s="2"><v>1234567</v></c></row></sheetData>',
      });
      const grid = await gridOf(bytes);
      expect(values(grid)).toEqual([[true, false, { error: '#REF!' }, 'TRUEx', 0.333333333333333, null, 0.1234, 1234567]]);
      expect(at(grid, 'G1')?.text).toBe('12.34%');
      expect(at(grid, 'H1')?.text).toBe('1,234,567');
    });

    it('reads only the first rows of each sheet for detection, and stops tokenising there', async () => {
      // Everything after row 2 is malformed: detection does not get that far, a whole read does.
      const bytes = handMadeBook({ sheet: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row><row r="3"><c r="A3"><v>3</row></sheetData>' });
      const wb = await XlsxWorkbook.fromBuffer(bytes);
      const [head] = await wb.readHeads(['Ark1'], 2);
      expect(values(head)).toEqual([[1], [2]]);
      expect(await codeOf(wb.readGrid('Ark1'))).toBe('damaged');
    });
  });

  describe('damaged packages', () => {
    const book = () => handMadeBook({ sharedStrings: '<si><t>a</t></si>', sheet: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>' });

    it('names a part whose CRC-32 does not match as damaged, with the file and the part', async () => {
      const wb = await XlsxWorkbook.fromBuffer(breakCrc(book(), 'xl/worksheets/sheet1.xml'), 'rapport.xlsx');
      const e = await errorOf(wb.readGrid('Ark1'));
      expect([e?.code, e?.detail]).toEqual(['damaged', 'rapport.xlsx (xl/worksheets/sheet1.xml)']);
    });

    it('finds a damaged workbook part at open', async () => {
      expect(await codeOf(XlsxWorkbook.fromBuffer(breakCrc(book(), 'xl/workbook.xml')))).toBe('damaged');
    });

    it.each([
      ['a missing worksheet part', (b: Buffer) => editZip(b, (zip) => void zip.remove('xl/worksheets/sheet1.xml'))],
      ['a shared string that does not exist', (b: Buffer) => editZip(b, (zip) => void zip.file('xl/sharedStrings.xml', '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'))],
      ['a worksheet that is not well-formed', (b: Buffer) => editZip(b, (zip) => void zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData>'))],
      ['a duplicated attribute', (b: Buffer) => editZip(b, async (zip) => void zip.file('xl/worksheets/sheet1.xml', (await zip.file('xl/worksheets/sheet1.xml')!.async('string')).replace('r="A1"', 'r="A1" r="A1"')))],
    ])('reports %s as damaged', async (_label, damage) => {
      const wb = await XlsxWorkbook.fromBuffer(await damage(book()));
      expect(await codeOf(wb.readGrid('Ark1'))).toBe('damaged');
    });
  });
});

