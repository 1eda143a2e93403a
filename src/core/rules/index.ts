import { cellErrorValue } from './cell-error-value';
import { headerMissingColumn } from './header-missing-column';
import { idFormat } from './id-format';
import { idMissing } from './id-missing';
import { statusMissing } from './status-missing';
import { statusUnknown } from './status-unknown';
import { titleMissing } from './title-missing';
import { titleTooLong } from './title-too-long';
import { contactInconsistent } from './contact-inconsistent';
import { contactUnassigned } from './contact-unassigned';
import { emailDomainRule } from './email-domain';
import { emailInvalid } from './email-invalid';
import { emailMissing } from './email-missing';
import { idAreaMismatch } from './id-area-mismatch';
import { idDuplicate } from './id-duplicate';
import { officeUnknown } from './office-unknown';
import { statusConflict } from './status-conflict';
import { statusReasonMissing } from './status-reason-missing';
import { timelineOutOfPeriod } from './timeline-out-of-period';
import { timelineWrongYear } from './timeline-wrong-year';
import type { Rule } from './rule';

/** Every rule of the catalogue (SPEC §3), in the order their findings are reported. */
export const RULES: Rule[] = [
  headerMissingColumn,
  idMissing,
  idFormat,
  titleMissing,
  titleTooLong,
  statusMissing,
  statusUnknown,
  cellErrorValue,
  idDuplicate,
  idAreaMismatch,
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
];
