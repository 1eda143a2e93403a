/**
 * The bad-input corpus through the Office.js adapter on the FakeExcel: the add-in gives
 * the same findings as the CLI for the same sheet (a million-row used range included) and
 * never changes the user's sheets. Sheets it must refuse are in test/office/read.test.ts.
 */
import { BUILTIN_PROFILES } from '../../src/core/profile/load';
import { OfficeWorkbook } from '../../src/office/workbook';
import { runSummary, runValidation, type RunOptions } from '../../src/workbook/pipeline';
import { XlsxWorkbook } from '../../src/xlsx';
import { FakeExcel, type FakeSheet } from '../fake-excel';
import * as corpus from './corpus';

const opts: RunOptions = { profile: BUILTIN_PROFILES['2016-2020'], lang: 'da', reportDate: '2018-12-15' };

function fakeOf(c: corpus.WorkbookCase): FakeExcel {
  const fake = new FakeExcel();
  for (const s of c.sheets) fake.addGrid(s.grid, { visibility: s.state === 'hidden' ? 'Hidden' : 'Visible' });
  return fake;
}

/** A sheet's cells as plain data, to compare before and after a run. */
function contentOf(sheet: FakeSheet): unknown {
  return JSON.stringify({ name: sheet.name, visibility: sheet.visibility, cells: [...sheet.cells].sort((a, b) => a[0] - b[0]), merges: sheet.merges, names: sheet.names });
}

const findingKeys = (findings: { rule: string; cell: string }[]) => findings.map((f) => `${f.rule}@${f.cell}`);

describe.each(corpus.workbookCases().map((c) => [c.name, c] as const))('%s in the add-in', (_name, c) => {
  it('gives the findings the CLI gives, writes the summary, and leaves the user sheets as they were', async () => {
    const fake = fakeOf(c);
    const before = fake.book.sheets.map(contentOf);
    const validation = await runValidation(new OfficeWorkbook(fake.host), opts);

    const file = await XlsxWorkbook.fromBuffer(await corpus.xlsxOf(c));
    const cli = await runValidation(file, opts);
    expect(findingKeys(validation.findings)).toEqual(findingKeys(cli.findings));
    expect(validation.initiatives).toBe(cli.initiatives);

    const summary = await runSummary(new OfficeWorkbook(fake.host), opts);
    expect(summary.rollup.total).toBe(validation.initiatives);
    for (const name of summary.sheets) expect(fake.hasSheet(name)).toBe(true);
    expect(fake.book.sheets.slice(0, c.sheets.length).map(contentOf)).toEqual(before);
  });
});

describe('the add-in on odd workbooks', () => {
  it('reads a 1 048 576-row used range where it holds something: the stray value is a finding at its cell', async () => {
    const fake = fakeOf(corpus.millionRows());
    const result = await runValidation(new OfficeWorkbook(fake.host), opts);
    expect(result).toMatchObject({ sheet: 'Leveranceoversigt', headerRow: 5, initiatives: 3 });
    expect(result.findings.filter((f) => f.rule === 'id.missing').map((f) => f.cell)).toEqual(['A1048576']);
    // The empty rows between never travel: no response comes near the sheet's size.
    expect(Math.max(...fake.stats.map((s) => s.responseBytes))).toBeLessThan(100_000);
  });

  it('reports every Excel error value at its cell', async () => {
    const c = corpus.errorValues();
    const result = await runValidation(new OfficeWorkbook(fakeOf(c).host), opts);
    expect(result.findings.filter((f) => f.rule === 'cell.error-value').map((f) => f.cell)).toEqual(c.expected);
  });

  it('picks the visible overview over a hidden copy', async () => {
    expect((await runValidation(new OfficeWorkbook(fakeOf(corpus.hiddenCopy()).host), opts)).sheet).toBe('Leveranceoversigt');
    expect((await runValidation(new OfficeWorkbook(fakeOf(corpus.twoCandidates()).host), opts)).sheet).toBe('Leveranceoversigt');
  });

  it('writes formula-looking text and markup as text: no generated cell is a formula', async () => {
    const fake = fakeOf(corpus.hostileText());
    const result = await runSummary(new OfficeWorkbook(fake.host), opts);
    const written = result.sheets.map((name) => fake.sheet(name));
    const cells = written.flatMap((s) => [...s.cells.values()]);
    expect(cells.filter((cell) => cell.formula !== undefined)).toEqual([]);
    const values = new Set(cells.map((cell) => cell.value));
    for (const text of corpus.HOSTILE_TEXT) expect([text, values.has(text)]).toEqual([text, true]);
  });

  it('writes 100 area sheets with unique names of at most 31 characters, every request under 5 MB', async () => {
    const fake = fakeOf(corpus.hundredAreas());
    const result = await runSummary(new OfficeWorkbook(fake.host), opts);
    // Samlet status, Statusnotat, 100 area sheets and Validering.
    expect(result.sheets).toHaveLength(103);
    const names = fake.book.sheets.map((s) => s.name);
    for (const name of names) expect(name).toMatch(/^[^[\]:*?/\\]{1,31}$/);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(Math.max(...fake.stats.map((s) => s.requestBytes))).toBeLessThan(5 * 1024 * 1024);
  });

  it('writes 32 000-character cells whole', async () => {
    const fake = fakeOf(corpus.longCells());
    const result = await runSummary(new OfficeWorkbook(fake.host), opts);
    const longest = Math.max(...result.sheets.flatMap((name) => [...fake.sheet(name).cells.values()].map((c) => String(c.value).length)));
    expect(longest).toBeGreaterThanOrEqual(31_990);
  });
});
