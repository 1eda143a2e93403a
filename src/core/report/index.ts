import type { Initiative } from '../overview';
import { historyRows } from '../trend';
import { areaOwner, areaSheet, areaSheetName } from './area';
import { cell } from './builder';
import { estimateRowHeights } from './layout';
import type { ReportContext } from './context';
import { uniqueSheetNames } from './names';
import { noteSheet } from './note-sheet';
import type { LazySheet, SheetSpec } from './sheetspec';
import { summarySheet } from './summary';
import { validationSheet } from './validation';

/** Generated sheet names are Danish whatever the language, so links between reports stay stable. */
export const SUMMARY_SHEET = 'Samlet status';
export const VALIDATION_SHEET = 'Validering';
export const NOTE_SHEET = 'Statusnotat';
export const HISTORY_SHEET = 'Leverance historik';
/** The owner key of the history sheet, where each summary keeps its snapshot for the next one's trend. */
export const HISTORY_OWNER = 'snapshot';

/**
 * Chooses the final sheet names: free of the names in `taken` (the user's sheets, which
 * are never touched), unique ignoring case, ≤ 31 characters.
 */
export function planSheetNames(areaIds: { id: string; name: string }[], taken: string[]): ReportContext['names'] {
  const desired = [SUMMARY_SHEET, NOTE_SHEET, ...areaIds.map(areaSheetName), VALIDATION_SHEET, HISTORY_SHEET];
  const names = uniqueSheetNames(desired, taken);
  const areas = new Map<string, string>();
  areaIds.forEach((a, k) => areas.set(a.id, names[2 + k]));
  return { summary: names[0], note: names[1], areas, validation: names[names.length - 2], history: names[names.length - 1] };
}

function historySheet(ctx: ReportContext): SheetSpec {
  return {
    name: ctx.names.history,
    owner: HISTORY_OWNER,
    visibility: 'hidden',
    rows: historyRows(ctx.history, ctx.snapshot).map((r) => r.map((v) => cell(v))),
    styles: {},
    columns: [12, 10, 10, 50],
    merges: [],
  };
}

/** The initiatives of each area, in sheet order: one pass, not one per area. */
function initiativesByArea(ctx: ReportContext): Map<string | null, Initiative[]> {
  const byArea = new Map<string | null, Initiative[]>();
  for (const i of ctx.overview.initiatives) {
    const list = byArea.get(i.areaId);
    if (list) list.push(i);
    else byArea.set(i.areaId, [i]);
  }
  return byArea;
}

/**
 * All generated sheets in workbook order: summary, status note, one per area, validation,
 * hidden history. Each is made when a writer comes to it, from the context they share.
 */
export function planReport(ctx: ReportContext): LazySheet[] {
  let byArea: Map<string | null, Initiative[]> | undefined;
  const visible = (name: string, owner: string, make: () => SheetSpec): LazySheet => ({
    name,
    owner,
    visibility: 'visible',
    make: () => {
      const spec = make();
      return { ...spec, rowHeights: estimateRowHeights(spec) };
    },
  });
  return [
    visible(ctx.names.summary, 'summary', () => summarySheet(ctx)),
    visible(ctx.names.note, 'note', () => noteSheet(ctx)),
    ...ctx.rollup.areas.map((a) => {
      const name = ctx.names.areas.get(a.id) as string;
      return visible(name, areaOwner(a.id), () => areaSheet(ctx, a, name, (byArea ??= initiativesByArea(ctx)).get(a.id) ?? []));
    }),
    visible(ctx.names.validation, 'validation', () => validationSheet(ctx)),
    { name: ctx.names.history, owner: HISTORY_OWNER, visibility: 'hidden', make: () => historySheet(ctx) },
  ];
}
