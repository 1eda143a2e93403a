import { cellErrorValue } from './cell-error-value';
import { headerMissingColumn } from './header-missing-column';
import { idFormat } from './id-format';
import { idMissing } from './id-missing';
import { statusMissing } from './status-missing';
import { statusUnknown } from './status-unknown';
import { titleMissing } from './title-missing';
import { titleTooLong } from './title-too-long';
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
];
