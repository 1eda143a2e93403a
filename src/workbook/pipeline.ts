import type { Finding } from '../core/finding';
import type { Lang } from '../core/i18n';
import type { Overview } from '../core/overview';
import type { Profile } from '../core/profile/types';
import { HEADER_SEARCH_ROWS } from '../core/read/header';
import { readOverview } from '../core/read/overview';
import { buildReport, planSheetNames } from '../core/report';
import { buildNote, type Note } from '../core/report/note';
import { rollup as computeRollup, type Rollup } from '../core/rollup';
import { readHistory, snapshotOf, trendSince, type Snapshot, type Trend } from '../core/trend';
import { sheetNotFoundFinding, validate } from '../core/validate';
import { WorkbookError, type MarkPort, type SheetInfo, type WorkbookPort } from './port';

export type Phase = 'read' | 'validate' | 'rollup' | 'write';

export interface Progress {
  phase: Phase;
  done: number;
  total: number;
  sheet?: string;
}

export interface RunOptions {
  /** The overview sheet; found by its header when not given. */
  sheet?: string;
  profile: Profile;
  lang: Lang;
  /** ISO `YYYY-MM-DD`; today when not given. */
  reportDate?: string;
  onProgress?: (p: Progress) => void;
}

export interface ValidationResult {
  sheet: string | null;
  headerRow: number | null;
  profile: string;
  initiatives: number;
  findings: Finding[];
  overview: Overview | null;
}

export interface SummaryResult extends ValidationResult {
  overview: Overview;
  rollup: Rollup;
  trend: Trend;
  /** Visible sheets written, in workbook order. */
  sheets: string[];
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The overview sheet: the named one, or the non-owned sheet whose header scores best. */
async function locateOverview(port: WorkbookPort, sheets: SheetInfo[], opts: RunOptions): Promise<Overview | null> {
  if (opts.sheet !== undefined) {
    const wanted = opts.sheet.toLowerCase();
    const info = sheets.find((s) => s.name.toLowerCase() === wanted);
    if (!info) throw new WorkbookError('sheet-not-found', opts.sheet);
    const read = readOverview(await port.readGrid(info.name), opts.profile);
    return read.ok ? read.overview : null;
  }
  const candidates = sheets.filter((s) => s.owner === null);
  // With heads the header is scored on the first rows of every sheet, then one sheet is read whole.
  const heads = port.readHeads ? await port.readHeads(candidates.map((s) => s.name), HEADER_SEARCH_ROWS + 1) : null;
  let best: { info: SheetInfo; overview: Overview; score: number } | null = null;
  for (const [k, info] of candidates.entries()) {
    opts.onProgress?.({ phase: 'read', done: k, total: candidates.length, sheet: info.name });
    const read = readOverview(heads ? heads[k] : await port.readGrid(info.name), opts.profile);
    if (!read.ok) continue;
    // A visible sheet beats a hidden one of equal score; earlier sheets win ties.
    const better = !best || read.score > best.score || (read.score === best.score && info.visible && !best.info.visible);
    if (better) best = { info, overview: read.overview, score: read.score };
  }
  if (best && heads) {
    const read = readOverview(await port.readGrid(best.info.name), opts.profile);
    return read.ok ? read.overview : null;
  }
  return best?.overview ?? null;
}

function validationOf(overview: Overview | null, opts: RunOptions): ValidationResult {
  if (!overview) {
    return { sheet: null, headerRow: null, profile: opts.profile.name, initiatives: 0, findings: [sheetNotFoundFinding()], overview: null };
  }
  opts.onProgress?.({ phase: 'validate', done: 0, total: 1, sheet: overview.sheet });
  return {
    sheet: overview.sheet,
    headerRow: overview.header.row,
    profile: opts.profile.name,
    initiatives: overview.initiatives.length,
    findings: validate(overview, opts.profile),
    overview,
  };
}

/** Finds and reads the overview and validates every row. No overview gives the single finding `sheet.not-found`. */
export async function runValidation(port: WorkbookPort, opts: RunOptions): Promise<ValidationResult> {
  const sheets = await port.listSheets();
  return validationOf(await locateOverview(port, sheets, opts), opts);
}

async function readSnapshots(port: WorkbookPort, sheets: SheetInfo[]): Promise<Snapshot[]> {
  const own = sheets.find((s) => s.owner === 'snapshot');
  return own ? readHistory(await port.readGrid(own.name)) : [];
}

/**
 * Validates, rolls up and writes the summary sheets (replacing the product's own sheets,
 * never a user's). Throws `WorkbookError('no-overview')` when no overview is found.
 */
export async function runSummary(port: WorkbookPort & Partial<MarkPort>, opts: RunOptions): Promise<SummaryResult> {
  const sheets = await port.listSheets();
  const result = validationOf(await locateOverview(port, sheets, opts), opts);
  const overview = result.overview;
  if (!overview) throw new WorkbookError('no-overview', opts.sheet ?? '');

  const reportDate = opts.reportDate ?? today();
  opts.onProgress?.({ phase: 'rollup', done: 0, total: 1 });
  const rollup = computeRollup(overview, opts.profile, reportDate);
  const history = await readSnapshots(port, sheets);
  const snapshot = snapshotOf(overview, reportDate);
  const trend = trendSince(history, snapshot);
  const taken = sheets.filter((s) => s.owner === null).map((s) => s.name);
  const names = planSheetNames(rollup.areas, taken);
  const specs = buildReport({
    overview,
    findings: result.findings,
    rollup,
    trend,
    history,
    snapshot,
    profile: opts.profile,
    lang: opts.lang,
    names,
  });
  await port.writeSheets(specs, (p) => opts.onProgress?.({ phase: 'write', done: p.done, total: p.total, sheet: p.sheet }));
  return { ...result, overview, rollup, trend, sheets: specs.filter((s) => s.visibility === 'visible').map((s) => s.name) };
}

/**
 * Drafts the status note from the overview, its rollup and the changes since the snapshot the
 * last summary stored, writing nothing. Throws `WorkbookError('no-overview')` when no overview is found.
 */
export async function runNote(port: WorkbookPort, opts: RunOptions): Promise<Note> {
  const sheets = await port.listSheets();
  const overview = await locateOverview(port, sheets, opts);
  if (!overview) throw new WorkbookError('no-overview', opts.sheet ?? '');
  const reportDate = opts.reportDate ?? today();
  opts.onProgress?.({ phase: 'rollup', done: 0, total: 1 });
  const rollup = computeRollup(overview, opts.profile, reportDate);
  const trend = trendSince(await readSnapshots(port, sheets), snapshotOf(overview, reportDate));
  return buildNote({ overview, rollup, trend });
}
