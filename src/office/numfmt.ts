/**
 * Office.js hands dates over as serial numbers and tells them apart only by their number
 * format, so the adapter converts both ways itself (the serials: core/dateserial.ts).
 */

// read.ts imports the conversions from here; their home, shared with the .xlsx adapter, is core/dateserial.ts.

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
