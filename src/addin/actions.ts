/**
 * What the ribbon buttons and the pane do, on any workbook port with marks: validate and
 * mark, summarise and mark, clear the marks. Workbook access goes through the port, so this
 * runs on the in-memory fake as well as in Excel; the analysis between reading and writing
 * runs wherever the `Analyst` puts it (the pane's worker, or in-thread).
 */
import type { Phase, RunOptions } from '../workbook/pipeline';
import { locateOverview, readHistoryGrid, takenNames, today } from '../workbook/pipeline';
import { t, type Lang } from '../core/i18n';
import { WorkbookError, type MarkPort, type MarksOutcome, type WorkbookPort } from '../workbook/port';
import { IN_THREAD, type AnalysisRequest, type Analyst, type Checked, type Facts, type Summarised } from './analysis';

export type AddinPort = WorkbookPort & MarkPort & { activate(sheet: string): Promise<void> };

/** A step of an action: the pipeline's phases, and marking the overview's cells. */
export interface Step {
  phase: Phase | 'mark';
  done: number;
  total: number;
  sheet?: string;
}

export interface ActionOptions extends Omit<RunOptions, 'onProgress'> {
  onProgress?: (step: Step) => void;
}

/** What a summary tells: what a validation does, and the sheets written (the specs stay behind). */
export type SummaryOutcome = Omit<Summarised, 'specs'>;

function requestOf(opts: ActionOptions): AnalysisRequest {
  return { profile: opts.profile, lang: opts.lang, reportDate: opts.reportDate ?? today() };
}

/**
 * What became of the marks: null when there was no overview to mark. `protected`: the overview
 * is protected, so its cells were not marked; its findings are in the result all the same.
 */
export interface Marked {
  marked: MarksOutcome | null;
}

/** Validates the overview and marks the offending cells (replacing earlier marks). */
export async function validateAndMark(port: AddinPort, opts: ActionOptions, analyst: Analyst = IN_THREAD): Promise<Checked & Marked> {
  const grid = await locateOverview(port, await port.listSheets(), opts);
  opts.onProgress?.({ phase: 'validate', done: 0, total: 1, sheet: grid?.sheetName });
  const checked = await analyst.check(grid, requestOf(opts));
  if (checked.sheet === null) return { ...checked, marked: null };
  opts.onProgress?.({ phase: 'mark', done: 0, total: 1, sheet: checked.sheet });
  return { ...checked, marked: await port.setMarks(checked.sheet, checked.marks) };
}

/** Writes the summary sheets, marks the overview, and shows the summary sheet. */
export async function summarizeAndMark(port: AddinPort, opts: ActionOptions, analyst: Analyst = IN_THREAD): Promise<SummaryOutcome & Marked> {
  const sheets = await port.listSheets();
  const grid = await locateOverview(port, sheets, opts);
  if (!grid) throw new WorkbookError('no-overview', opts.sheet ?? '');
  const history = await readHistoryGrid(port, sheets);
  opts.onProgress?.({ phase: 'validate', done: 0, total: 1, sheet: grid.sheetName });
  const summary = await analyst.summarise(grid, history, takenNames(sheets), requestOf(opts));
  if (!summary) throw new WorkbookError('no-overview', opts.sheet ?? '');
  const { specs, ...outcome } = summary;
  await port.writeSheets(specs, (p) => opts.onProgress?.({ phase: 'write', ...p }));
  opts.onProgress?.({ phase: 'mark', done: 0, total: 1, sheet: outcome.sheet ?? '' });
  const marked = outcome.sheet === null ? null : await port.setMarks(outcome.sheet, outcome.marks);
  if (outcome.sheets.length > 0) await port.activate(outcome.sheets[0]);
  return { ...outcome, marked };
}

/** Removes every mark the product made, on every sheet; the cells' own formatting stays. */
export async function clearMarks(port: Pick<MarkPort, 'clearMarks'>): Promise<MarksOutcome> {
  return port.clearMarks();
}

/** The sentence for marks left undone on a protected sheet, or null when marking went as asked. */
export function marksSentence(marked: MarksOutcome | null, lang: Lang): string | null {
  return marked?.status === 'protected' ? t(lang, 'marks.protected', { sheet: marked.sheet }) : null;
}

/** The overview's facts for the pane, before any click: read, not validated. */
export async function detectOverview(port: WorkbookPort, opts: Pick<ActionOptions, 'sheet' | 'profile'>, analyst: Analyst = IN_THREAD): Promise<Facts> {
  const grid = await locateOverview(port, await port.listSheets(), opts);
  return analyst.detect(grid, opts.profile);
}
