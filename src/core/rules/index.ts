import { cellErrorValue } from './cell-error-value';
import { contactInconsistent } from './contact-inconsistent';
import { contactUnassigned } from './contact-unassigned';
import { emailDomainRule } from './email-domain';
import { emailInvalid } from './email-invalid';
import { emailMissing } from './email-missing';
import { headerMissingColumn } from './header-missing-column';
import { idAreaMismatch } from './id-area-mismatch';
import { idDuplicate } from './id-duplicate';
import { idFormat } from './id-format';
import { idMissing } from './id-missing';
import { officeUnknown } from './office-unknown';
import { sheetNotFound } from './sheet-not-found';
import { statusConflict } from './status-conflict';
import { statusMissing } from './status-missing';
import { statusReasonMissing } from './status-reason-missing';
import { statusUnknown } from './status-unknown';
import { timelineOutOfPeriod } from './timeline-out-of-period';
import { timelineSuspiciousYear } from './timeline-suspicious-year';
import { timelineWrongYear } from './timeline-wrong-year';
import { titleMissing } from './title-missing';
import { titleTooLong } from './title-too-long';

/**
 * The rule catalogue (SPEC §3): the one list of rules. The rule-id type, the order the pane
 * groups findings by and the message catalogues' parity test all derive from it, so adding
 * a rule is its file, its test, one line here and per language its message line and the
 * short name the pane groups it under (`pane.rule.<id>`).
 */
export const RULES = [
  headerMissingColumn,
  sheetNotFound,
  idMissing,
  idFormat,
  idDuplicate,
  idAreaMismatch,
  titleMissing,
  titleTooLong,
  statusMissing,
  statusUnknown,
  statusReasonMissing,
  statusConflict,
  contactUnassigned,
  contactInconsistent,
  emailMissing,
  emailInvalid,
  emailDomainRule,
  officeUnknown,
  timelineWrongYear,
  timelineOutOfPeriod,
  timelineSuspiciousYear,
  cellErrorValue,
] as const;

export type RuleId = (typeof RULES)[number]['id'];

/** Every rule id, in catalogue order. */
export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

/** A rule's place in the catalogue; rules from outside it (a test's) come after. */
export function ruleRank(id: string): number {
  const k = (RULE_IDS as readonly string[]).indexOf(id);
  return k < 0 ? RULE_IDS.length : k;
}
