/**
 * Workbooks saved by other programs (issue 13 point 6): Excel on Windows, Mac and the web,
 * LibreOffice, OpenOffice, Google Sheets, Numbers, WPS, Strict Open XML, and charts, chart
 * sheets, pivot tables, tables, images, threaded comments, custom XML and 1904 dates among
 * them. test/fixtures/corpus/SOURCES.md says where each one is from, under which licence,
 * which program saved it and what it exercises. Two sets, neither committed:
 * - files copied from other libraries' repositories (first table), on machines where
 *   someone restored them from the listed commits; skipped where absent;
 * - files shipped in pinned npm and Debian packages (second table), which
 *   scripts/corpus/fetch-ci.sh puts in corpus/ci and `.ci/run` always fetches: with `CI`
 *   set, a missing one fails the run instead of skipping it.
 *
 * For each: `validate` answers with findings or one sentence, never a crash. Then an
 * overview sheet is added as one extra part, and `summarize` twice keeps every part the
 * product does not own byte for byte and writes only well-formed XML. LibreOffice opens a
 * handful of the results (it takes seconds per file).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { main } from '../../src/cli/main';
import { xmlFaults, zipEntries } from '../xlsx/helpers';
import { addOverview, partKey } from './add-overview';

const CORPUS = join(__dirname, '..', 'fixtures', 'corpus');
const STACK = /\n\s+at |\bat .+:\d+:\d+|Error:|TypeError|node_modules/;
const IN_CI = !!process.env.CI && process.env.CI !== 'false';

/** Parts summarize edits in place; all others it does not own must keep their bytes. */
const SHARED = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|docProps\/app\.xml)$/i;

const [repoTable, ciTable] = readFileSync(join(CORPUS, 'SOURCES.md'), 'utf8').split(/^## The CI corpus$/m);
/** A table's rows by file name, each row's cells trimmed. */
const rowsOf = (table: string) =>
  new Map(
    table
      .split('\n')
      .filter((line) => /^\| [^ |]+\.xls[xm] \|/.test(line))
      .map((line) => {
        const cells = line.split('|').slice(1, -1).map((c) => c.trim());
        return [cells[0], cells] as const;
      }),
  );

interface CorpusSet {
  name: string;
  dir: string;
  rows: Map<string, string[]>;
  /** How a row of this set's table names its source. */
  source: RegExp;
  /** The column of `source` in a row, and how many columns a row has. */
  sourceAt: number;
  columns: number;
  /** Fetched by scripts/corpus/fetch-ci.sh: required whole in CI. */
  fetched: boolean;
  /** A handful LibreOffice must open after two runs. */
  libreOffice: string[];
}

const SETS: CorpusSet[] = [
  {
    name: "copied from other libraries' repositories",
    dir: CORPUS,
    rows: rowsOf(repoTable),
    source: /^[0-9a-f]{40}$/,
    sourceAt: 3,
    columns: 7,
    fetched: false,
    // Strict, Google Sheets, Numbers, WPS, Excel for Mac with threaded comments.
    libreOffice: ['poi-SimpleStrict.xlsx', 'poi-64450.xlsx', 'phpspreadsheet-issue.3093.xlsx', 'phpspreadsheet-issue.3613.xlsx', 'poi-64759.xlsx'],
  },
  {
    name: 'shipped in pinned npm and Debian packages',
    dir: join(CORPUS, 'ci'),
    rows: rowsOf(ciTable ?? ''),
    source: /^(npm:[^@\s]+@\d[^\s]*|deb:[a-z0-9.+-]+=\S+)$/,
    sourceAt: 1,
    columns: 6,
    fetched: true,
    // Google Sheets, Numbers, Excel for Mac with threaded comments, Excel with pivot tables and a slicer, the Open XML SDK.
    libreOffice: [
      'xlsxtream-test-issue-1575.xlsx',
      'xlsx-stream-reader-predefined_formats.xlsx',
      'openxlsx-loadThreadComment.xlsx',
      'openxlsx-loadExample.xlsx',
      'office-addin-dev-settings-ExcelWorkbookWithContent.xlsx',
    ],
  },
];

const filesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => /\.xls[xm]$/i.test(n)).sort() : []);

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

/** The package's entries by part name (`partKey`): the product writes `xl\a.xml` back as `xl/a.xml`. */
async function parts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  return new Map([...(await zipEntries(bytes))].map(([name, content]) => [partKey(name), content]));
}

function oneSentence(stderr: string): void {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(STACK);
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leverance-producers-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const set of SETS) {
  const files = filesIn(set.dir);
  const missing = [...set.rows.keys()].filter((name) => !files.includes(name));
  // In CI the packaged set must be there whole: .ci/run fetches it, so a gap is a failure, not a skip.
  const required = IN_CI && set.fetched;
  const run = files.length > 0 || required ? describe : describe.skip;
  const skipped = files.length > 0 || required ? '' : ` (skipped: none in ${set.dir}; SOURCES.md lists them)`;

  run(`workbooks saved by other producers, ${set.name}${skipped}`, () => {
    if (set.fetched) {
      it('are all there, as SOURCES.md lists them', () => {
        expect(set.rows.size).toBeGreaterThan(0);
        if (missing.length > 0) {
          throw new Error(`${missing.length} of the ${set.rows.size} CI corpus workbooks are missing from ${set.dir} (${missing.slice(0, 3).join(', ')}…): run scripts/corpus/fetch-ci.sh, as .ci/run does`);
        }
      });
    }

    it('are each listed in SOURCES.md with their source, licence and producer', () => {
      for (const name of files) {
        const cells = set.rows.get(name);
        expect([name, cells?.length]).toEqual([name, set.columns]);
        expect([name, set.source.test(cells![set.sourceAt])]).toEqual([name, true]);
      }
    });

    // jest refuses `.each` over no rows; with none here the test above has already failed.
    if (files.length === 0) return;

    it.each(files)('validate %s: findings or one sentence, never a crash', async (name) => {
      const { code, stderr } = await cli('validate', join(set.dir, name));
      expect([0, 1, 2]).toContain(code);
      if (code === 2) oneSentence(stderr);
      else expect(stderr).toBe('');
    });

    it.each(files)('summarize %s twice with an overview added: the user parts keep their bytes, the written ones parse', async (name) => {
      const { bytes, touched } = await addOverview(readFileSync(join(set.dir, name)));
      const input = join(dir, `in-${name}`);
      const once = join(dir, `once-${name}`);
      const twice = join(dir, `twice-${name}`);
      writeFileSync(input, bytes);
      for (const [from, to] of [
        [input, once],
        [once, twice],
      ]) {
        const { code, stderr } = await cli('summarize', from, '--out', to, '--report-date', '2018-12-15');
        expect([name, code, stderr]).toEqual([name, 0, '']);
      }

      const before = await parts(bytes);
      const own = touched.map(partKey);
      for (const out of [once, twice]) {
        const after = await parts(readFileSync(out));
        for (const [part, content] of before) {
          if (SHARED.test(part) || own.includes(part)) continue;
          expect([part, after.get(part)?.equals(content)]).toEqual([part, true]);
        }
        for (const [part, content] of after) {
          if (!/\.(xml|rels)$/i.test(part) || before.get(part)?.equals(content)) continue;
          expect([part, xmlFaults(content.toString('utf8'))]).toEqual([part, []]);
        }
      }
    }, 60_000);
  });
}

const soffice = existsSync('/usr/bin/soffice') ? '/usr/bin/soffice' : null;
const toOpen = SETS.flatMap((set) => set.libreOffice.filter((name) => filesIn(set.dir).includes(name)));
const lo = soffice && toOpen.length > 0 ? it : it.skip;
const noLo = !soffice ? ' (skipped: LibreOffice — /usr/bin/soffice — is not installed)' : toOpen.length === 0 ? ' (skipped: no corpus here)' : '';

lo(
  `LibreOffice opens the twice-summarized Strict, Google Sheets, Numbers, WPS, Open XML SDK and Excel workbooks with threaded comments and pivot tables${noLo}`,
  () => {
    const inputs = toOpen.map((name) => join(dir, `twice-${name}`));
    // The summarize tests above wrote them; without them (a filtered run) there is nothing to open.
    const ready = inputs.filter((f) => existsSync(f));
    expect(ready).toHaveLength(toOpen.length);
    const outDir = join(dir, 'pdf');
    const conv = spawnSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', outDir, ...ready], {
      timeout: 240_000,
      encoding: 'utf8',
    });
    expect(conv.status).toBe(0);
    for (const f of ready) {
      const pdf = join(outDir, `${basename(f).replace(/\.xls[xm]$/i, '')}.pdf`);
      expect([basename(f), existsSync(pdf) && readFileSync(pdf).subarray(0, 5).toString()]).toEqual([basename(f), '%PDF-']);
    }
  },
  300_000,
);
