/**
 * The web page's port on a file, in node: the pane's own use cases (the same as in Excel)
 * run on it, read with the browser codec; a summary hands back the package's bytes.
 */
import { readFileSync } from 'node:fs';
import { detectOverview, summarizeAndMark, validateAndMark } from '../../src/addin/actions';
import { SETTING_KEYS } from '../../src/addin/choices';
import type { Grid } from '../../src/core/grid';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_NAME } from '../../src/core/profile/load';
import { runValidation } from '../../src/workbook/pipeline';
import { WorkbookError } from '../../src/workbook/port';
import { workerCalls } from '../../src/pane/calls';
import { FileWorkbook, summaryFileName } from '../../src/web/filebook';
import { fileOperations } from '../../src/web/fileops';
import { XlsxWorkbook } from '../../src/xlsx';

const EXAMPLE = readFileSync('examples/leveranceoversigt-2016-2020.xlsx');
const OPTIONS = { profile: BUILTIN_PROFILES[DEFAULT_PROFILE_NAME], lang: 'da' as const, reportDate: '2018-12-15' };

function opened(bytes: Uint8Array = EXAMPLE) {
  const events = { selected: [] as { sheet: string; cell: string }[], written: [] as Uint8Array[] };
  // Node has no Worker: the calls run in this thread, as in a page whose worker cannot start.
  const files = workerCalls(new URL('file:///fileworker.js'), fileOperations());
  const file = FileWorkbook.open('oversigt.xlsx', bytes, files, {
    select: (grid: Grid, cell: string) => events.selected.push({ sheet: grid.sheetName, cell }),
    written: (out: Uint8Array) => events.written.push(out),
  });
  return { file, events };
}

describe('a workbook file opened in the web page', () => {
  it('validates as the CLI does, and marks nothing', async () => {
    const { file } = opened();
    const result = await validateAndMark(await file, OPTIONS);
    const cli = await runValidation(await XlsxWorkbook.fromBuffer(EXAMPLE), OPTIONS);
    expect(result.sheet).toBe('Leveranceoversigt');
    expect(result.findings).toEqual(cli.findings);
    expect(result.marked).toBeNull();
    expect(result.rollup?.total).toBe(cli.overview!.initiatives.length);
  });

  it('finds the overview before any click, and keeps the choices only while open', async () => {
    const { file } = opened();
    const book = await file;
    expect((await detectOverview(book, OPTIONS)).sheet).toBe('Leveranceoversigt');
    await book.setSetting(SETTING_KEYS.lang, 'en');
    expect(await book.getSetting(SETTING_KEYS.lang)).toBe('en');
    expect(await (await opened().file).getSetting(SETTING_KEYS.lang)).toBeNull();
  });

  it('hands back the package with the summary sheets, and the sheets list them as the product’s', async () => {
    const { file, events } = opened();
    const book = await file;
    const result = await summarizeAndMark(book, OPTIONS);
    expect(result.sheets[0]).toBe('Samlet status');
    expect(events.written).toHaveLength(1);
    const back = await (await XlsxWorkbook.fromBuffer(events.written[0])).listSheets();
    expect(back.filter((s) => s.owner !== null).map((s) => s.name)).toEqual(expect.arrayContaining(result.sheets));
    expect((await book.listSheets()).map((s) => s.name)).toEqual(back.map((s) => s.name));
  });

  it('shows a picked cell with its sheet’s grid', async () => {
    const { file, events } = opened();
    await (await file).select('Leveranceoversigt', 'G9');
    expect(events.selected).toEqual([{ sheet: 'Leveranceoversigt', cell: 'G9' }]);
    await expect((await file).select('Findes ikke', 'A1')).rejects.toEqual(new WorkbookError('sheet-not-found', 'Findes ikke'));
  });

  it('names a file it cannot use, as damaged or as no workbook', async () => {
    await expect(opened(EXAMPLE.subarray(0, 5000)).file).rejects.toMatchObject({ code: 'damaged' });
    await expect(opened(new TextEncoder().encode('Initiativ;Status')).file).rejects.toEqual(new WorkbookError('not-a-workbook', 'oversigt.xlsx'));
  });

  it('names the download after the file', () => {
    expect(summaryFileName('oversigt.xlsx')).toBe('oversigt-opsummering.xlsx');
    expect(summaryFileName('Oversigt.XLSM')).toBe('Oversigt-opsummering.XLSM');
    expect(summaryFileName('oversigt')).toBe('oversigt-opsummering.xlsx');
    expect(summaryFileName('.xlsx')).toBe('leveranceoversigt-opsummering.xlsx');
  });
});
