import type { Initiative } from '../overview';
import { historyRows } from '../trend';
import { areaSheet, areaSheetName } from './area';
import { cell } from './builder';
import { estimateRowHeights } from './layout';
import type { ReportContext } from './context';
import { uniqueSheetNames } from './names';
import { noteSheet } from './note-sheet';
import type { SheetSpec } from './sheetspec';
import { summarySheet } from './summary';
import { validationSheet } from './validation';

/** Generated sheet names are Danish whatever the language, so links between reports stay stable. */
export const SUMMARY_SHEET = 'Samlet status';
export const VALIDATION_SHEET = 'Validering';
export const NOTE_SHEET = 'Statusnotat';
export const HISTORY_SHEET = 'Leverance historik';

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
    owner: 'snapshot',
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

/** All generated sheets in workbook order: summary, status note, one per area, validation, hidden history. */
export function buildReport(ctx: ReportContext): SheetSpec[] {
  const byArea = initiativesByArea(ctx);
  const visible = [
    summarySheet(ctx),
    noteSheet(ctx),
    ...ctx.rollup.areas.map((a) => areaSheet(ctx, a, ctx.names.areas.get(a.id) as string, byArea.get(a.id) ?? [])),
    validationSheet(ctx),
  ];
  return [...visible.map((spec) => ({ ...spec, rowHeights: estimateRowHeights(spec) })), historySheet(ctx)];
}
