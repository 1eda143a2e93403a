/**
 * Texts of the ribbon's outcome dialogs. Danish first; workbook errors and findings come
 * from the core catalogues (`error.*`, `rule.*`), and the task pane's labels live there too
 * (`pane.*`) so the pane and the CLI share one catalogue.
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
};

export const UI_TEXT: Record<Lang, Record<Key, string>> = { da: DA, en: EN };
export type UiKey = Key;

export function ui(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return UI_TEXT[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
