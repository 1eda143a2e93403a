import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS } from '../../src/cli/args';
import { BIN, ensureCliBuilt } from '../helpers/cli-binary';

const ROOT = join(__dirname, '..', '..');
const INPUT = join(ROOT, 'test', 'fixtures', 'clean-2016-2020.xlsx');

beforeAll(ensureCliBuilt, 120_000);

const leverance = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });

function oneLine(stderr: string): string {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  return stderr;
}

describe('misuse of the command line', () => {
  // Each call would write OUT if it were accepted; `named` is what the sentence must name.
  const OUT = '<out>';
  it.each([
    ['an unknown option', ['summarize', INPUT, '--out', OUT, '--formt', 'json'], '--formt'],
    ['a misspelt --sheet', ['summarize', INPUT, '--out', OUT, '--shet', 'Nope'], '--shet'],
    ['an unknown short option', ['summarize', INPUT, '--out', OUT, '-x'], '-x'],
    ['--sheet at the end', ['summarize', INPUT, '--out', OUT, '--sheet'], '--sheet'],
    ['--sheet followed by an option', ['summarize', INPUT, '--out', OUT, '--sheet', '--format', 'json'], '--sheet'],
    ['an empty value', ['summarize', INPUT, '--out', OUT, '--sheet='], '--sheet'],
    ['a value for a flag', ['summarize', INPUT, '--out', OUT, '--in-place=yes'], '--in-place'],
    ['an option given twice', ['summarize', INPUT, '--out', OUT, '--sheet', 'A', '--sheet', 'B'], '--sheet'],
    ['--format xml', ['summarize', INPUT, '--out', OUT, '--format', 'xml'], 'xml'],
    ['--lang fr', ['summarize', INPUT, '--out', OUT, '--lang', 'fr'], 'fr'],
    ['--report-date 15/12', ['summarize', INPUT, '--out', OUT, '--report-date', '15/12'], '15/12'],
    ['an impossible report date', ['summarize', INPUT, '--out', OUT, '--report-date', '2018-02-30'], '2018-02-30'],
    ['an unknown command', ['summarise', INPUT, '--out', OUT], 'summarise'],
    ['no command', [], 'summarize'],
    ['no file', ['summarize', '--out', OUT], '.xlsx'],
    ['a second file', ['summarize', INPUT, 'other.xlsx', '--out', OUT], 'other.xlsx'],
    ['summarize without --out', ['summarize', INPUT], '--out'],
    ['an option of another command', ['validate', INPUT, '--out', OUT], '--out'],
  ])('%s: exit 2, one line naming it, nothing written', (_, args, named) => {
    const out = join(mkdtempSync(join(tmpdir(), 'leverance-options-')), 'out.xlsx');
    const r = leverance(...args.map((a) => (a === OUT ? out : a)));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(oneLine(r.stderr)).toContain(named);
    expect(existsSync(out)).toBe(false);
  });

  it('speaks English when --lang en itself is fine, Danish otherwise', () => {
    const da = leverance('validate', INPUT, '--formt', 'json').stderr;
    const en = leverance('validate', INPUT, '--lang', 'en', '--formt', 'json').stderr;
    const bad = leverance('validate', INPUT, '--lang', 'fr', '--formt', 'json').stderr;
    expect(oneLine(en)).toContain('--formt');
    expect(en).not.toBe(da);
    expect(bad).toBe(da);
  });
});

describe('--help', () => {
  it('lists every option of every command, and -h is the same', () => {
    const r = leverance('--help');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const sections = r.stdout.split(/\n(?=leverance )/);
    for (const [command, { options }] of Object.entries(COMMANDS)) {
      const section = sections.find((s) => s.startsWith(`leverance ${command} `));
      expect(section).toBeDefined();
      for (const option of options) expect(section).toContain(`--${option}`);
    }
    expect(r.stdout).toContain('--help');
    expect(leverance('validate', '-h').stdout).toBe(r.stdout);
  });
});

describe('exit 2 whatever --format says', () => {
  it('prints the json with sheet.not-found on stdout and one line on stderr', () => {
    const r = leverance('validate', join(ROOT, 'test', 'fixtures', 'no-overview.xlsx'), '--format', 'json');
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['sheet.not-found']);
    oneLine(r.stderr);
  });
});
