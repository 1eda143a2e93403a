import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { BUILTIN_PROFILES } from '../../src/core/profile/load';
import { runSummary } from '../../src/workbook/pipeline';
import { XlsxWorkbook } from '../../src/xlsx';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const FIXTURES = join(__dirname, '..', 'fixtures');
/** The XML of the worksheet part named `sheet` in workbook.xml. */
async function sheetXml(zip: JSZip, sheet: string): Promise<string> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  return (await zip.file(`xl/${target?.replace(/^\/?xl\//, '')}`)?.async('string')) ?? '';
}

const quiet = { stdout: () => undefined, stderr: () => undefined, isTTY: false };

async function summarize(input: string, out: string, ...extra: string[]) {
  const code = await main(['summarize', input, '--out', out, '--report-date', '2018-12-15', ...extra], quiet);
  expect(code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return wb;
}

describe('the generated workbook, re-read with ExcelJS', () => {
  const dir = mkdtempSync(join(tmpdir(), 'leverance-e2e-'));
  const out = join(dir, 'out.xlsx');
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await summarize(join(EXAMPLES, 'leveranceoversigt-2016-2020.xlsx'), out);
  });

  it('has the overview first, then the generated sheets with their Danish names', () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Leveranceoversigt', 'visible'],
      ['Samlet status', 'visible'],
      ['Statusnotat', 'visible'],
      ['1. Digital kommunikation og…', 'visible'],
      ['2. Digital velfærd', 'visible'],
      ['3. Vækst og beskæftigelse', 'visible'],
      ['4. Digitale sammenhænge for…', 'visible'],
      ['5. Teknologi giver bedre…', 'visible'],
      ['6. Effektiv administration og…', 'visible'],
      ['7. Fælles rammer og sikkerhed', 'visible'],
      ['8. Kommunernes Teknologispring', 'visible'],
      ['Validering', 'visible'],
      ['Leverance historik', 'hidden'],
    ]);
  });

  it('shows the KPI counts with status fills on Samlet status', () => {
    const ws = wb.getWorksheet('Samlet status') as ExcelJS.Worksheet;
    expect(ws.getCell('A5').value).toBe(30);
    expect([ws.getCell('B4').value, ws.getCell('B5').value]).toEqual(['Grøn', 20]);
    expect([ws.getCell('C4').value, ws.getCell('C5').value]).toEqual(['Gul', 9]);
    expect([ws.getCell('D4').value, ws.getCell('D5').value]).toEqual(['Rød', 1]);
    expect((ws.getCell('D5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
  });

  it('links each area row to its sheet and has a real chart part', async () => {
    const ws = wb.getWorksheet('Samlet status') as ExcelJS.Worksheet;
    expect(ws.getCell('B10').value).toBe('Digital velfærd');
    const zip = await JSZip.loadAsync(readFileSync(out));
    // ExcelJS does not read internal links (`location`), so they are checked in the sheet XML.
    expect(await sheetXml(zip, 'Samlet status')).toContain(`<hyperlink ref="B10" location="&apos;2. Digital velfærd&apos;!A1"`);
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const chart = await zip.file(charts[0])?.async('string');
    expect(chart).toContain('<c:grouping val="stacked"/>');
    expect(chart).toContain('&apos;Samlet status&apos;!$B$9:$B$16');
  });

  it('freezes the header of each area sheet and links rows back to the source', async () => {
    const ws = wb.getWorksheet('2. Digital velfærd') as ExcelJS.Worksheet;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.getCell('A5').value).toBe('2.1');
    expect(ws.getCell('C8').value).toBe('Rød');
    expect(ws.getCell('I5').value).toBe('Række 11');
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(await sheetXml(zip, '2. Digital velfærd')).toContain(`<hyperlink ref="I5" location="&apos;Leveranceoversigt&apos;!A11"`);
  });

  it('leaves the overview sheet exactly as it was', async () => {
    const before = await JSZip.loadAsync(readFileSync(join(EXAMPLES, 'leveranceoversigt-2016-2020.xlsx')));
    const after = await JSZip.loadAsync(readFileSync(out));
    const sheet = 'xl/worksheets/sheet1.xml';
    expect(await after.file(sheet)?.async('string')).toBe(await before.file(sheet)?.async('string'));
  });

  it('replaces its own sheets when run again on its own output', async () => {
    const again = join(dir, 'again.xlsx');
    const second = await summarize(out, again);
    expect(second.worksheets.map((w) => w.name)).toEqual(wb.worksheets.map((w) => w.name));
  });

  it('keeps formula-looking text as text', async () => {
    const written = await summarize(join(FIXTURES, 'formula-text.xlsx'), join(dir, 'formula.xlsx'));
    const area = written.getWorksheet('1. Digital kommunikation og…') as ExcelJS.Worksheet;
    const texts: unknown[] = [];
    for (const ws of written.worksheets.filter((w) => w.name !== 'Leveranceoversigt')) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          texts.push(cell.value);
        }),
      );
    }
    expect(area).toBeDefined();
    expect(texts).toEqual(expect.arrayContaining(['=HYPERLINK("http://x","y")', '+4512345678', '<img src=x onerror=alert(1)>']));
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'formula.xlsx')));
    const parts = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f) && f !== 'xl/worksheets/sheet1.xml');
    for (const part of parts) expect(await zip.file(part)?.async('string')).not.toContain('<f>');
  });
});

describe('changes between two half-years of the same plan', () => {
  it('lists June → December changes from the history the June run left behind', async () => {
    const profile = BUILTIN_PROFILES['2016-2020'];
    const dir = mkdtempSync(join(tmpdir(), 'leverance-trend-'));
    const june = join(dir, 'juni.xlsx');
    copyFileSync(join(EXAMPLES, 'leveranceoversigt-2016-2020-juni-2018.xlsx'), june);
    const juneBook = await XlsxWorkbook.open(june);
    await runSummary(juneBook, { profile, lang: 'da', reportDate: '2018-06-15' });
    const history = await juneBook.readGrid('Leverance historik');

    // The December overview, carrying the history sheet as the same workbook would.
    const december = await XlsxWorkbook.open(join(EXAMPLES, 'leveranceoversigt-2016-2020.xlsx'));
    await december.writeSheets([
      {
        name: 'Leverance historik',
        owner: 'snapshot',
        visibility: 'hidden',
        rows: history.cells.map((r) => r.map((c) => ({ value: c?.value instanceof Date || typeof c?.value !== 'object' ? (c?.value ?? null) : null }))),
        styles: {},
        columns: [],
        merges: [],
      },
    ]);
    const result = await runSummary(december, { profile, lang: 'da', reportDate: '2018-12-15' });
    expect(result.trend.since).toBe('2018-06-15');
    expect(result.trend.changed.map((c) => `${c.id}: ${c.from} → ${c.to}`).sort()).toEqual([
      '2.4: yellow → red',
      '3.1: green → yellow',
      '5.2: yellow → green',
    ]);
    expect(result.trend.added.map((a) => a.id)).toEqual(['8.9']);
    expect(result.trend.removed).toEqual([]);
  });
});
