import { BUILTIN_PROFILES } from '../../src/core/profile/load';
import { OfficeWorkbook } from '../../src/office/workbook';
import { runSummary, runValidation } from '../../src/workbook/pipeline';
import { MemoryWorkbook } from '../helpers/memory-workbook';
import { OVERVIEW_HEAD, OVERVIEW_HEAD_MERGES, gridOf, overviewRow } from '../helpers/grid';
import { FakeExcel } from '../fake-excel';

const profile = BUILTIN_PROFILES['2016-2020'];

function overview(rows: number) {
  const data = Array.from({ length: rows }, (_, k) =>
    overviewRow(`1.${k + 1}: Initiativ ${k + 1}`, ['ultimo 2016'], 'Kirsten Elbo', 'kieb@kl.dk', 'Teknik og Miljø', k % 7 === 0 ? 'Gul' : 'Grøn', 'forsinket'),
  );
  return gridOf([...OVERVIEW_HEAD, ['1. Digital kommunikation og borgerbetjening'], ...data], { merges: OVERVIEW_HEAD_MERGES });
}

function workbook(rows: number, others: number) {
  const fake = new FakeExcel();
  for (let k = 0; k < others; k++) fake.addGrid(gridOf([['Noter'], [`side ${k}`]], { sheet: `Noter ${k}` }));
  fake.addGrid(overview(rows));
  return fake;
}

describe('the pipeline on the Office.js adapter', () => {
  it('finds the overview among many sheets in a constant number of syncs', async () => {
    const counts: number[] = [];
    for (const [rows, others] of [
      [100, 1],
      [100, 12],
      [5000, 12],
    ]) {
      const fake = workbook(rows, others);
      const result = await runValidation(new OfficeWorkbook(fake.host), { profile, lang: 'da' });
      expect(result).toMatchObject({ sheet: 'Leveranceoversigt', headerRow: 5, initiatives: rows });
      counts.push(fake.syncCount);
    }
    expect(new Set(counts).size).toBe(1);
  });

  it('gives the same findings and rollup as the in-memory port', async () => {
    const grid = overview(40);
    const fake = new FakeExcel();
    fake.addGrid(grid);
    const viaOffice = await runSummary(new OfficeWorkbook(fake.host), { profile, lang: 'da', reportDate: '2018-12-15' });
    const viaMemory = await runSummary(new MemoryWorkbook([grid]), { profile, lang: 'da', reportDate: '2018-12-15' });
    expect(viaOffice.findings).toEqual(viaMemory.findings);
    expect(viaOffice.rollup.byStatus).toEqual(viaMemory.rollup.byStatus);
    expect(viaOffice.sheets).toEqual(viaMemory.sheets);
    expect(fake.hasSheet('Samlet status')).toBe(true);
  });
});
