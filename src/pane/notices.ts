/**
 * The pane's sentences about a run: the notice after an action and the progress line.
 * A notice is kept as a function of the language, so switching language rewrites it too.
 */
import type { Checked } from '../addin/analysis';
import { marksSentence, type Step } from '../addin/actions';
import { countBySeverity } from '../core/finding';
import { t, type Lang } from '../core/i18n';
import { errorSentence } from '../workbook/errors';
import { WorkbookError, type MarksOutcome } from '../workbook/port';

export interface Notice {
  intent: 'success' | 'warning' | 'error' | 'info';
  text(lang: Lang): string;
}

export function errorNotice(e: unknown): Notice {
  return { intent: 'error', text: (lang) => errorSentence(e, lang) };
}

export const NO_OVERVIEW: Notice = { intent: 'warning', text: (lang) => errorSentence(new WorkbookError('no-overview'), lang) };

/** A warning that a protected sheet's cells were not marked (its findings are listed all the same); null when marking went as asked. */
export function protectedNotice(marks: MarksOutcome | null): Notice | null {
  return marks?.status === 'protected' ? { intent: 'warning', text: (lang) => marksSentence(marks, lang) ?? '' } : null;
}

/** `marked`: what became of the marks; null where the workbook takes none (a file in the web page), so no cell is said to be marked. */
export function validatedNotice(result: Pick<Checked, 'sheet' | 'findings'> & { marked: MarksOutcome | null }): Notice {
  const sheet = result.sheet;
  if (sheet === null) return NO_OVERVIEW;
  if (result.findings.length === 0) return { intent: 'success', text: (lang) => t(lang, 'pane.validated.clean', { sheet }) };
  const c = countBySeverity(result.findings);
  const key = result.marked === null ? 'pane.validated.unmarked' : 'pane.validated';
  return {
    intent: c.error > 0 ? 'warning' : 'info',
    text: (lang) => t(lang, key, { sheet, count: result.findings.length, errors: c.error, warnings: c.warning, infos: c.info }),
  };
}

export function summarizedNotice(sheets: string[], findings: number): Notice {
  const [first, ...more] = sheets;
  return {
    intent: 'success',
    text: (lang) =>
      [t(lang, 'pane.summarized', { first: first ?? '', more: more.length }), findings > 0 ? t(lang, 'pane.summarized.findings', { count: findings }) : '']
        .join(' ')
        .trim(),
  };
}

/**
 * The progress line. Reading counts sheets (from 0, the one being read; people count from 1);
 * writing reports the share of the cells written, as the adapters count their own units.
 */
export function progressText(lang: Lang, step: Step): string {
  const sheet = step.sheet ?? '';
  switch (step.phase) {
    case 'read':
      return t(lang, 'pane.progress.read', { done: step.done + 1, total: step.total, sheet });
    case 'write':
      return t(lang, 'pane.progress.write', { sheet, percent: step.total > 0 ? Math.floor((100 * step.done) / step.total) : 0 });
    default:
      return t(lang, `pane.progress.${step.phase}`, { sheet });
  }
}
