/**
 * Office.js hands dates over as serial numbers and tells them apart only by their number
 * format, so the adapter converts both ways itself. Serials count days from 1899-12-30 in
 * the 1900 date system (Excel's phantom 29 Feb 1900 makes serials below 61 one day off;
 * no overview has dates from early 1900).
 */

const MS_PER_DAY = 86_400_000;
const EPOCH_OFFSET = 25_569; // serial of 1970-01-01

/** The date (UTC midnight plus the time of day) a serial number stands for. */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - EPOCH_OFFSET) * MS_PER_DAY));
}

/** The serial number of a date, taken in UTC (the core's dates are calendar dates in UTC). */
export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + EPOCH_OFFSET;
}

/**
 * Whether a number format shows a date or time: it has d, m, y, h or s outside quoted
 * literals, escaped characters and `[...]` sections (colours, conditions, locales), and
 * elapsed-time codes like `[h]` count too.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  if (/\[(h+|m+|s+)\]/i.test(format)) return true;
  const stripped = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(stripped.replace(/General/gi, '').replace(/[eE][+-]/g, ''));
}
