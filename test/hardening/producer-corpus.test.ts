/**
 * Workbooks saved by other programs (issue 13 point 6): Excel on Windows, Mac and the web,
 * LibreOffice, Google Sheets, Numbers, WPS, Strict Open XML, and charts, chart sheets,
 * pivot tables, tables, images, threaded comments, custom XML and 1904 dates among them.
 * The files come from other spreadsheet libraries' public test suites;
 * test/fixtures/corpus/SOURCES.md says where each one is from, under which licence, which
 * program saved it and what it exercises.
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

/** Parts summarize edits in place; all others it does not own must keep their bytes. */
const SHARED = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|docProps\/app\.xml)$/i;

/**
 * Files the product cannot summarize yet; each must still fail with one sentence and exit 2.
 * A reader that learns them should move them out of this list.
 */
const KNOWN_FAILURES: Record<string, string> = {};

/** A few results LibreOffice must open: Strict, Google Sheets, Numbers, WPS, Excel for Mac with threaded comments. */
const LIBREOFFICE = ['poi-SimpleStrict.xlsx', 'poi-64450.xlsx', 'phpspreadsheet-issue.3093.xlsx', 'phpspreadsheet-issue.3613.xlsx', 'poi-64759.xlsx'];

const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((n) => /\.xls[xm]$/i.test(n)).sort() : [];
const present = files.length > 0 ? describe : describe.skip;
const absent = files.length > 0 ? '' : ' (skipped: no workbooks in test/fixtures/corpus; SOURCES.md lists them)';

async function run(...argv: string[]) {
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

present(`workbooks saved by other producers${absent}`, () => {
  it('are each listed in SOURCES.md with repository, commit and licence', () => {
    const sources = readFileSync(join(CORPUS, 'SOURCES.md'), 'utf8');
    for (const name of files) {
      const row = sources.split('\n').find((line) => line.startsWith(`| ${name} |`));
      expect([name, row?.split('|').length]).toEqual([name, 9]);
      expect([name, /\| [0-9a-f]{40} \|/.test(row!)]).toEqual([name, true]);
    }
  });

  it.each(files)('validate %s: findings or one sentence, never a crash', async (name) => {
    const { code, stderr } = await run('validate', join(CORPUS, name));
    expect([0, 1, 2]).toContain(code);
    if (code === 2) oneSentence(stderr);
    else expect(stderr).toBe('');
  });

  it.each(files)('summarize %s twice with an overview added: the user parts keep their bytes, the written ones parse', async (name) => {
    if (KNOWN_FAILURES[name]) {
      await expect(addOverview(readFileSync(join(CORPUS, name)))).rejects.toThrow(KNOWN_FAILURES[name]);
      const { code, stderr } = await run('summarize', join(CORPUS, name), '--out', join(dir, name));
      expect(code).toBe(2);
      oneSentence(stderr);
      return;
    }
    const { bytes, touched } = await addOverview(readFileSync(join(CORPUS, name)));
    const input = join(dir, `in-${name}`);
    const once = join(dir, `once-${name}`);
    const twice = join(dir, `twice-${name}`);
    writeFileSync(input, bytes);
    for (const [from, to] of [
      [input, once],
      [once, twice],
    ]) {
      const { code, stderr } = await run('summarize', from, '--out', to, '--report-date', '2018-12-15');
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

const soffice = existsSync('/usr/bin/soffice') ? '/usr/bin/soffice' : null;
const lo = soffice && files.length > 0 ? it : it.skip;
const noLo = !soffice ? ' (skipped: LibreOffice — /usr/bin/soffice — is not installed)' : absent;

lo(
  `LibreOffice opens the twice-summarized Strict, Google Sheets, Numbers, WPS and Excel-for-Mac workbooks${noLo}`,
  () => {
    const inputs = LIBREOFFICE.map((name) => join(dir, `twice-${name}`));
    // The summarize test above wrote them; without it (a filtered run) there is nothing to open.
    const ready = inputs.filter((f) => existsSync(f));
    expect(ready).toHaveLength(LIBREOFFICE.length);
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
