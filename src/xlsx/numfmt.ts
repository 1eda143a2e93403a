/**
 * Number formats as a workbook refers to them: built-in ids, which dates a format shows,
 * and serial numbers in the 1900 and 1904 date systems.
 */

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

/**
 * Whether a format code shows a date or time: d, m, y, h or s outside quoted literals,
 * escaped characters and `[...]` sections (colours, conditions, locales), or an elapsed-time
 * code such as `[h]`.
 */
export function isDateFormat(code: string): boolean {
  if (/\[(h+|m+|s+)\]/i.test(code)) return true;
  const stripped = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/General/gi, '')
    .replace(/[eE][+-]/g, '');
  return /[dmyhs]/i.test(stripped);
}

/** The format of a cell: a custom code the styles part lists, else a built-in one. */
export function numberFormat(id: number, custom: Map<number, string>): NumberFormat {
  const code = custom.get(id) ?? BUILTIN[id];
  if (code === undefined) return { date: isLocaleDateId(id) };
  if (code === 'General' || code === '') return { date: false };
  return { code, date: isDateFormat(code) };
}

const MS_PER_DAY = 86_400_000;

/**
 * The date a serial number shows. The 1900 system counts from 1899-12-31 and has Excel's
 * phantom 29 February 1900 (serial 60), so serials from 61 on count from 1899-12-30; the
 * 1904 system counts from 1904-01-01. Dates are UTC, as everywhere in the core.
 */
export function serialToDate(serial: number, date1904: boolean): Date {
  const days = date1904 ? serial + 1462 - 25569 : serial < 61 ? serial - 25568 : serial - 25569;
  return new Date(Math.round(days * MS_PER_DAY));
}

/** The serial, in the workbook's date system, of an ISO 8601 date-time (`t="d"` cells), or null. */
export function isoToSerial(iso: string, date1904: boolean): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(iso.trim());
  if (!m) return null;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), 0) + Number(m[6] ?? 0) * 1000;
  const days = ms / MS_PER_DAY + 25569;
  if (date1904) return days - 1462;
  return days < 61 ? days - 1 : days;
}
