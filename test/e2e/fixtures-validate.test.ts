import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_PROFILES } from '../../src/core/profile/load';
import { runValidation } from '../../src/workbook/pipeline';
import { XlsxWorkbook } from '../../src/xlsx';

const FIXTURES = join(__dirname, '..', 'fixtures');

async function validateFixture(name: string, profile = '2016-2020') {
  const wb = await XlsxWorkbook.open(join(FIXTURES, name));
  return runValidation(wb, { profile: BUILTIN_PROFILES[profile], lang: 'da' });
}

const brief = (findings: { rule: string; cell: string }[]) => findings.map(({ rule, cell }) => ({ rule, cell }));

describe('the rule catalogue on the fixtures', () => {
  it('finds every rule broken once in rule-breaker.xlsx, each at its cell, and nothing else', async () => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, 'rule-breaker.expected.json'), 'utf8')) as { rule: string; cell: string }[];
    const result = await validateFixture('rule-breaker.xlsx');
    const sortKey = (f: { rule: string; cell: string }) => `${f.rule} ${f.cell}`;
    expect(brief(result.findings).sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(
      [...expected].sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
    );
  });

  it('gives a missing status column header.missing-column at the header row', async () => {
    const result = await validateFixture('missing-status-column.xlsx');
    expect(brief(result.findings).filter((f) => f.rule === 'header.missing-column')).toEqual([{ rule: 'header.missing-column', cell: 'A5' }]);
  });

  it('finds nothing in the clean overview', async () => {
    expect((await validateFixture('clean-2016-2020.xlsx')).findings).toEqual([]);
  });

  it('validates the 2011–2015 overview cleanly with its own profile', async () => {
    const result = await validateFixture('overview-2011-2015.xlsx', '2011-2015');
    expect(result.initiatives).toBe(36);
    expect(brief(result.findings)).toEqual([]);
  });

  it('reads statuses from fill colours alone in the table fixtures', async () => {
    for (const name of ['table-fill-status.xlsx', 'table-fill-status-title.xlsx']) {
      const result = await validateFixture(name);
      expect(result.findings.filter((f) => f.rule.startsWith('status.'))).toEqual([]);
      expect(result.overview?.initiatives.every((i) => i.status.fromFill !== null && i.status.text === '')).toBe(true);
    }
  });

  it('reads ids typed as numbers as Excel shows them', async () => {
    const result = await validateFixture('number-ids.xlsx');
    expect(result.overview?.initiatives.map((i) => i.id)).toEqual(['1.1', '1.2', '1.10', '6.1', '6.12']);
  });

  it('finds the real quirks of the published overview', async () => {
    const result = await validateFixture('overview-2016-2020.xlsx');
    expect(result.initiatives).toBe(30);
    expect(brief(result.findings)).toEqual([
      { rule: 'contact.unassigned', cell: 'G9' },
      // `ultimo 2017-ultimo 20018`: a typo in the published sheet.
      { rule: 'timeline.suspicious-year', cell: 'C22' },
      { rule: 'contact.unassigned', cell: 'G32' },
      { rule: 'timeline.wrong-year', cell: 'C36' },
      // C40, `starter i december 2016 og løber i hele perioden` in the 2017 column, is an open-ended span: not flagged.
      { rule: 'contact.unassigned', cell: 'G43' },
    ]);
  });
});
