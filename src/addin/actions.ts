/**
 * What the ribbon buttons and the pane do, on any workbook port with marks: validate and
 * mark, summarise and mark, clear the marks. A click reads what it needs (sheets, their first
 * rows, the overview) and writes its marks in one go on the port, because on Excel on the web
 * every round trip is felt (SPEC §6). Workbook access goes through the port, so this runs on
 * the in-memory fake as well as in Excel; the analysis between reading and writing runs
 * wherever the `Analyst` puts it (the pane's worker, or in-thread).
 */
import type { Phase, RunOptions } from '../workbook/pipeline';
import { HISTORY_OWNER } from '../core/report';
import { chooseOverview, locateOverview, takenNames, today } from '../workbook/pipeline';
import { t, type Lang } from '../core/i18n';
import { WorkbookError, type ClickHeads, type ClickOptions, type ClickPort, type ClickRead, type ClickUse, type MarkPort, type MarksOutcome, type WorkbookPort } from '../workbook/port';
import { SETTING_KEYS, storedChoicesOf, type StoredChoices } from './choices';
import { IN_THREAD, type AnalysisRequest, type Analyst, type Checked, type Facts, type Summarised } from './analysis';

export type AddinPort = WorkbookPort & MarkPort & ClickPort;

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

/**
 * A run's options: as the pane holds them, or made from the choices the workbook keeps (the
 * ribbon), which are then read in the click's first round trip.
 */
export type RunSource = ActionOptions | ((stored: StoredChoices) => ActionOptions);

/** One click: the overview chosen on the sheets' first rows as the pipeline chooses it, then `use` on what was read. */
function click<T>(source: RunSource, use: (opts: ActionOptions, read: ClickRead) => Promise<ClickUse<T>>, extra: Partial<ClickOptions<T>> = {}): ClickOptions<T> {
  let resolved: ActionOptions | null = null;
  const options = (read: { settings: ClickHeads['settings']; sheets: { name: string }[] }): ActionOptions =>
    (resolved ??= typeof source === 'function' ? source(storedChoicesOf(read.settings, read.sheets)) : source);
  return {
    settings: typeof source === 'function' ? Object.values(SETTING_KEYS) : [],
    choose: (read) => {
      const opts = options(read);
      const chosen = chooseOverview(read.sheets, read.heads, opts);
      // What is read whole next: the overview, and the sheet `alsoRead` adds (the history).
      if (chosen !== null) opts.onProgress?.({ phase: 'read', done: 0, total: extra.alsoRead?.(read) ? 2 : 1, sheet: chosen });
      return chosen;
    },
    use: (read) => use(options(read), read),
    onWrite: (p) => resolved?.onProgress?.({ phase: 'write', ...p }),
    ...extra,
  };
}

/** Validates the overview and marks the offending cells (replacing earlier marks), in one click. */
export async function validateAndMark(port: AddinPort, source: RunSource, analyst: Analyst = IN_THREAD): Promise<Checked & Marked> {
  const { result, marks } = await port.readAndMark(
    click(source, async (opts, read) => {
      opts.onProgress?.({ phase: 'validate', done: 0, total: 1, sheet: read.overview?.sheetName });
      const checked = await analyst.check(read.overview, requestOf(opts));
      if (checked.sheet !== null) opts.onProgress?.({ phase: 'mark', done: 0, total: 1, sheet: checked.sheet });
      return { result: checked, marks: checked.sheet === null ? null : checked.marks };
    }),
  );
  return { ...result, marked: marks };
}

/**
 * Writes the summary sheets, marks the overview, and shows the summary sheet, in one click:
 * the history sheet is read with the overview, and the sheets are written with the marks.
 */
export async function summarizeAndMark(port: AddinPort, source: RunSource, analyst: Analyst = IN_THREAD): Promise<SummaryOutcome & Marked> {
  const { result, marks } = await port.readAndMark(
    click(
      source,
      async (opts, read) => {
        if (!read.overview) throw new WorkbookError('no-overview', opts.sheet ?? '');
        opts.onProgress?.({ phase: 'validate', done: 0, total: 1, sheet: read.overview.sheetName });
        const summary = await analyst.summarise(read.overview, read.also, takenNames(read.sheets), requestOf(opts));
        if (!summary) throw new WorkbookError('no-overview', opts.sheet ?? '');
        const { specs, ...outcome } = summary;
        opts.onProgress?.({ phase: 'write', done: 0, total: specs.reduce((n, s) => n + s.rows.length, 0), sheet: specs[0]?.name ?? '' });
        return { result: outcome, marks: outcome.sheet === null ? null : outcome.marks, sheets: specs };
      },
      { alsoRead: (read) => read.sheets.find((s) => s.owner === HISTORY_OWNER)?.name ?? null },
    ),
  );
  return { ...result, marked: marks };
}

/** Removes every mark the product made, on every sheet; the cells' own formatting stays. */
export async function clearMarks(port: Pick<MarkPort, 'clearMarks'>): Promise<MarksOutcome> {
  return port.clearMarks();
}

/** The sentence for marks left undone on a protected sheet, or null when marking went as asked. */
export function marksSentence(marked: MarksOutcome | null, lang: Lang): string | null {
  return marked?.status === 'protected' ? t(lang, 'marks.protected', { sheet: marked.sheet }) : null;
}

/** What detection needs of the pane's choices. */
export type DetectOptions = Pick<ActionOptions, 'sheet' | 'profile'>;

/** The overview's facts for the pane, before any click: read, not validated. */
export async function detectOverview(port: WorkbookPort, opts: DetectOptions, analyst: Analyst = IN_THREAD): Promise<Facts> {
  const grid = await locateOverview(port, await port.listSheets(), opts);
  return analyst.detect(grid, opts.profile);
}

/**
 * What the pane asks of a workbook: detection and the three actions, each to its result.
 * In Excel they run on the Office.js port with the analysis in the pane's worker
 * (`actionsOn`); in the web page the file lives in the worker, so the page's actions run
 * there whole, and only their results cross to the page (src/web/filebook.ts).
 */
export interface Actions {
  detect(opts: DetectOptions): Promise<Facts>;
  validate(opts: ActionOptions): Promise<Checked & Marked>;
  summarize(opts: ActionOptions): Promise<SummaryOutcome & Marked>;
  clear(): Promise<MarksOutcome>;
}

/** The actions on `port`, the analysis run wherever `analyst` runs it. */
export function actionsOn(port: AddinPort, analyst: Analyst = IN_THREAD): Actions {
  return {
    detect: (opts) => detectOverview(port, opts, analyst),
    validate: (opts) => validateAndMark(port, opts, analyst),
    summarize: (opts) => summarizeAndMark(port, opts, analyst),
    clear: () => clearMarks(port),
  };
}
