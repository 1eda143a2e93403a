/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;

/** Removes what Excel forbids in a sheet name (`[]:*?/\`, leading/trailing apostrophes) and cuts to 31 characters. */
export function sanitizeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, '')
    .replace(/[\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  return cleaned.slice(0, MAX_SHEET_NAME).trim() || 'Ark';
}

/**
 * Gives each desired name a free one: unique ignoring case among themselves and the
 * names already taken (`Samlet status (2)`), never longer than 31 characters.
 */
export function uniqueSheetNames(desired: string[], taken: string[]): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  return desired.map((raw) => {
    const base = sanitizeSheetName(raw);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}
