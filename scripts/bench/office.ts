import { BUILTIN_PROFILES } from '../../src/core/profile/load';
import { OfficeWorkbook } from '../../src/office/workbook';
import { runSummary, runValidation, type RunOptions } from '../../src/workbook/pipeline';
import { FakeExcel, type SyncRecord } from '../../test/fake-excel';
import { syntheticGrid } from './synthetic';

export interface OfficeRun {
  syncs: number;
  /** Largest request and largest response Excel accepted. */
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Syncs Excel on the web refused for a response over 5 MB (the adapter then reads in bands). */
  refused: number;
  ms: number;
}

export interface OfficeMeasure {
  rows: number;
  web: boolean;
  /** Validation: listing the sheets and reading the overview. */
  read: OfficeRun;
  /** Summary: the same read, then writing every generated sheet. */
  summarize: OfficeRun;
}

const RESPONSE_LIMIT = 5 * 1024 * 1024;

function runOf(stats: SyncRecord[], web: boolean, ms: number): OfficeRun {
  // The fake records a refused response's size too; on the web only those go over the limit.
  const refused = web ? stats.filter((s) => s.responseBytes > RESPONSE_LIMIT) : [];
  const accepted = stats.filter((s) => !refused.includes(s));
  return {
    syncs: stats.length,
    maxRequestBytes: Math.max(0, ...stats.map((s) => s.requestBytes)),
    maxResponseBytes: Math.max(0, ...accepted.map((s) => s.responseBytes)),
    refused: refused.length,
    ms,
  };
}

/**
 * The Office.js adapter on the in-memory FakeExcel: round trips (`context.sync`) and the
 * largest request and response. Excel on the web refuses either above 5 MB (`web`), where
 * the adapter falls back to reading in bands; desktop Excel takes larger responses. The
 * fake's timings are not Excel's; the sync count and payload sizes are what carry over.
 * A refused request counts as a sync: it is a round trip all the same.
 */
export async function measureOffice(rows: number, web: boolean): Promise<OfficeMeasure> {
  const opts: RunOptions = { profile: BUILTIN_PROFILES['2016-2020'], lang: 'da', reportDate: '2018-12-15' };
  const fake = new FakeExcel({ responseLimit: web ? RESPONSE_LIMIT : null });
  fake.addGrid(syntheticGrid(rows));

  let t0 = performance.now();
  await runValidation(new OfficeWorkbook(fake.host), opts);
  const read = runOf(fake.stats, web, performance.now() - t0);

  fake.resetStats();
  t0 = performance.now();
  await runSummary(new OfficeWorkbook(fake.host), opts);
  const summarize = runOf(fake.stats, web, performance.now() - t0);
  return { rows, web, read, summarize };
}
