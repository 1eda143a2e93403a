/**
 * A whole click through `readAndMark`: settings, sheets, heads, the overview and the marks in
 * one Excel.run, counted in `context.sync` round trips with Excel on the web's limits on.
 */
import type { Finding } from '../../src/core/finding';
import type { Grid } from '../../src/core/grid';
import { BUILTIN_PROFILES } from '../../src/core/profile/load';
import { readOverview } from '../../src/core/read/overview';
import { validate } from '../../src/core/validate';
import { marksFromFindings } from '../../src/addin/marks';
import { OfficeWorkbook } from '../../src/office/workbook';
import { WorkbookError, type ClickOptions } from '../../src/workbook/port';
import { FakeExcel, WEB_LIMITS, type FakeOptions } from '../fake-excel';
import { OVERVIEW_HEAD, OVERVIEW_HEAD_MERGES, gridOf, overviewRow } from '../helpers/grid';

const profile = BUILTIN_PROFILES['2016-2020'];
const SHEET_SETTING = 'Leverance.Ark';

/** An overview where every 10th e-mail is malformed and every 7th status yellow. */
function overview(rows: number): Grid {
  const data = Array.from({ length: rows }, (_, k) =>
    overviewRow(`1.${k + 1}: Initiativ ${k + 1}`, ['ultimo 2016'], 'Kirsten Elbo', k % 10 === 0 ? 'kieb(at)kl.dk' : 'kieb@kl.dk', 'Teknik og Miljø', k % 7 === 0 ? 'Gul' : 'Grøn', 'forsinket'),
  );
  return gridOf([...OVERVIEW_HEAD, ['1. Digital kommunikation og borgerbetjening'], ...data], { merges: OVERVIEW_HEAD_MERGES });
}

function workbook(rows: number, options: FakeOptions = {}): FakeExcel {
  const fake = new FakeExcel(options);
  fake.addGrid(gridOf([['Noter'], ['Husk mødet']], { sheet: 'Noter' }));
  fake.addGrid(overview(rows));
  fake.addSheet('Samlet status', { rows: [['Status']], names: { 'Leverance.Ejer': '="summary"' } });
  return fake;
}

/** Validation as the add-in does it: the stored sheet, else the best-scoring head; marks for every finding. */
const validation: ClickOptions<Finding[]> = {
  settings: [SHEET_SETTING],
  choose: ({ heads, settings }) => {
    const stored = settings[SHEET_SETTING];
    if (typeof stored === 'string' && heads.some((h) => h.sheetName === stored)) return stored;
    let best: { name: string; score: number } | null = null;
    for (const head of heads) {
      const read = readOverview(head, profile);
      if (read.ok && (!best || read.score > best.score)) best = { name: head.sheetName, score: read.score };
    }
    return best?.name ?? null;
  },
  use: async (read) => {
    const found = read.overview ? readOverview(read.overview, profile) : null;
    const findings = found?.ok ? validate(found.overview, profile) : [];
    return { result: findings, marks: marksFromFindings(findings, 'da') };
  },
};

describe('OfficeWorkbook.readAndMark', () => {
  it('validates and marks in three syncs: settings, sheets and their heads, the overview, the marks', async () => {
    const fake = workbook(100);
    const { read, result, marks } = await new OfficeWorkbook(fake.host).readAndMark(validation);
    expect(read.sheets.map((s) => [s.name, s.owner])).toEqual([
      ['Noter', null],
      ['Leveranceoversigt', null],
      ['Samlet status', 'summary'],
    ]);
    expect(read.heads.map((h) => h.sheetName)).toEqual(['Noter', 'Leveranceoversigt']);
    expect(read.overview?.cells.length).toBe(106);
    expect(result.length).toBeGreaterThan(0);
    expect(marks).toEqual({ status: 'done' });
    expect(fake.sheet('Leveranceoversigt').conditionalFormats.length).toBeGreaterThan(0);
    expect(fake.syncCount).toBe(3);
  });

  it('takes the same syncs at 20 000 rows, plus one per ~4.5 MB read and per ~4.5 MB of marks, on the web and on the desktop', async () => {
    const counts: Record<string, number> = {};
    for (const web of [true, false]) {
      const fake = workbook(20_000, web ? {} : { requestLimit: null, responseLimit: null });
      const { read, result } = await new OfficeWorkbook(fake.host).readAndMark(validation);
      expect(read.overview?.cells.length).toBe(20_006);
      expect(fake.largest.request).toBeLessThan(4_500_000);
      expect(fake.largest.response).toBeLessThan(WEB_LIMITS.payloadBytes);
      const received = fake.stats.reduce((n, s) => n + s.responseBytes, 0);
      const sent = fake.stats.reduce((n, s) => n + s.requestBytes, 0);
      expect(fake.syncCount).toBeLessThanOrEqual(3 + Math.ceil(received / 4_000_000) + Math.ceil(sent / 1_000_000));
      counts[web ? 'web' : 'desktop'] = fake.syncCount;
      expect(result.length).toBeGreaterThan(5000);
    }
    // The adapter plans for the web's limits everywhere.
    expect(counts.web).toBe(counts.desktop);
  });

  it('reads the sheets past the first 30 by name, in one sync more', async () => {
    const fake = new FakeExcel();
    for (let k = 1; k <= 32; k++) fake.addGrid(gridOf([['Noter'], [`Note ${k}`]], { sheet: `Noter ${k}` }));
    fake.addGrid(overview(40));
    const { read } = await new OfficeWorkbook(fake.host).readAndMark(validation);
    expect(read.heads.length).toBe(33);
    expect(read.overview?.sheetName).toBe('Leveranceoversigt');
    expect(fake.syncCount).toBe(4);
  });

  it('reads a stored sheet without scoring and leaves the marks alone when asked to', async () => {
    const fake = workbook(40);
    fake.book.settings.set(SHEET_SETTING, 'Leveranceoversigt');
    const { read, marks } = await new OfficeWorkbook(fake.host).readAndMark({ ...validation, use: async () => ({ result: null, marks: null }) });
    expect(read.settings).toEqual({ [SHEET_SETTING]: 'Leveranceoversigt' });
    expect(read.overview?.sheetName).toBe('Leveranceoversigt');
    expect(marks).toBeNull();
    expect(fake.syncCount).toBe(2);
  });

  it('still gives the findings of a protected overview, and says the marks were skipped', async () => {
    const fake = workbook(40);
    fake.sheet('Leveranceoversigt').protected = true;
    const { result, marks } = await new OfficeWorkbook(fake.host).readAndMark(validation);
    expect(result.map((f) => f.rule)).toContain('email.invalid');
    expect(marks).toEqual({ status: 'protected', sheet: 'Leveranceoversigt' });
    expect(fake.sheet('Leveranceoversigt').conditionalFormats).toEqual([]);
    expect(fake.sheet('Leveranceoversigt').notes.size).toBe(0);
  });

  it('tells a protected workbook structure apart, which only writing sheets refuses', async () => {
    const fake = workbook(40);
    fake.book.protected = true;
    const port = new OfficeWorkbook(fake.host);
    const { read, marks } = await port.readAndMark(validation);
    expect(read.workbookProtected).toBe(true);
    expect(marks).toEqual({ status: 'done' });
    await expect(port.writeSheets([])).rejects.toEqual(new WorkbookError('workbook-protected'));
  });

  it('replaces its own marks and keeps the user’s notes on a second click', async () => {
    const fake = workbook(40);
    const port = new OfficeWorkbook(fake.host);
    await port.readAndMark(validation);
    const sheet = fake.sheet('Leveranceoversigt');
    const before = sheet.conditionalFormats.length;
    const noted = [...sheet.notes.keys()][0];
    sheet.notes.set(noted, 'Min egen note');
    await port.readAndMark(validation);
    expect(sheet.conditionalFormats).toHaveLength(before);
    expect(sheet.notes.get(noted)).toBe('Min egen note');
    expect([...sheet.notes.values()].filter((n) => n.startsWith('Leverance: '))).toHaveLength(sheet.notes.size - 1);
  });
});
