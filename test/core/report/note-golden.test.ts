import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../../src/core/i18n';
import type { Overview } from '../../../src/core/overview';
import { BUILTIN_PROFILES } from '../../../src/core/profile/load';
import { planReport, planSheetNames } from '../../../src/core/report';
import { buildNote, type Note } from '../../../src/core/report/note';
import { noteToMarkdown, noteToText } from '../../../src/core/report/note-render';
import { rollup } from '../../../src/core/rollup';
import { readHistory, snapshotOf, trendSince, type Snapshot } from '../../../src/core/trend';
import { runValidation } from '../../../src/workbook/pipeline';
import { XlsxWorkbook } from '../../../src/xlsx';
import { gridOf } from '../../helpers/grid';

/**
 * Whole notes for the bundled examples, kept as files to be read as text. After a deliberate
 * change, rewrite them with `UPDATE_GOLDEN=1 npx jest test/core/report/note-golden.test.ts`
 * and read the diff.
 */
const ROOT = join(__dirname, '..', '..', '..');
const GOLDEN = join(__dirname, '__golden__');
const JUNE = join(ROOT, 'examples', 'leveranceoversigt-2016-2020-juni-2018.xlsx');
const DECEMBER = join(ROOT, 'examples', 'leveranceoversigt-2016-2020.xlsx');
const PLAN_2011 = join(ROOT, 'test', 'fixtures', 'overview-2011-2015.xlsx');

async function overviewOf(file: string, profile: string): Promise<Overview> {
  const result = await runValidation(await XlsxWorkbook.open(file), { profile: BUILTIN_PROFILES[profile], lang: 'da' });
  if (!result.overview) throw new Error(`no overview in ${file}`);
  return result.overview;
}

function noteOf(overview: Overview, profile: string, reportDate: string, history: Snapshot[] = []): Note {
  const r = rollup(overview, BUILTIN_PROFILES[profile], reportDate);
  return buildNote({ overview, rollup: r, trend: trendSince(history, snapshotOf(overview, reportDate)) });
}

/** The history a summary run leaves behind, read back the way the next run reads it. */
function historyAfterRun(overview: Overview, profile: string, reportDate: string): Snapshot[] {
  const r = rollup(overview, BUILTIN_PROFILES[profile], reportDate);
  const snapshot = snapshotOf(overview, reportDate);
  const specs = planReport({
    overview,
    findings: [],
    rollup: r,
    trend: trendSince([], snapshot),
    history: [],
    snapshot,
    profile: BUILTIN_PROFILES[profile],
    lang: 'da',
    names: planSheetNames(r.areas, [overview.sheet]),
  }).map((s) => s.make());
  const sheet = specs.find((s) => s.owner === 'snapshot');
  if (!sheet) throw new Error('no history sheet');
  return readHistory(gridOf(sheet.rows.map((row) => row.map((c) => (c === null ? null : (c.value as string))))));
}

function expectGolden(name: string, text: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

describe('the status note of the bundled examples', () => {
  let june: Overview;
  let december: Overview;
  let plan2011: Overview;
  beforeAll(async () => {
    [june, december, plan2011] = await Promise.all([overviewOf(JUNE, '2016-2020'), overviewOf(DECEMBER, '2016-2020'), overviewOf(PLAN_2011, '2011-2015')]);
  });

  it.each<Lang>(['da', 'en'])('June 2018, first run (%s)', (lang) => {
    expectGolden(`juni-2018.${lang}.md`, noteToMarkdown(noteOf(june, '2016-2020', '2018-06-15'), lang));
  });

  it.each<Lang>(['da', 'en'])('December 2018, the run after June, with the changes (%s)', (lang) => {
    const history = historyAfterRun(june, '2016-2020', '2018-06-15');
    expectGolden(`december-2018.${lang}.md`, noteToMarkdown(noteOf(december, '2016-2020', '2018-12-15', history), lang));
  });

  it('December 2018 as plain text, as Kopiér notat copies it', () => {
    const history = historyAfterRun(june, '2016-2020', '2018-06-15');
    expectGolden('december-2018.da.txt', noteToText(noteOf(december, '2016-2020', '2018-12-15', history), 'da'));
  });

  it.each<Lang>(['da', 'en'])('the 2011–2015 plan, December 2012 (%s)', (lang) => {
    expectGolden(`plan-2011-2015.${lang}.md`, noteToMarkdown(noteOf(plan2011, '2011-2015', '2012-12-14'), lang));
  });
});
