import { copyFileSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, trendText } from '../../src/cli/main';

const FIXTURES = join(__dirname, '..', 'fixtures');
const fixture = (name: string) => join(FIXTURES, name);

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false });
  return { code, stdout, stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'leverance-cli-'));

describe('leverance validate', () => {
  it('prints the SPEC json shape and exits 1 on error findings', async () => {
    const { code, stdout, stderr } = await run('validate', fixture('rule-breaker.xlsx'), '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['file', 'sheet', 'headerRow', 'profile', 'initiatives', 'findings']);
    expect(json.profile).toBe('2016-2020');
    expect(Object.keys(json.findings[0])).toEqual(['severity', 'rule', 'cell', 'row', 'column', 'initiative', 'message']);
  });

  it('exits 0 on a clean overview', async () => {
    const { code, stdout } = await run('validate', fixture('clean-2016-2020.xlsx'), '--format', 'json');
    expect(JSON.parse(stdout).findings).toEqual([]);
    expect(code).toBe(0);
  });

  it('reads the example overview with its two-row header', async () => {
    const { stdout } = await run('validate', fixture('overview-2016-2020.xlsx'), '--format', 'json');
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ sheet: 'Leveranceoversigt', headerRow: 5 });
    expect(json.initiatives).toBeGreaterThanOrEqual(30);
  });

  it('renders messages in English with --lang en', async () => {
    const da = JSON.parse((await run('validate', fixture('rule-breaker.xlsx'), '--format', 'json')).stdout);
    const en = JSON.parse((await run('validate', fixture('rule-breaker.xlsx'), '--format', 'json', '--lang', 'en')).stdout);
    expect(en.findings.map((f: { rule: string }) => f.rule)).toEqual(da.findings.map((f: { rule: string }) => f.rule));
    expect(en.findings[0].message).not.toEqual(da.findings[0].message);
  });

  it.each([
    ['not-a-workbook.xlsx'],
    ['broken.xlsx'],
    ['does-not-exist.xlsx'],
  ])('exits 2 with one clear line and no stack trace for %s', async (name) => {
    const { code, stderr, stdout } = await run('validate', fixture(name));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat \w|Error:/);
  });

  it('exits 2 with the single finding sheet.not-found when no sheet is an overview', async () => {
    for (const name of ['no-overview.xlsx', 'empty.xlsx']) {
      const { code, stdout } = await run('validate', fixture(name), '--format', 'json');
      expect(code).toBe(2);
      expect(JSON.parse(stdout).findings.map((f: { rule: string; cell: string }) => [f.rule, f.cell])).toEqual([['sheet.not-found', 'A1']]);
    }
  });

  it('refuses unknown options values with exit 2', async () => {
    expect((await run('validate', fixture('clean-2016-2020.xlsx'), '--format', 'xml')).code).toBe(2);
    expect((await run('validate', fixture('clean-2016-2020.xlsx'), '--lang', 'de')).code).toBe(2);
    expect((await run('validate', fixture('clean-2016-2020.xlsx'), '--profile', 'nope')).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
  });

  it('reports a broken profile file naming the bad field', async () => {
    const dir = tmp();
    const profile = join(dir, 'p.json');
    writeFileSync(profile, JSON.stringify({ name: 'x', period: [2016, 'x'] }));
    const { code, stderr } = await run('validate', fixture('clean-2016-2020.xlsx'), '--profile', profile);
    expect(code).toBe(2);
    expect(stderr).toMatch(/period/);
  });
});

describe('leverance summarize', () => {
  it('writes a copy with the generated sheets and prints the SPEC json shape', async () => {
    const dir = tmp();
    const input = fixture('overview-2016-2020.xlsx');
    const before = readFileSync(input);
    const out = join(dir, 'out.xlsx');
    const { code, stdout } = await run('summarize', input, '--out', out, '--format', 'json', '--report-date', '2018-12-15');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['total', 'byStatus', 'areas', 'sheets', 'findings']);
    expect(Object.keys(json.byStatus)).toEqual(['green', 'yellow', 'red', 'done', 'missing']);
    expect(json.areas[0]).toMatchObject({ id: '1', status: expect.stringMatching(/^(green|yellow|red|done|missing)$/) });
    expect(json.sheets[0]).toBe('Samlet status');
    expect(json.sheets).toContain('Validering');
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('refuses to overwrite the input without --in-place, and writes nothing', async () => {
    const dir = tmp();
    const input = join(dir, 'in.xlsx');
    copyFileSync(fixture('overview-2016-2020.xlsx'), input);
    const before = readFileSync(input);
    const { code, stderr } = await run('summarize', input, '--out', input);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('exits 2 and writes nothing when the input has no overview', async () => {
    const dir = tmp();
    const out = join(dir, 'out.xlsx');
    const { code } = await run('summarize', fixture('no-overview.xlsx'), '--out', out);
    expect(code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('never touches a user sheet named Samlet status', async () => {
    const dir = tmp();
    const out = join(dir, 'out.xlsx');
    const { code, stdout } = await run('summarize', fixture('user-samlet-status.xlsx'), '--out', out, '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).sheets[0]).toBe('Samlet status (2)');
  });
});

describe('trendText', () => {
  it('lists the changes since the previous run, one initiative a line', () => {
    const trend = {
      since: '2018-06-15',
      changed: [{ id: '3.1', title: 'Ydelsesrefusion', from: 'green' as const, to: 'yellow' as const }],
      added: [{ id: '8.9', title: 'Mobilitet' }],
      removed: [],
    };
    expect(trendText(trend, 'da').split('\n')).toEqual(['Ændringer siden 15.6.2018: 2', '  3.1: Grøn → Gul', '  8.9: Nyt initiativ', '']);
    expect(trendText({ since: null, changed: [], added: [], removed: [] }, 'da')).toBe('');
  });
});

describe('progress on a terminal', () => {
  it('shows writing as a share of the work, not as sheet numbers it does not have', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leverance-progress-'));
    let stderr = '';
    const argv = ['summarize', join(__dirname, '..', 'fixtures', 'clean-2016-2020.xlsx'), '--out', join(dir, 'out.xlsx')];
    const code = await main(argv, { stdout: () => undefined, stderr: (t) => (stderr += t), isTTY: true });
    expect(code).toBe(0);
    const writes = stderr.split('\r').filter((line) => line.startsWith('Skriver '));
    expect(writes.length).toBeGreaterThan(0);
    for (const line of writes) expect(line).toMatch(/^Skriver .+ \(\d{1,3} %\)\x1b\[K$/);
  });
});
