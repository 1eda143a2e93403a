/**
 * Number formats as a workbook refers to them: built-in ids and which of them show dates
 * (the serials themselves: core/dateserial.ts).
 */
import { isDateFormat } from '../core/parse/number-format';

/** Built-in formats (ECMA-376 §18.8.30) that a styles part may use without listing them. */
const BUILTIN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Built-in ids whose code depends on the locale (East Asian dates and times): dates all the same. */
function isLocaleDateId(id: number): boolean {
  return (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

export interface NumberFormat {
  /** The format code, when known; General is no format. */
  code?: string;
  date: boolean;
}

/** The format of a cell: a custom code the styles part lists, else a built-in one. */
export function numberFormat(id: number, custom: Map<number, string>): NumberFormat {
  const code = custom.get(id) ?? BUILTIN[id];
  if (code === undefined) return { date: isLocaleDateId(id) };
  if (code === 'General' || code === '') return { date: false };
  return { code, date: isDateFormat(code) };
}
