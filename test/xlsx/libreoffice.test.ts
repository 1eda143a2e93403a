/**
 * LibreOffice as an independent consumer and producer of .xlsx. Runs only where `soffice`
 * is installed; elsewhere the tests are skipped and say so in their titles.
 */
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SheetSpec } from '../../src/core/report/sheetspec';
import { XlsxWorkbook } from '../../src/xlsx';
import { excelBuffer, zipEntries } from './helpers';

const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync('which', [cmd]).status === 0);
const lo = soffice ? it : it.skip;
const skipped = soffice ? '' : ' (skipped: LibreOffice — soffice — is not installed)';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'leverance-lo-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Converts a file with LibreOffice headless; returns the output path. */
function convert(file: string, filter: string, ext: string): string {
  const outDir = path.join(dir, `out-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const run = spawnSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', filter, '--outdir', outDir, file], {
    timeout: 120000,
  });
  expect(run.status).toBe(0);
  return path.join(outDir, `${path.basename(file, path.extname(file))}.${ext}`);
}

const summary: SheetSpec = {
  name: 'Samlet status',
  owner: 'summary',
  visibility: 'visible',
  styles: { head: { bold: true, fill: 'D9D9D9' }, green: { fill: '00B050' } },
  rows: [
    [{ value: 'Område', style: 'head' }, { value: 'Grøn', style: 'head' }],
    [{ value: '1. Digital kommunikation' }, { value: 3, style: 'green' }],
    [{ value: '2. Velfærd' }, { value: 2, style: 'green' }],
  ],
  columns: [30, 10],
  merges: [],
  freeze: { rows: 1, cols: 0 },
  autoFilter: 'A1:B3',
  chart: { type: 'barStacked', title: 'Status', categories: 'A2:A3', series: [{ name: 'Grøn', values: 'B2:B3', color: '00B050' }], from: 'D2', to: 'K15' },
  print: { orientation: 'landscape', fitToWidth: true, header: 'Status & overblik' },
};

lo(
  `reads a workbook LibreOffice saved, writes into it, and LibreOffice prints the result${skipped}`,
  async () => {
    const source = path.join(dir, 'kilde.xlsx');
    await fs.writeFile(
      source,
      await excelBuffer((wb) => {
        const ws = wb.addWorksheet('Leveranceoversigt');
        ws.getCell('A1').value = 'LEVERANCEOVERSIGT';
        ws.mergeCells('A1:C1');
        ws.getCell('A2').value = 1.1;
        ws.getCell('A2').numFmt = '0.00';
        ws.getCell('B2').value = 'Grøn';
        ws.getCell('C2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
      }),
    );
    const saved = convert(source, 'xlsx:Calc MS Excel 2007 XML', 'xlsx');

    const wb = await XlsxWorkbook.open(saved);
    const grid = await wb.readGrid('Leveranceoversigt');
    expect(grid.cells[0][0]?.value).toBe('LEVERANCEOVERSIGT');
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(grid.cells[1][0]).toEqual(expect.objectContaining({ value: 1.1, text: '1.10' }));
    expect(grid.cells[1][2]?.fill).toBe('FF0000');

    await wb.writeSheets([summary]);
    const once = path.join(dir, 'en.xlsx');
    await wb.save(once);
    const again = await XlsxWorkbook.open(once);
    await again.writeSheets([summary]);
    const twice = path.join(dir, 'to.xlsx');
    await again.save(twice);

    expect((await again.listSheets()).map((s) => s.name)).toEqual(['Leveranceoversigt', 'Samlet status']);
    const before = await zipEntries(await fs.readFile(saved));
    const after = await zipEntries(await fs.readFile(twice));
    const userSheet = [...before.keys()].find((n) => /worksheets\/sheet1\.xml$/.test(n))!;
    expect(after.get(userSheet)).toEqual(before.get(userSheet));

    const pdf = convert(twice, 'pdf', 'pdf');
    expect((await fs.stat(pdf)).size).toBeGreaterThan(1000);
  },
  300000,
);

lo(
  `LibreOffice reads the sheets, names and chart it was given${skipped}`,
  async () => {
    const file = path.join(dir, 'ud.xlsx');
    const wb = await XlsxWorkbook.fromBuffer(await excelBuffer((w) => (w.addWorksheet('Leveranceoversigt').getCell('A1').value = 'x')));
    await wb.writeSheets([summary]);
    await wb.save(file);
    // LibreOffice re-saves what it understood: the sheet, the owner marker and the chart must be in it.
    const resaved = await zipEntries(await fs.readFile(convert(file, 'xlsx:Calc MS Excel 2007 XML', 'xlsx')));
    const workbookXml = resaved.get('xl/workbook.xml')!.toString();
    expect(workbookXml).toContain('name="Samlet status"');
    expect(workbookXml).toMatch(/name="Leverance.Ejer"[^>]*>&quot;summary&quot;/);
    expect([...resaved.keys()].some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    expect((await fs.stat(convert(file, 'pdf', 'pdf'))).size).toBeGreaterThan(1000);
  },
  300000,
);
