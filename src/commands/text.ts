/**
 * Texts of the add-in's own surfaces (ribbon outcomes, pane labels). Danish first;
 * workbook errors and findings come from the core catalogues (`error.*`, `rule.*`).
 */
import type { Lang } from '../core/i18n';

const DA = {
  'title.validate': 'Validering',
  'title.summarize': 'Opsummering',
  'title.error': 'Leverance',
  ok: 'OK',
  'validated.clean': 'Ingen fund i «{sheet}» ({initiatives} initiativer).',
  'validated.found': '{count} fund i «{sheet}» ({initiatives} initiativer): {errors} fejl, {warnings} advarsler, {infos} info. Cellerne er markeret; åbn panelet for detaljer.',
  'summarized.done': 'Opsummeringen er skrevet til {sheets}.',
  'summarized.findings': 'Valideringen fandt {count} fund; de står på arket Validering.',
  'pane.validate': 'Valider',
  'pane.summarize': 'Opdater opsummering',
  'pane.clear': 'Ryd markeringer',
  'pane.cleared': 'Markeringerne er fjernet.',
  'pane.reportDate': 'Rapportdato',
  'pane.profile': 'Profil',
  'pane.lang': 'Sprog',
  'pane.sheet': 'Ark',
  'pane.headerRow': 'Overskriftsrække',
  'pane.initiatives': 'Initiativer',
  'pane.findings': 'Fund',
  'pane.areas': 'Indsatsområder',
  'pane.area': 'Område',
  'pane.total': 'I alt',
  'pane.status': 'Status',
  'pane.working': 'Arbejder …',
  'progress.read': 'Læser ark {done}/{total}: {sheet}',
  'progress.validate': 'Validerer {sheet}',
  'progress.rollup': 'Opgør status',
  'progress.write': 'Skriver {done}/{total} rækker: {sheet}',
};

type Key = keyof typeof DA;

const EN: Record<Key, string> = {
  'title.validate': 'Validation',
  'title.summarize': 'Summary',
  'title.error': 'Leverance',
  ok: 'OK',
  'validated.clean': 'No findings in “{sheet}” ({initiatives} initiatives).',
  'validated.found': '{count} findings in “{sheet}” ({initiatives} initiatives): {errors} errors, {warnings} warnings, {infos} info. The cells are marked; open the pane for details.',
  'summarized.done': 'The summary was written to {sheets}.',
  'summarized.findings': 'Validation found {count} findings; they are listed on the Validering sheet.',
  'pane.validate': 'Validate',
  'pane.summarize': 'Update summary',
  'pane.clear': 'Clear marks',
  'pane.cleared': 'The marks were removed.',
  'pane.reportDate': 'Report date',
  'pane.profile': 'Profile',
  'pane.lang': 'Language',
  'pane.sheet': 'Sheet',
  'pane.headerRow': 'Header row',
  'pane.initiatives': 'Initiatives',
  'pane.findings': 'Findings',
  'pane.areas': 'Focus areas',
  'pane.area': 'Area',
  'pane.total': 'Total',
  'pane.status': 'Status',
  'pane.working': 'Working …',
  'progress.read': 'Reading sheet {done}/{total}: {sheet}',
  'progress.validate': 'Validating {sheet}',
  'progress.rollup': 'Rolling up statuses',
  'progress.write': 'Writing {done}/{total} rows: {sheet}',
};

export const UI_TEXT: Record<Lang, Record<Key, string>> = { da: DA, en: EN };
export type UiKey = Key;

export function ui(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return UI_TEXT[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
