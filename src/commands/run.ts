/**
 * What the ribbon buttons and the pane do, on any workbook port with marks: validate and
 * mark, or summarise; and how the outcome reads to a person. Workbook access goes through
 * the port, so this runs on the in-memory fake as well as in Excel.
 */
import type { Severity } from '../core/finding';
import { t, type Lang } from '../core/i18n';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_NAME } from '../core/profile/load';
import type { Profile } from '../core/profile/types';
import { marksFromFindings } from '../office/marks';
import { runSummary, runValidation, type RunOptions, type SummaryResult, type ValidationResult } from '../workbook/pipeline';
import { WorkbookError, type MarkPort, type WorkbookPort } from '../workbook/port';
import { parseAreaRuleChoice, withAreaRule } from '../taskpane/model';
import { ui } from './text';

export type AddinPort = WorkbookPort & MarkPort & { activate(sheet: string): Promise<void> };

/** The built-in profile kept in the workbook's settings, or the default one. */
export function profileNamed(name: unknown): Profile {
  return (typeof name === 'string' ? BUILTIN_PROFILES[name] : undefined) ?? BUILTIN_PROFILES[DEFAULT_PROFILE_NAME];
}

/** Workbook settings where the add-in keeps the user's choices. */
export const PROFILE_SETTING = 'Leverance.Profil';
export const LANG_SETTING = 'Leverance.Sprog';
export const SHEET_SETTING = 'Leverance.Ark';
export const AREA_RULE_SETTING = 'Leverance.Omraadestatus';

/**
 * The profile (with the stored area rule) and the overview sheet chosen in the pane, so the
 * ribbon buttons run as the pane would. A stored sheet that is gone means "find it".
 */
export async function storedChoices(
  port: Pick<AddinPort, 'listSheets'> & { getSetting(key: string): Promise<unknown> },
): Promise<{ profile: Profile; sheet?: string }> {
  const [profileName, sheet, rule, sheets] = await Promise.all([
    port.getSetting(PROFILE_SETTING),
    port.getSetting(SHEET_SETTING),
    port.getSetting(AREA_RULE_SETTING),
    port.listSheets(),
  ]);
  const profile = withAreaRule(profileNamed(profileName), parseAreaRuleChoice(rule));
  const exists = typeof sheet === 'string' && sheets.some((s) => s.name === sheet);
  return exists ? { profile, sheet: sheet as string } : { profile };
}

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

function counts(findings: { severity: Severity }[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

export function validationMessage(result: ValidationResult, lang: Lang): string {
  if (result.sheet === null) return t(lang, 'error.no-overview', { detail: '' }).trim();
  if (result.findings.length === 0) return ui(lang, 'validated.clean', { sheet: result.sheet, initiatives: result.initiatives });
  const c = counts(result.findings);
  return ui(lang, 'validated.found', {
    sheet: result.sheet,
    initiatives: result.initiatives,
    count: result.findings.length,
    errors: c.error,
    warnings: c.warning,
    infos: c.info,
  });
}

export function summaryMessage(result: SummaryResult, lang: Lang): string {
  const sheets = result.sheets.map((s) => `«${s}»`).join(', ');
  const written = ui(lang, 'summarized.done', { sheets });
  return result.findings.length === 0 ? written : `${written} ${ui(lang, 'summarized.findings', { count: result.findings.length })}`;
}

/** A plain sentence for any failure; never a stack trace. */
export function errorMessage(e: unknown, lang: Lang): string {
  if (e instanceof WorkbookError) {
    if (e.code === 'sheet-not-found' && e.detail === '') return t(lang, 'error.no-overview', { detail: '' }).trim();
    return t(lang, `error.${e.code}`, { detail: e.detail }).trim();
  }
  const detail = e instanceof Error ? e.message : String(e);
  return t(lang, 'error.unexpected', { detail }).trim();
}
