/**
 * The web page's port on a file, in node: the pane's own use cases (the same as in Excel)
 * run on it where the file lives, read with the browser codec; a summary hands back the
 * package to download, and a picked cell the cells around it.
 */
import { readFileSync } from 'node:fs';
import { SETTING_KEYS } from '../../src/addin/choices';
import type { Step } from '../../src/addin/actions';
import type { CellWindow } from '../../src/web/cellwindow';
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
  const events = { selected: [] as (CellWindow | null)[], written: [] as Blob[] };
  // Node has no Worker: the calls run in this thread, as in a page whose worker cannot start.
  const files = workerCalls(new URL('file:///fileworker.js'), fileOperations());
  const file = FileWorkbook.open('oversigt.xlsx', new Blob([bytes as Uint8Array<ArrayBuffer>]), files, {
    select: (shown: CellWindow | null) => events.selected.push(shown),
    written: (download: Blob) => events.written.push(download),
  });
  return { file, events };
}

describe('a workbook file opened in the web page', () => {
  it('validates as the CLI does, and marks nothing', async () => {
    const { file } = opened();
    const steps: Step[] = [];
    const result = await (await file).validate({ ...OPTIONS, onProgress: (step) => steps.push(step) });
    const cli = await runValidation(await XlsxWorkbook.fromBuffer(EXAMPLE), OPTIONS);
    expect(result.sheet).toBe('Leveranceoversigt');
    expect(result.findings).toEqual(cli.findings);
    expect(result.marked).toBeNull();
    expect(result.marks).toEqual([]);
    expect(steps.map((s) => s.phase)).toEqual(expect.arrayContaining(['read', 'validate']));
    expect(steps.map((s) => s.phase)).not.toContain('mark');
    expect(result.rollup?.total).toBe(cli.overview!.initiatives.length);
  });

  it('finds the overview before any click, and keeps the choices only while open', async () => {
    const { file } = opened();
    const book = await file;
    expect((await book.detect(OPTIONS)).sheet).toBe('Leveranceoversigt');
    await book.setSetting(SETTING_KEYS.lang, 'en');
    expect(await book.getSetting(SETTING_KEYS.lang)).toBe('en');
    expect(await (await opened().file).getSetting(SETTING_KEYS.lang)).toBeNull();
  });

  it('hands back the package with the summary sheets, and the sheets list them as the product’s', async () => {
    const { file, events } = opened();
    const book = await file;
    const result = await book.summarize(OPTIONS);
    expect(result.sheets[0]).toBe('Samlet status');
    expect(events.written).toHaveLength(1);
    const back = await (await XlsxWorkbook.fromBuffer(new Uint8Array(await events.written[0].arrayBuffer()))).listSheets();
    expect(back.filter((s) => s.owner !== null).map((s) => s.name)).toEqual(expect.arrayContaining(result.sheets));
    expect((await book.listSheets()).map((s) => s.name)).toEqual(back.map((s) => s.name));
  });

  it('shows a picked cell with the cells around it, under the overview’s header', async () => {
    const { file, events } = opened();
    await (await file).select('Leveranceoversigt', 'G20');
    expect(events.selected).toHaveLength(1);
    const shown = events.selected[0]!;
    expect([shown.sheet, shown.cell]).toEqual(['Leveranceoversigt', 'G20']);
    expect(shown.rows.flatMap((r) => r.cells).filter((c) => c.target).map((c) => c.address)).toEqual(['G20']);
    expect(shown.header).not.toBeNull();
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
