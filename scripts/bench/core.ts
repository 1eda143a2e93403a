import { BUILTIN_PROFILES } from '../../src/core/profile/load';
import { readOverview } from '../../src/core/read/overview';
import { rollup } from '../../src/core/rollup';
import { validate } from '../../src/core/validate';
import { syntheticGrid, type DeliveryTexts } from './synthetic';

export interface CoreMeasure {
  initiatives: number;
  texts: DeliveryTexts;
  ms: number;
  heapMB: number;
  findings: number;
}

/** parse + validate + roll up, no I/O; heap is the growth over the grid itself, after a GC. */
export function measureCore(n: number, texts: DeliveryTexts = 'phrases'): CoreMeasure {
  const profile = BUILTIN_PROFILES['2016-2020'];
  const grid = syntheticGrid(n, texts);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const t0 = process.hrtime.bigint();
  const read = readOverview(grid, profile);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  if (!read.ok) throw new Error('synthetic grid has no header');
  const findings = validate(read.overview, profile);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  rollup(read.overview, profile, '2018-12-15');
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { initiatives: n, texts, ms, heapMB: (peak - heapBefore) / 2 ** 20, findings: findings.length };
}
