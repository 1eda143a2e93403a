import { BUILTIN_PROFILES } from '../../src/core/profile/load';
import { runNote, runSummary, runValidation } from '../../src/workbook/pipeline';
import { WorkbookError } from '../../src/workbook/port';
import { OVERVIEW_HEAD, OVERVIEW_HEAD_MERGES, gridOf, overviewRow } from '../helpers/grid';
import { MemoryWorkbook } from '../helpers/memory-workbook';

const profile = BUILTIN_PROFILES['2016-2020'];

function overviewGrid(statuses: Record<string, string>) {
  return gridOf(
    [
      ...OVERVIEW_HEAD,
      ['1. Digital kommunikation og borgerbetjening'],
      overviewRow('1.1: Borgerservice', ['ultimo 2016'], 'Flemming Engstrøm', 'feng@kl.dk', 'Digitalisering og Borgerbetjening', statuses['1.1'], 'ok'),
      overviewRow('1.2: Egne data', [], 'Kirsten Elbo', 'kieb@kl.dk', 'Digitalisering og Borgerbetjening', statuses['1.2'], 'Forsinket'),
      ['3. Vækst og beskæftigelse'],
      overviewRow('3.1: Ydelsesrefusion', [], 'Ulrik Petersen', 'ulp@kl.dk', 'Center for Vækst og Beskæftigelse', statuses['3.1'], 'Udskudt'),
    ],
    { merges: OVERVIEW_HEAD_MERGES },
  );
}

const notes = gridOf([['Noter'], ['Husk at opdatere i juni']], { sheet: 'Noter' });

describe('runValidation', () => {
  it('finds the overview among other sheets and validates it', async () => {
    const wb = new MemoryWorkbook([notes, overviewGrid({ '1.1': 'Grøn', '1.2': 'Blå', '3.1': 'Gul' })]);
    const result = await runValidation(wb, { profile, lang: 'da' });
    expect(result).toMatchObject({ sheet: 'Leveranceoversigt', headerRow: 5, profile: '2016-2020', initiatives: 3 });
    expect(result.findings.filter((f) => f.rule === 'status.unknown').map((f) => f.cell)).toEqual(['J8']);
  });

  it('gives the single finding sheet.not-found when no sheet is an overview', async () => {
    const result = await runValidation(new MemoryWorkbook([notes]), { profile, lang: 'da' });
    expect(result.overview).toBeNull();
    expect(result.findings.map((f) => [f.rule, f.cell])).toEqual([['sheet.not-found', 'A1']]);
  });

  it('refuses a named sheet that does not exist', async () => {
    await expect(runValidation(new MemoryWorkbook([notes]), { profile, lang: 'da', sheet: 'Mangler' })).rejects.toBeInstanceOf(WorkbookError);
  });
});

describe('runSummary', () => {
  it('writes summary, area, validation and hidden history sheets', async () => {
    const wb = new MemoryWorkbook([overviewGrid({ '1.1': 'Grøn', '1.2': 'Gul', '3.1': 'Rød' })]);
    const result = await runSummary(wb, { profile, lang: 'da', reportDate: '2018-12-15' });
    expect(result.sheets).toEqual(['Samlet status', 'Statusnotat', '1. Digital kommunikation og…', '3. Vækst og beskæftigelse', 'Validering']);
    expect(wb.sheets.find((s) => s.owner === 'snapshot')).toMatchObject({ name: 'Leverance historik', visible: false });
    expect(result.rollup.byStatus).toEqual({ green: 1, yellow: 1, red: 1, done: 0, missing: 0 });
    expect(result.rollup.areas.map((a) => [a.id, a.status])).toEqual([
      ['1', 'yellow'],
      ['3', 'red'],
    ]);
  });

  it('replaces its own sheets on a rerun and lists the changes since the previous report date', async () => {
    const wb = new MemoryWorkbook([overviewGrid({ '1.1': 'Grøn', '1.2': 'Grøn', '3.1': 'Grøn' })]);
    const first = await runSummary(wb, { profile, lang: 'da', reportDate: '2018-06-15' });
    expect(first.trend.since).toBeNull();
    wb.sheets[0].grid = overviewGrid({ '1.1': 'Grøn', '1.2': 'Gul', '3.1': 'Rød' });
    const second = await runSummary(wb, { profile, lang: 'da', reportDate: '2018-12-15' });
    expect(second.trend).toMatchObject({
      since: '2018-06-15',
      changed: [
        { id: '1.2', from: 'green', to: 'yellow' },
        { id: '3.1', from: 'green', to: 'red' },
      ],
    });
    expect(wb.sheets.filter((s) => s.owner === 'summary')).toHaveLength(1);
    expect(wb.sheets.filter((s) => s.owner === 'snapshot')).toHaveLength(1);
    // Rerunning the same date keeps comparing with June, not with itself.
    const third = await runSummary(wb, { profile, lang: 'da', reportDate: '2018-12-15' });
    expect(third.trend.since).toBe('2018-06-15');
    expect(wb.sheets).toHaveLength(second.sheets.length + 2);
  });

  it('never takes the name of a user sheet', async () => {
    const user = gridOf([['Mine egne tal']], { sheet: 'Samlet status' });
    const wb = new MemoryWorkbook([overviewGrid({ '1.1': 'Grøn', '1.2': 'Gul', '3.1': 'Rød' }), user]);
    const result = await runSummary(wb, { profile, lang: 'da', reportDate: '2018-12-15' });
    expect(result.sheets[0]).toBe('Samlet status (2)');
    expect(wb.sheets.find((s) => s.name === 'Samlet status')?.grid).toBe(user);
  });

  it('throws no-overview and writes nothing when there is no overview', async () => {
    const wb = new MemoryWorkbook([notes]);
    await expect(runSummary(wb, { profile, lang: 'da' })).rejects.toMatchObject({ code: 'no-overview' });
    expect(wb.writes).toBe(0);
  });
});

describe('runNote', () => {
  it('drafts the note with the changes since the last summary, and writes nothing', async () => {
    const wb = new MemoryWorkbook([overviewGrid({ '1.1': 'Grøn', '1.2': 'Grøn', '3.1': 'Grøn' })]);
    await runSummary(wb, { profile, lang: 'da', reportDate: '2018-06-15' });
    wb.sheets[0].grid = overviewGrid({ '1.1': 'Grøn', '1.2': 'Gul', '3.1': 'Grøn' });
    const writes = wb.writes;
    const note = await runNote(wb, { profile, lang: 'da', reportDate: '2018-12-15' });
    expect(wb.writes).toBe(writes);
    const change = note.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [])).find((s) => s.key === 'note.changes.item');
    expect(change).toMatchObject({ values: { from: { status: 'green' }, to: { status: 'yellow' } }, cells: ['A8', 'J8'] });
  });

  it('throws no-overview when there is no overview', async () => {
    await expect(runNote(new MemoryWorkbook([notes]), { profile, lang: 'da' })).rejects.toMatchObject({ code: 'no-overview' });
  });
});
