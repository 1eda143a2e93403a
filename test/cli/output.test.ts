import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ensureCliBuilt } from '../helpers/cli-binary';
import { OVERVIEW_HEAD, overviewRow } from '../helpers/grid';
import { excelBuffer } from '../xlsx/helpers';

const ROWS = 3_000;
let input: string;

beforeAll(async () => {
  ensureCliBuilt();
  // Every e-mail malformed: a finding a row, some 800 kB of JSON, far more than a pipe holds.
  const rows = [
    ...OVERVIEW_HEAD,
    ['1. Digital kommunikation og borgerbetjening'],
    ...Array.from({ length: ROWS }, (_, k) => overviewRow(`1.${k + 1}: Initiativ ${k + 1}`, ['ultimo 2016'], 'Kirsten Elbo', `kieb${k}(at)kl.dk`, 'Teknik og Miljø', 'Grøn')),
  ];
  input = join(mkdtempSync(join(tmpdir(), 'leverance-output-')), 'many-findings.xlsx');
  writeFileSync(input, await excelBuffer((wb) => wb.addWorksheet('Leveranceoversigt').addRows(rows)));
}, 120_000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with its stdout on a pipe that is read only after `lagMs`, or closed after the first chunk. */
function runThroughPipe(args: string[], reader: { lagMs: number } | 'close-after-first-chunk'): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    if (reader === 'close-after-first-chunk') {
      child.stdout.once('data', (d: Buffer) => {
        out.push(d);
        child.stdout.destroy();
      });
    } else {
      child.stdout.pause();
      setTimeout(() => {
        child.stdout.on('data', (d: Buffer) => out.push(d));
        child.stdout.resume();
      }, reader.lagMs);
    }
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr }));
  });
}

describe('the CLI writes its output straight to the descriptors', () => {
  it('gives a slow reader of a pipe the whole JSON, in order', async () => {
    const run = await runThroughPipe(['validate', input, '--format', 'json'], { lagMs: 300 });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as { initiatives: number; findings: { rule: string; cell: string }[] };
    expect(json.initiatives).toBe(ROWS);
    const invalid = json.findings.filter((f) => f.rule === 'email.invalid');
    expect(invalid).toHaveLength(ROWS);
    expect(invalid[0].cell).toBe('H7');
    expect(invalid[ROWS - 1].cell).toBe(`H${ROWS + 6}`);
  }, 60_000);

  it('stops quietly, with the exit status of the check (1: malformed e-mails are errors), when the reader goes away (`| head`)', async () => {
    const run = await runThroughPipe(['validate', input, '--format', 'json'], 'close-after-first-chunk');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  }, 60_000);

  it('writes the same text to a file as to a pipe', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leverance-output-'));
    const file = join(dir, 'out.txt');
    const toPipe = spawnSync(process.execPath, [BIN, 'validate', input], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    const toFile = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" validate "${input}" > "${file}"; cat "${file}"`], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
    expect(toPipe.stdout.split('\n').length).toBeGreaterThan(ROWS);
    expect(toFile.stdout).toBe(toPipe.stdout);
  }, 60_000);
});
