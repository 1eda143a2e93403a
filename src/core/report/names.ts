/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;

/** A character Excel refuses anywhere in a sheet name. */
const FORBIDDEN = /[[\]:*?/\\]/;
const EVERY_FORBIDDEN = new RegExp(FORBIDDEN.source, 'g');

/** Whether Excel takes `name` as a sheet name as it is: what a writer checks before it writes one. */
export function isSheetName(name: string): boolean {
  return name !== '' && name.length <= MAX_SHEET_NAME && !FORBIDDEN.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

/**
 * Removes what Excel forbids in a sheet name (`[]:*?/\`, leading/trailing apostrophes);
 * a longer name is cut at a word and ends in `…` (`1. Digital kommunikation og…`).
 */
export function sanitizeSheetName(name: string): string {
  const cleaned = name
    .replace(EVERY_FORBIDDEN, '')
    .replace(/[\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  if (cleaned.length <= MAX_SHEET_NAME) return cleaned || 'Ark';
  const room = cleaned.slice(0, MAX_SHEET_NAME - 1);
  const space = room.lastIndexOf(' ');
  return (space > MAX_SHEET_NAME / 2 ? room.slice(0, space) : room).trimEnd() + '…';
}

/**
 * `name`, or `name (2)`, `name (3)`… — the first not in `taken` (ignoring case, as Excel
 * compares sheet names), never longer than 31 characters.
 */
export function freeSheetName(name: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const n of taken) used.add(n.toLowerCase());
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    candidate = name.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
  }
  return candidate;
}

/**
 * Gives each desired name a free one: unique ignoring case among themselves and the
 * names already taken (`Samlet status (2)`), never longer than 31 characters.
 */
export function uniqueSheetNames(desired: string[], taken: string[]): string[] {
  const used = [...taken];
  return desired.map((raw) => {
    const name = freeSheetName(sanitizeSheetName(raw), used);
    used.push(name);
    return name;
  });
}
