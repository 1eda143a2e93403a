import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Cell, Grid } from '../../src/core/grid';
import { WorkbookError } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/xlsx';
import { editZip, excelBuffer, sdkPackage } from './helpers';

function at(grid: Grid, address: string): Cell | null | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return grid.cells[Number(m[2]) - grid.originRow]?.[col - grid.originCol];
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof WorkbookError) return e.code;
    throw e;
  }
  return 'no error';
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

    it('reports an OLE compound file (encrypted .xlsx, legacy .xls) as encrypted', async () => {
      const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
      expect(await codeOf(XlsxWorkbook.fromBuffer(cfb))).toBe('encrypted');
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
});
