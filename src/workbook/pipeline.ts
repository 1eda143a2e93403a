import type { Finding } from '../core/finding';
import type { Grid } from '../core/grid';
import type { Lang } from '../core/i18n';
import type { Overview } from '../core/overview';
import type { Profile } from '../core/profile/types';
import { HEAD_ROWS } from '../core/read/header';
import { readOverview } from '../core/read/overview';
import { HISTORY_OWNER, planReport, planSheetNames } from '../core/report';
import { buildNote, type Note } from '../core/report/note';
import type { LazySheet, SheetHead } from '../core/report/sheetspec';
import { rollup as computeRollup, type Rollup } from '../core/rollup';
import { readHistory, snapshotOf, trendSince, type Trend } from '../core/trend';
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

/** The first `rows` rows of a grid: what the header is scored on. */
function headOf(grid: Grid, rows: number): Grid {
  return { ...grid, cells: grid.cells.slice(0, rows) };
}

/** The sheet named `name` (in any case), or `sheet-not-found`. */
function namedSheet(sheets: SheetInfo[], name: string): SheetInfo {
  const wanted = name.toLowerCase();
  const info = sheets.find((s) => s.name.toLowerCase() === wanted);
  if (!info) throw new WorkbookError('sheet-not-found', name);
  return info;
}

/**
 * The overview sheet's name: the named sheet, or the non-owned sheet whose header scores best
 * on its first rows (`heads`, one per non-owned sheet in workbook order). A visible sheet
 * beats a hidden one of equal score; earlier sheets win ties. Null when none looks like one.
 */
export function chooseOverview(sheets: SheetInfo[], heads: Grid[], opts: Pick<RunOptions, 'sheet' | 'profile'>): string | null {
  if (opts.sheet !== undefined) return namedSheet(sheets, opts.sheet).name;
  let best: { info: SheetInfo; score: number } | null = null;
  for (const [k, info] of sheets.filter((s) => s.owner === null).entries()) {
    const read = readOverview(headOf(heads[k], HEAD_ROWS), opts.profile);
    if (!read.ok) continue;
    if (!best || read.score > best.score || (read.score === best.score && info.visible && !best.info.visible)) best = { info, score: read.score };
  }
  return best?.info.name ?? null;
}

/**
 * The overview sheet's grid, as `chooseOverview` picks it, or the named or only candidate
 * sheet's, which the caller's reading may find holds none. Reading only; the overview itself
 * is read from the grid by `validationOf`, which the task pane runs off the main thread.
 */
export async function locateOverview(port: WorkbookPort, sheets: SheetInfo[], opts: Pick<RunOptions, 'sheet' | 'profile' | 'onProgress'>): Promise<Grid | null> {
  if (opts.sheet !== undefined) return port.readGrid(namedSheet(sheets, opts.sheet).name);
  const candidates = sheets.filter((s) => s.owner === null);
  opts.onProgress?.({ phase: 'read', done: 0, total: candidates.length });
  const names = candidates.map((s) => s.name);
  // A lone sheet is read whole at once: whether it holds an overview is for the caller's
  // reading of it to tell, and reading its head first would read that twice.
  if (names.length === 1) return port.readGrid(names[0]);
  // With heads the first rows of every sheet come in one read, then one sheet is read whole;
  // without, each sheet is read whole (cheap there) and the chosen one is already at hand.
  if (port.readHeads) {
    const chosen = chooseOverview(sheets, await port.readHeads(names, HEAD_ROWS), opts);
    return chosen === null ? null : port.readGrid(chosen);
  }
  const grids = await Promise.all(names.map((name) => port.readGrid(name)));
  const chosen = chooseOverview(sheets, grids, opts);
  return chosen === null ? null : grids[names.indexOf(chosen)];
}

/**
 * Reads the overview from its sheet's grid and validates every row: the pure part of a
 * validation. No grid, or none with an overview, gives the single finding `sheet.not-found`.
 */
export function validationOf(grid: Grid | null, opts: Pick<RunOptions, 'profile' | 'onProgress'>): ValidationResult {
  const read = grid ? readOverview(grid, opts.profile) : null;
  if (!read?.ok) {
    return { sheet: null, headerRow: null, profile: opts.profile.name, initiatives: 0, findings: [sheetNotFoundFinding()], overview: null };
  }
  const overview = read.overview;
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

/** The product's history sheet, read, when there is one. */
export async function readHistoryGrid(port: WorkbookPort, sheets: SheetInfo[]): Promise<Grid | null> {
  const own = sheets.find((s) => s.owner === HISTORY_OWNER);
  return own ? port.readGrid(own.name) : null;
}

export interface Report {
  rollup: Rollup;
  trend: Trend;
  /** Whether the history held no snapshot at all (not merely none before the report date). */
  firstRun: boolean;
  /**
   * Each made when written, so the CLI holds one sheet's cells at a time; what leaves a
   * worker is made there first (functions do not cross to the pane).
   */
  sheets: LazySheet[];
}

/** Where the overview stands on the report date (today unless given): its rollup, and its trend since the history's snapshots. */
function standingOf(overview: Overview, history: Grid | null, opts: Pick<RunOptions, 'profile' | 'reportDate' | 'onProgress'>) {
  const reportDate = opts.reportDate ?? today();
  opts.onProgress?.({ phase: 'rollup', done: 0, total: 1 });
  const rollup = computeRollup(overview, opts.profile, reportDate);
  const snapshots = history ? readHistory(history) : [];
  const snapshot = snapshotOf(overview, reportDate);
  return { rollup, snapshots, snapshot, trend: trendSince(snapshots, snapshot) };
}

/**
 * The summary's pure part: the rollup, the trend against the history sheet, and the sheets
 * to write. `taken` are the names of the user's own sheets, which the generated ones avoid.
 */
export function reportOf(result: ValidationResult & { overview: Overview }, history: Grid | null, taken: string[], opts: Pick<RunOptions, 'profile' | 'lang' | 'reportDate' | 'onProgress'>): Report {
  const { overview } = result;
  const { rollup, snapshots, snapshot, trend } = standingOf(overview, history, opts);
  const names = planSheetNames(rollup.areas, taken);
  const sheets = planReport({
    overview,
    findings: result.findings,
    rollup,
    trend,
    history: snapshots,
    snapshot,
    profile: opts.profile,
    lang: opts.lang,
    names,
  });
  return { rollup, trend, firstRun: snapshots.length === 0, sheets };
}

/** The sheets a summary may not take the name of: the user's own. */
export function takenNames(sheets: SheetInfo[]): string[] {
  return sheets.filter((s) => s.owner === null).map((s) => s.name);
}

/** The visible sheets among those written, in workbook order: what a summary tells it wrote. */
export function visibleSheets(sheets: SheetHead[]): string[] {
  return sheets.filter((s) => s.visibility === 'visible').map((s) => s.name);
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
  const report = reportOf({ ...result, overview }, await readHistoryGrid(port, sheets), takenNames(sheets), opts);
  await port.writeSheets(report.sheets, (p) => opts.onProgress?.({ phase: 'write', done: p.done, total: p.total, sheet: p.sheet }));
  return { ...result, overview, rollup: report.rollup, trend: report.trend, sheets: visibleSheets(report.sheets) };
}

/**
 * Drafts the status note from the overview, its rollup and the changes since the snapshot the
 * last summary stored, writing nothing. Throws `WorkbookError('no-overview')` when no overview is found.
 */
export async function runNote(port: WorkbookPort, opts: RunOptions): Promise<Note> {
  const sheets = await port.listSheets();
  const grid = await locateOverview(port, sheets, opts);
  const read = grid ? readOverview(grid, opts.profile) : null;
  if (!read?.ok) throw new WorkbookError('no-overview', opts.sheet ?? '');
  const { overview } = read;
  const { rollup, trend } = standingOf(overview, await readHistoryGrid(port, sheets), opts);
  return buildNote({ overview, rollup, trend });
}
