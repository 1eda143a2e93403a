/**
 * Timing Node child processes: wall time from spawn to exit, and the child's peak memory.
 * Two commands are compared by alternating them (A B A B …), so a throttled minute of a
 * shared machine slows both sides instead of one.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const PRELOAD = join(__dirname, 'maxrss.js');

export interface ChildRun {
  ms: number;
  /** Peak resident memory of the child, as its own `process.resourceUsage()` reports it. */
  maxRssMB: number;
}

export interface Command {
  /** Arguments to `node`, after the preload. */
  args: string[];
  /** Exit codes that mean the command did its work (`validate` exits 1 when it finds errors). */
  okCodes: number[];
}

/** Runs `node -r maxrss.js …args` once; throws with the child's stderr if it failed. */
export function runNode(command: Command, scratchDir: string): ChildRun {
  const rssFile = join(scratchDir, 'maxrss.txt');
  rmSync(rssFile, { force: true });
  const t0 = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['-r', PRELOAD, ...command.args], {
    env: { ...process.env, BENCH_MAXRSS_FILE: rssFile },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (child.status === null || !command.okCodes.includes(child.status)) {
    throw new Error(`node ${command.args.join(' ')} exited ${child.status ?? child.signal}: ${child.stderr}`);
  }
  return { ms, maxRssMB: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

/**
 * `pairs` runs of each command, alternating. No warm-up run: a first run slowed by a cold
 * file cache is one of several, and the median leaves it out.
 */
export function alternate(a: Command, b: Command, pairs: number, scratchDir: string): { a: ChildRun[]; b: ChildRun[] } {
  const runs = { a: [] as ChildRun[], b: [] as ChildRun[] };
  for (let k = 0; k < pairs; k++) {
    runs.a.push(runNode(a, scratchDir));
    runs.b.push(runNode(b, scratchDir));
  }
  return runs;
}
