/**
 * `npm run bench`: the SPEC §7 targets, and the SPEC §6 Office.js budgets, measured in one
 * run. Prints one table and exits 1 when a SPEC §7 target is missed, so a regression is
 * visible without timed tests. See the README's "Performance" section for how to read it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildRun } from './child';
import { compareSummarize, compareValidate, writeSyntheticWorkbook } from './cli';
import { measureCore } from './core';
import type { DeliveryTexts } from './synthetic';
import { ACTIONS, PAYLOAD_LIMIT, measureOffice, type Action, type ActionRun } from './office';
import { ratioOfMedians, spread } from './stats';
import { fails, formatTable, type Row } from './table';

// A check is short against the machine's minute-to-minute noise: more pairs, a steadier median.
const VALIDATE_PAIRS = 21;
const SUMMARIZE_PAIRS = 5;
const SUMMARIZE_ROWS = 20_000;
const CORE_SIZES = [1_000, 10_000, 100_000];
const CORE_RUNS = 5;
const OFFICE_SIZES = [100, 20_000] as const;

/** SPEC §7. */
const VALIDATE_MAX_RATIO = 1.5;
const SUMMARIZE_MAX_RATIO = 0.5;
const SUMMARIZE_MAX_RSS_MB = 200;
const CORE_MAX_MS = 1000;
const CORE_MAX_HEAP_MB = 300;

/**
 * SPEC §6: syncs per user action, before the one extra per ~1 MB chunk a summary writes. The
 * budget holds at both sizes; a read of more than ~4.5 MB takes one sync more (Excel on the
 * web refuses a response over 5 MB), which the result shows with the bytes read.
 */
const SYNC_BUDGET: Record<Action, number> = { Valider: 3, 'Opdater opsummering': 6, 'Ryd markeringer': 2 };
const CHUNK_BYTES = 1_000_000;

const count = (n: number) => n.toLocaleString('en-US').replace(/,/g, ' ');
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

function progress(text: string): void {
  process.stderr.write(`${text}\n`);
}

/**
 * A fixed loop with no memory traffic. On a shared virtual machine its time tells a
 * throttled minute from a slow change: every other time here moves with it.
 */
function machineCheck(): number {
  const t0 = process.hrtime.bigint();
  let sum = 0;
  for (let i = 0; i < 1e8; i++) sum += i;
  if (sum < 0) console.log(sum); // keeps the loop from being optimised away
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function machineRow(when: string): Row {
  return { measure: `machine check (fixed 10⁸-step loop), ${when}`, result: `${machineCheck().toFixed(0)} ms` };
}

function msOf(runs: ChildRun[]): number[] {
  return runs.map((r) => r.ms);
}

function peakMB(runs: ChildRun[]): number {
  return Math.max(...runs.map((r) => r.maxRssMB));
}

/** Median and range of the wall times, and the highest peak memory of the runs. */
function childResult(runs: ChildRun[]): string {
  const s = spread(msOf(runs));
  return `median ${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)}), peak ${peakMB(runs).toFixed(0)} MB`;
}

function validateRows(scratchDir: string): Row[] {
  progress(`CLI validate vs node -e 0, ${VALIDATE_PAIRS} alternating pairs…`);
  const { measured, baseline } = compareValidate(scratchDir, VALIDATE_PAIRS);
  const ratio = ratioOfMedians(msOf(measured), msOf(baseline));
  return [
    { measure: '`node -e 0` (Node starting, the floor)', result: childResult(baseline) },
    { measure: 'CLI `validate` of the bundled example', result: childResult(measured) },
    { measure: '`validate` ÷ `node -e 0`', result: `${ratio.toFixed(2)}×`, target: `≤ ${VALIDATE_MAX_RATIO}×`, met: ratio <= VALIDATE_MAX_RATIO },
  ];
}

async function summarizeRows(scratchDir: string): Promise<Row[]> {
  const input = join(scratchDir, 'input.xlsx');
  const sizeMB = await writeSyntheticWorkbook(input, SUMMARIZE_ROWS);
  progress(`CLI summarize vs ExcelJS load + save, ${SUMMARIZE_PAIRS} alternating pairs…`);
  const { measured, baseline } = compareSummarize(scratchDir, input, SUMMARIZE_PAIRS);
  const ratio = ratioOfMedians(msOf(measured), msOf(baseline));
  const rss = peakMB(measured);
  const rows = count(SUMMARIZE_ROWS);
  return [
    { measure: `ExcelJS load + save, ${rows} rows (${sizeMB.toFixed(2)} MB file)`, result: childResult(baseline) },
    { measure: `CLI \`summarize\`, ${rows} rows`, result: childResult(measured) },
    { measure: '`summarize` ÷ ExcelJS', result: `${ratio.toFixed(2)}×`, target: `≤ ${SUMMARIZE_MAX_RATIO}×`, met: ratio <= SUMMARIZE_MAX_RATIO },
    { measure: '`summarize` peak memory', result: `${rss.toFixed(0)} MB`, target: `< ${SUMMARIZE_MAX_RSS_MB} MB`, met: rss < SUMMARIZE_MAX_RSS_MB },
  ];
}

/** Each size: one warm-up run so the JIT is not measured, then the median of the runs. */
function coreRow(n: number, texts: DeliveryTexts = 'phrases'): Row {
  measureCore(n, texts);
  const runs = Array.from({ length: CORE_RUNS }, () => measureCore(n, texts));
  const time = spread(runs.map((r) => r.ms));
  const heapMB = Math.max(...runs.map((r) => r.heapMB));
  const row: Row = {
    measure: `core (read + validate + rollup), ${count(n)} initiatives${texts === 'distinct' ? ', every delivery text different' : ''}`,
    result: `median ${time.median.toFixed(0)} ms (${time.min.toFixed(0)}–${time.max.toFixed(0)}), heap +${heapMB.toFixed(0)} MB`,
  };
  if (n !== CORE_SIZES[CORE_SIZES.length - 1]) return row;
  return { ...row, target: `< ${CORE_MAX_MS} ms, < ${CORE_MAX_HEAP_MB} MB`, met: time.median < CORE_MAX_MS && heapMB < CORE_MAX_HEAP_MB };
}

function coreRows(): Row[] {
  progress(`Core at ${CORE_SIZES.map(count).join(', ')} initiatives, ${CORE_RUNS} runs each…`);
  // The worst case at the largest size: no delivery text repeats, so none is parsed only once.
  return [...CORE_SIZES.map((n) => coreRow(n)), coreRow(CORE_SIZES[CORE_SIZES.length - 1], 'distinct')];
}

/** The syncs SPEC §6 allows an action: its budget, and for a summary one per ~1 MB sent. */
function allowedSyncs(action: Action, run: ActionRun): number {
  const chunks = action === 'Opdater opsummering' ? Math.ceil(run.sentBytes / CHUNK_BYTES) : 0;
  return SYNC_BUDGET[action] + chunks;
}

function syncsText(rows: number, run: ActionRun): string {
  return `${count(rows)} rows: ${run.syncs} (${mb(run.receivedBytes)} read${run.refused > 0 ? `, ${run.refused} refused` : ''})`;
}

function syncRow(action: Action, host: string, small: ActionRun, large: ActionRun): Row {
  const [smallRows, largeRows] = OFFICE_SIZES;
  const chunked = action === 'Opdater opsummering';
  const target = chunked
    ? `≤ ${SYNC_BUDGET[action]} + 1 per MB sent (${allowedSyncs(action, small)} / ${allowedSyncs(action, large)})`
    : `≤ ${SYNC_BUDGET[action]} at both sizes`;
  return {
    measure: `Office.js *${action}*, ${host}: syncs`,
    result: `${syncsText(smallRows, small)} · ${syncsText(largeRows, large)}`,
    target,
    met: small.syncs <= allowedSyncs(action, small) && large.syncs <= allowedSyncs(action, large),
  };
}

function payloadRow(host: string, measures: ActionRun[]): Row {
  const request = Math.max(...measures.map((m) => m.maxRequestBytes));
  const response = Math.max(...measures.map((m) => m.maxResponseBytes));
  return {
    measure: `Office.js largest request / response, ${host}`,
    result: `${mb(request)} / ${mb(response)}`,
    target: '≤ 5 MB each',
    met: request <= PAYLOAD_LIMIT && response <= PAYLOAD_LIMIT,
  };
}

async function officeRows(): Promise<Row[]> {
  progress(`Office.js adapter on the fake Excel at ${OFFICE_SIZES.map(count).join(' and ')} rows…`);
  const rows: Row[] = [];
  for (const web of [false, true]) {
    const host = web ? 'web' : 'desktop';
    const small = await measureOffice(OFFICE_SIZES[0], web);
    const large = await measureOffice(OFFICE_SIZES[1], web);
    for (const action of ACTIONS) rows.push(syncRow(action, host, small.actions[action], large.actions[action]));
    rows.push(payloadRow(host, [small, large].flatMap((m) => ACTIONS.map((a) => m.actions[a]))));
  }
  return rows;
}

async function main(): Promise<void> {
  const started = Date.now();
  const load = loadavg()[0].toFixed(1);
  const rows: Row[] = [machineRow('at start')];
  const scratchDir = mkdtempSync(join(tmpdir(), 'leverance-bench-'));
  try {
    rows.push(...validateRows(scratchDir), ...(await summarizeRows(scratchDir)));
  } finally {
    rmSync(scratchDir, { recursive: true, force: true });
  }
  rows.push(...coreRows(), ...(await officeRows()), machineRow('at end'));

  console.log(`Node ${process.version}, ${cpus().length} CPUs, load average ${load} at start; CLI times are child processes, run alternately.\n`);
  console.log(formatTable(rows));
  const missed = rows.filter(fails).length;
  const verdict = missed === 0 ? 'every target met' : `${missed} target(s) missed`;
  console.log(`\nThe bench took ${((Date.now() - started) / 1000).toFixed(0)} s; ${verdict}.`);
  process.exitCode = missed === 0 ? 0 : 1;
}

void main();
