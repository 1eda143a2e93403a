/**
 * The bad-input corpus through the CLI (SPEC §6, §7): every input gives findings or one
 * clear line on stderr with exit 2, never a crash, a hang or a partial output file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { t } from '../../src/core/i18n';
import { XlsxWorkbook } from '../../src/xlsx';
import { zipEntries } from '../xlsx/helpers';
import * as corpus from './corpus';
import { BIN, ensureCliBuilt } from '../helpers/cli-binary';

const ROOT = join(__dirname, '..', '..');
const STACK = /\n\s+at |\bat .+:\d+:\d+|Error:|TypeError|node_modules/;

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

function oneCleanLine(stderr: string): void {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(STACK);
}

let dir: string;
const file = (name: string) => join(dir, name);
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'leverance-corpus-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('files that are not usable workbooks', () => {
  let files: Record<string, Buffer>;
  beforeAll(async () => {
    files = await corpus.unusableFiles(readFileSync(join(ROOT, 'test', 'fixtures', 'clean-2016-2020.xlsx')));
  });

  it('each gives exit 2 with one line and no stack, and summarize writes nothing', async () => {
    for (const [name, bytes] of Object.entries(files)) {
      const input = file('unusable.xlsx');
      const out = file(`unusable-out.xlsx`);
      writeFileSync(input, bytes);
      const validate = await run('validate', input);
      const summarize = await run('summarize', input, '--out', out);
      expect([name, validate.code, summarize.code, validate.stdout, summarize.stdout]).toEqual([name, 2, 2, '', '']);
      oneCleanLine(validate.stderr);
      oneCleanLine(summarize.stderr);
      expect([name, existsSync(out)]).toEqual([name, false]);
    }
    // No temporary file is left behind either.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('names a password-protected workbook as such', async () => {
    const input = file('beskyttet.xlsx');
    writeFileSync(input, files['password-protected (CFB)']);
    const { stderr } = await run('validate', input, '--lang', 'en');
    expect(stderr).toBe(t('en', 'error.encrypted', { detail: input }) + '\n');
  });

  it('names the file, never a library message, for a damaged package', async () => {
    const input = file('halv.xlsx');
    writeFileSync(input, files['truncated to half']);
    expect((await run('validate', input)).stderr).toBe(t('da', 'error.damaged', { detail: input }) + '\n');
  });
});

describe('workbooks with odd content', () => {
  async function both(c: corpus.WorkbookCase) {
    const input = file(`${c.name.replace(/\W+/g, '-')}.xlsx`);
    const out = file(`${c.name.replace(/\W+/g, '-')}-out.xlsx`);
    writeFileSync(input, await corpus.xlsxOf(c));
    const validate = await run('validate', input, '--format', 'json');
    const summarize = await run('summarize', input, '--out', out, '--format', 'json', '--report-date', '2018-12-15');
    expect([c.name, validate.stderr, summarize.stderr, summarize.code]).toEqual([c.name, '', '', 0]);
    expect([0, 1]).toContain(validate.code);
    const json = JSON.parse(validate.stdout) as { sheet: string; headerRow: number; initiatives: number; findings: { rule: string; cell: string; severity: string }[] };
    expect(validate.code).toBe(json.findings.some((f) => f.severity === 'error') ? 1 : 0);
    return { input, out, json, summary: JSON.parse(summarize.stdout) as { total: number; byStatus: Record<string, number>; areas: unknown[]; sheets: string[] } };
  }
  const at = (json: { findings: { rule: string; cell: string }[] }, rule: string) => json.findings.filter((f) => f.rule === rule).map((f) => f.cell);

  it('reads a 1 048 576-row used range with a small overview at the top', async () => {
    const { json, summary } = await both(corpus.millionRows());
    expect(json).toMatchObject({ sheet: 'Leveranceoversigt', headerRow: 5, initiatives: 3 });
    // The stray value in the last row is a row with content and no id.
    expect(at(json, 'id.missing')).toEqual(['A1048576']);
    expect(summary.total).toBe(3);
  });

  it('reports every Excel error value at its cell', async () => {
    const c = corpus.errorValues();
    const { json } = await both(c);
    expect(at(json, 'cell.error-value')).toEqual(c.expected);
  });

  it('reads a header with merged cells across it', async () => {
    const { json, summary } = await both(corpus.mergedHeader());
    expect(json).toMatchObject({ headerRow: 3, initiatives: 2, findings: [] });
    expect(summary.byStatus).toMatchObject({ green: 1, red: 1 });
  });

  it('picks the sheet with the best header, and a visible one over a hidden copy', async () => {
    expect((await both(corpus.twoCandidates())).json).toMatchObject({ sheet: 'Leveranceoversigt', initiatives: 2 });
    expect((await both(corpus.hiddenCopy())).json).toMatchObject({ sheet: 'Leveranceoversigt', initiatives: 2 });
  });

  it('handles a header without initiatives', async () => {
    const { json, summary } = await both(corpus.headerOnly());
    expect(json).toMatchObject({ initiatives: 0, findings: [] });
    expect(summary).toMatchObject({ total: 0, areas: [], sheets: ['Samlet status', 'Statusnotat', 'Validering'] });
  });

  it('validates hidden rows and columns too', async () => {
    const c = corpus.hiddenRowsCols();
    const { json } = await both(c);
    expect(json.initiatives).toBe(3);
    expect(at(json, 'status.unknown')).toEqual([`J${c.hiddenRow}`]);
  });

  it('reads dates given as serial numbers, in and out of range', async () => {
    const { json } = await both(corpus.serialDates());
    expect(json.initiatives).toBe(4);
    // -1 and 2958466 are no dates of the plan period: findings, not a crash.
    expect(json.findings.map((f) => f.rule).every((r) => r.startsWith('timeline.'))).toBe(true);
  });

  it('reads rich text as its plain text', async () => {
    const { json, summary } = await both(corpus.richText());
    expect(json.findings).toEqual([]);
    expect(summary.byStatus.yellow).toBe(1);
  });

  it('carries 32 000-character cells into the summary whole', async () => {
    const { json, out } = await both(corpus.longCells());
    expect(at(json, 'title.too-long')).toHaveLength(3);
    const wb = await XlsxWorkbook.open(out);
    const area = (await wb.listSheets()).find((s) => s.owner?.startsWith('area:'))!;
    const lengths = (await wb.readGrid(area.name)).cells.flat().map((c) => (typeof c?.value === 'string' ? c.value.length : 0));
    expect(Math.max(...lengths)).toBeGreaterThanOrEqual(31_990);
  });

  it('writes formula-looking text and markup back as text, never as a formula', async () => {
    const { out } = await both(corpus.hostileText());
    const wb = await XlsxWorkbook.open(out);
    const owned = (await wb.listSheets()).filter((s) => s.owner !== null);
    const written = new Set<unknown>();
    for (const s of owned) for (const c of (await wb.readGrid(s.name)).cells.flat()) written.add(c?.value);
    for (const text of corpus.HOSTILE_TEXT) expect([text, written.has(text)]).toEqual([text, true]);
    // The generated sheet parts hold no formula at all, so none of those cells is one.
    const before = await zipEntries(readFileSync(out.replace(/-out\.xlsx$/, '.xlsx')));
    const after = await zipEntries(readFileSync(out));
    const added = [...after].filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name) && !before.has(name));
    expect(added.length).toBe(owned.length);
    for (const [name, bytes] of added) expect([name, /<(?:\w+:)?f[\s>/]/.test(bytes.toString())]).toEqual([name, false]);
  });

  it('gives 100 areas 100 sheets with unique names of at most 31 characters', async () => {
    const { summary } = await both(corpus.hundredAreas());
    expect(summary.areas).toHaveLength(100);
    const areaSheets = summary.sheets.filter((s) => !['Samlet status', 'Statusnotat', 'Validering'].includes(s));
    expect(areaSheets).toHaveLength(100);
    for (const name of summary.sheets) expect(name).toMatch(/^[^[\]:*?/\\]{1,31}$/);
    expect(new Set(summary.sheets.map((s) => s.toLowerCase())).size).toBe(summary.sheets.length);
  });
});

describe('failed writes', () => {
  it('leave no output when --out cannot be written', async () => {
    const input = file('ok.xlsx');
    writeFileSync(input, await corpus.xlsxOf(corpus.headerOnly()));
    const blocker = file('a-file');
    writeFileSync(blocker, 'x');
    const out = join(blocker, 'sub', 'out.xlsx');
    const { code, stderr } = await run('summarize', input, '--out', out);
    expect(code).toBe(2);
    oneCleanLine(stderr);
    expect(stderr).toMatch(/^Resultatet kunne ikke skrives/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('the real binary', () => {
  beforeAll(ensureCliBuilt, 120_000);

  const leverance = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });

  it('exits 2 on a truncated file with one line on stderr and no stack trace', () => {
    const input = file('cut.xlsx');
    writeFileSync(input, readFileSync(join(ROOT, 'test', 'fixtures', 'clean-2016-2020.xlsx')).subarray(0, 500));
    const r = leverance('validate', input);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    oneCleanLine(r.stderr);
  });

  it('exits 2 on a password-protected file and writes nothing', () => {
    const input = file('locked.xlsx');
    const out = file('locked-out.xlsx');
    writeFileSync(input, corpus.encryptedWorkbook());
    const r = leverance('summarize', input, '--out', out);
    expect(r.status).toBe(2);
    oneCleanLine(r.stderr);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 with findings on every Excel error value', async () => {
    const input = file('errors.xlsx');
    writeFileSync(input, await corpus.xlsxOf(corpus.errorValues()));
    const r = leverance('validate', input, '--format', 'json');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).findings.filter((f: { rule: string }) => f.rule === 'cell.error-value')).toHaveLength(10);
  });
});
