/**
 * `npm run bench`: the SPEC §7 targets, measured. Prints a table and exits 1 when a
 * target is missed, so a regression is visible without timed tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureCore } from './core';
import { measureCli } from './cli';

const TARGET_MS = 1000;
const TARGET_MB = 300;
const TARGET_RATIO = 2;

async function main(): Promise<void> {
  let failed = false;
  console.log('Core: parse + validate + rollup (no I/O)');
  console.log('  initiatives      ms   heap MB  findings');
  for (const n of [1000, 10000, 100000]) {
    measureCore(n); // warm-up so the JIT is not measured
    const m = measureCore(n);
    console.log(`  ${String(n).padStart(11)} ${m.ms.toFixed(0).padStart(7)} ${m.heapMB.toFixed(0).padStart(9)} ${String(m.findings).padStart(9)}`);
    if (n === 100000 && (m.ms > TARGET_MS || m.heapMB > TARGET_MB)) {
      console.log(`  ✗ target: < ${TARGET_MS} ms and < ${TARGET_MB} MB at 100 000 initiatives`);
      failed = true;
    }
  }

  const dir = mkdtempSync(join(tmpdir(), 'leverance-bench-'));
  try {
    const rows = 20000;
    console.log(`\nCLI summarize vs a bare ExcelJS load + save, ${rows} rows`);
    const cli = await measureCli(dir, rows);
    console.log(`  ExcelJS load+save ${cli.baselineMs.toFixed(0)} ms · leverance summarize ${cli.summarizeMs.toFixed(0)} ms · ratio ${cli.ratio.toFixed(2)}`);
    if (cli.ratio > TARGET_RATIO) {
      console.log(`  ✗ target: at most ${TARGET_RATIO}× the ExcelJS baseline`);
      failed = true;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

void main();
