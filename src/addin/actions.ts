/**
 * What the ribbon buttons and the pane do, on any workbook port with marks: validate and
 * mark, summarise and mark, clear the marks. Workbook access goes through the port, so this
 * runs on the in-memory fake as well as in Excel.
 */
import { runSummary, runValidation, type RunOptions, type SummaryResult, type ValidationResult } from '../workbook/pipeline';
import type { MarkPort, WorkbookPort } from '../workbook/port';
import { marksFromFindings } from './marks';

export type AddinPort = WorkbookPort & MarkPort & { activate(sheet: string): Promise<void> };

/** Validates the overview and marks the offending cells (replacing earlier marks). */
export async function validateAndMark(port: AddinPort, opts: RunOptions): Promise<ValidationResult> {
  const result = await runValidation(port, opts);
  if (result.sheet !== null) await port.setMarks(result.sheet, marksFromFindings(result.findings, opts.lang));
  return result;
}

/** Writes the summary sheets, marks the overview, and shows the summary sheet. */
export async function summarizeAndMark(port: AddinPort, opts: RunOptions): Promise<SummaryResult> {
  const result = await runSummary(port, opts);
  if (result.sheet !== null) await port.setMarks(result.sheet, marksFromFindings(result.findings, opts.lang));
  if (result.sheets.length > 0) await port.activate(result.sheets[0]);
  return result;
}

/** Removes every mark the product made, on every sheet; the cells' own formatting stays. */
export async function clearMarks(port: Pick<MarkPort, 'clearMarks'>): Promise<void> {
  await port.clearMarks();
}
