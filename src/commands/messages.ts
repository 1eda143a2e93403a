/** How a ribbon button's outcome reads in its dialog (the pane words its own notices). */
import type { Checked } from '../addin/analysis';
import { marksSentence, type Marked, type SummaryOutcome } from '../addin/actions';
import { countBySeverity } from '../core/finding';
import { quote, t, type Lang } from '../core/i18n';
import { errorSentence } from '../workbook/errors';
import { WorkbookError } from '../workbook/port';

/** The outcome's sentence, then the one about marks left undone on a protected sheet, if any. */
function withMarks(text: string, result: Partial<Marked>, lang: Lang): string {
  const marks = marksSentence(result.marked ?? null, lang);
  return marks === null ? text : `${text} ${marks}`;
}

export function validationMessage(result: Pick<Checked, 'sheet' | 'initiatives' | 'findings'> & Partial<Marked>, lang: Lang): string {
  const text = validationText(result, lang);
  if (result.sheet === null || result.findings.length === 0) return text;
  // The cells are said to be marked only when they were: a protected sheet's were not.
  return result.marked?.status === 'protected' ? withMarks(text, result, lang) : `${text} ${t(lang, 'ribbon.validated.marked')}`;
}

function validationText(result: Pick<Checked, 'sheet' | 'initiatives' | 'findings'>, lang: Lang): string {
  if (result.sheet === null) return errorSentence(new WorkbookError('no-overview'), lang);
  if (result.findings.length === 0) return t(lang, 'ribbon.validated.clean', { sheet: result.sheet, initiatives: result.initiatives });
  const c = countBySeverity(result.findings);
  return t(lang, 'ribbon.validated.found', {
    sheet: result.sheet,
    initiatives: result.initiatives,
    count: result.findings.length,
    errors: c.error,
    warnings: c.warning,
    infos: c.info,
  });
}

export function summaryMessage(result: Pick<SummaryOutcome, 'sheets' | 'findings'> & Partial<Marked>, lang: Lang): string {
  const sheets = result.sheets.map((s) => quote(lang, s)).join(', ');
  const written = t(lang, 'ribbon.summarized.done', { sheets });
  const text = result.findings.length === 0 ? written : `${written} ${t(lang, 'ribbon.summarized.findings', { count: result.findings.length })}`;
  return withMarks(text, result, lang);
}
