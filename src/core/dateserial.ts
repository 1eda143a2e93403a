/**
 * Excel's date serials: days since an epoch, the time of day as the fraction. Both adapters
 * and the .xlsx reader convert through here. A workbook uses one of two systems:
 * - 1900 (the default): serial 1 is 1900-01-01, and Excel counts a 29 February 1900 that
 *   never was, so from 1900-03-01 on a serial is the days since 1899-12-30 and before it
 *   the days since 1899-12-31.
 * - 1904 (`date1904`, old Mac workbooks): serial 0 is 1904-01-01, 1462 days later.
 * Dates are calendar dates in UTC, as everywhere in the core.
 */

const MS_PER_DAY = 86_400_000;
/** The 1900-system serial of 1970-01-01. */
const UNIX_EPOCH_1900 = 25_569;
/** Days between the two systems' epochs. */
const OFFSET_1904 = 1_462;

/** Serial 61 is 1900-03-01, the first day after Excel's phantom 29 February 1900. */
const FIRST_AFTER_PHANTOM = 61;

function epoch(date1904: boolean): number {
  return date1904 ? UNIX_EPOCH_1900 - OFFSET_1904 : UNIX_EPOCH_1900;
}

/** A serial counted from the real calendar, corrected for the phantom day in the 1900 system. */
function fromDays(days: number, date1904: boolean): number {
  const serial = days + epoch(date1904);
  return !date1904 && serial < FIRST_AFTER_PHANTOM ? serial - 1 : serial;
}

/** The serial number of a date (its UTC calendar date and time). */
export function dateToSerial(d: Date, date1904 = false): number {
  return fromDays(d.getTime() / MS_PER_DAY, date1904);
}

/** The date (UTC) a serial stands for, rounded to the millisecond. */
export function serialToDate(serial: number, date1904 = false): Date {
  const days = serial - epoch(date1904) + (!date1904 && serial < FIRST_AFTER_PHANTOM ? 1 : 0);
  return new Date(Math.round(days * MS_PER_DAY));
}

/**
 * The serial of an ISO 8601 date or date-time as written in `t="d"` cells
 * (`2019-06-30`, `2019-06-30T12:00:00`, `…T12:00:00.5`), or null. A zone suffix is
 * ignored: the cell shows the wall-clock time written.
 */
export function isoToSerial(iso: string, date1904 = false): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(iso.trim());
  if (!m) return null;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), 0) + Number(m[6] ?? 0) * 1000;
  return fromDays(ms / MS_PER_DAY, date1904);
}
