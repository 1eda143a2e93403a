/**
 * What a click computes from the overview's grid, as plain data that can cross to a Web
 * Worker and back: the detected facts, the findings with the marks they make, the rollup,
 * and for a summary the sheets to write. The pane runs these in its worker so that a large
 * overview never freezes it; the ribbon commands, which have no page to freeze, run them
 * in-thread. Only reading and writing the workbook (Office.js) stays on the main thread.
 */
import type { Finding } from '../core/finding';
import type { Grid } from '../core/grid';
import type { Lang } from '../core/i18n';
import type { Profile } from '../core/profile/types';
import { readOverview } from '../core/read/overview';
import { buildNote, type Note } from '../core/report/note';
import { specOf, type SheetSpec } from '../core/report/sheetspec';
import { rollup as computeRollup, type Rollup } from '../core/rollup';
import type { Trend } from '../core/trend';
import { reportOf, validationOf, visibleSheets } from '../workbook/pipeline';
import type { CellMark } from '../workbook/port';
import { marksFromFindings } from './marks';

export interface AnalysisRequest {
  profile: Profile;
  lang: Lang;
  /** ISO `YYYY-MM-DD`. */
  reportDate: string;
}

/** What the pane shows about the overview it found; `sheet` null when there is none. */
export interface Facts {
  sheet: string | null;
  headerRow: number | null;
  profile: string;
  initiatives: number;
}

export interface Checked extends Facts {
  findings: Finding[];
  /** The rollup as of the report date, computed but not written; null without an overview. */
  rollup: Rollup | null;
  /** One mark per offending cell, its note in the request's language. */
  marks: CellMark[];
  /** The status note drafted from the overview (*Kopiér notat*); null without an overview. */
  note: Note | null;
}

export interface Summarised extends Checked {
  rollup: Rollup;
  note: Note;
  trend: Trend;
  /** Whether the history held no earlier run at all. */
  firstRun: boolean;
  specs: SheetSpec[];
  /** The visible sheets among `specs`, in workbook order. */
  sheets: string[];
}

/** After a validation alone no snapshot was compared: the note then has no changes to tell. */
const NO_TREND: Trend = { since: null, changed: [], added: [], removed: [] };

/** The overview's facts without validating it: what the pane shows before any click. */
export function detectIn(grid: Grid | null, profile: Profile): Facts {
  const read = grid ? readOverview(grid, profile) : null;
  if (!read?.ok) return { sheet: null, headerRow: null, profile: profile.name, initiatives: 0 };
  const { overview } = read;
  return { sheet: overview.sheet, headerRow: overview.header.row, profile: profile.name, initiatives: overview.initiatives.length };
}

/** Validates the overview on `grid` and rolls it up; `sheet` is null when the grid holds none. */
export function checkIn(grid: Grid | null, req: AnalysisRequest): Checked {
  const { overview, ...result } = validationOf(grid, req);
  if (!overview) return { ...result, rollup: null, marks: [], note: null };
  const rollup = computeRollup(overview, req.profile, req.reportDate);
  return { ...result, rollup, marks: marksFromFindings(result.findings, req.lang), note: buildNote({ overview, rollup, trend: NO_TREND }) };
}

/**
 * Validates, rolls up and lays out the summary sheets, with the trend against the history
 * sheet's grid. Null when `grid` holds no overview. `taken`: the user's sheet names.
 */
export function summariseIn(grid: Grid, history: Grid | null, taken: string[], req: AnalysisRequest): Summarised | null {
  const { overview, ...result } = validationOf(grid, req);
  if (!overview) return null;
  const report = reportOf({ ...result, overview }, history, taken, req);
  return {
    ...result,
    rollup: report.rollup,
    trend: report.trend,
    firstRun: report.firstRun,
    specs: report.sheets.map(specOf),
    sheets: visibleSheets(report.sheets),
    marks: marksFromFindings(result.findings, req.lang),
    note: buildNote({ overview, rollup: report.rollup, trend: report.trend }),
  };
}

/** Where the analysis runs: in this thread, or in the pane's worker (src/pane/worker.ts). */
export interface Analyst {
  detect(grid: Grid | null, profile: Profile): Promise<Facts>;
  check(grid: Grid | null, req: AnalysisRequest): Promise<Checked>;
  summarise(grid: Grid, history: Grid | null, taken: string[], req: AnalysisRequest): Promise<Summarised | null>;
}

export const IN_THREAD: Analyst = {
  detect: async (grid, profile) => detectIn(grid, profile),
  check: async (grid, req) => checkIn(grid, req),
  summarise: async (grid, history, taken, req) => summariseIn(grid, history, taken, req),
};
