/**
 * How the product recognises its own sheets, in Excel (Office.js) and in .xlsx files alike:
 * a hidden sheet-scoped defined name `Leverance.Ejer` whose value is the owner key as a
 * string constant. A name survives saving in every format and travels with nothing the
 * user sees.
 */

/** The sheet-scoped defined name that marks a sheet this product owns. */
export const OWNER_NAME = 'Leverance.Ejer';

/** Whether a defined name is the owner marker (Excel compares names ignoring case). */
export function isOwnerName(name: string): boolean {
  return name.toLowerCase() === OWNER_NAME.toLowerCase();
}

/** The marker's value as a file stores it: the key as an Excel string constant, `"area:3"`. */
export function ownerConstant(owner: string): string {
  return `"${owner.replace(/"/g, '""')}"`;
}

/** The marker's value as Office.js takes it: a formula, `="area:3"`. */
export function ownerFormula(owner: string): string {
  return `=${ownerConstant(owner)}`;
}

/** The owner key in a marker's value (`"area:3"` or `="area:3"`), or null when it is not a string constant. */
export function ownerOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^\s*=?\s*"((?:[^"]|"")*)"\s*$/.exec(value);
  return m ? m[1].replace(/""/g, '"') : null;
}

export interface SheetWithOwner {
  name: string;
  /** The key in the sheet's marker, or null for a sheet without one. */
  owner: string | null;
}

export interface Claim<T> {
  /** The product's sheets, at most one per owner key, in workbook order. */
  owned: T[];
  /** Sheets carrying a marker that is not theirs: the user's copies of the product's sheets. */
  copies: T[];
}

/**
 * Which marked sheets are the product's. Excel copies sheet-scoped names with a copied
 * sheet, so a user's copy of one of our sheets carries the marker too: per owner key one
 * sheet is ours (the one bearing the name its spec gives it, else the first), and the
 * others are copies, which stay the user's and lose the marker.
 */
export function claimOwnedSheets<T extends SheetWithOwner>(sheets: readonly T[], specs: readonly { owner: string; name: string }[]): Claim<T> {
  const specName = new Map(specs.map((s) => [s.owner, s.name.toLowerCase()]));
  const named = (s: T) => specName.get(s.owner!) === s.name.toLowerCase();
  const chosen = new Map<string, T>();
  for (const s of sheets) {
    if (s.owner === null) continue;
    const first = chosen.get(s.owner);
    if (!first || (named(s) && !named(first))) chosen.set(s.owner, s);
  }
  const owned = new Set(chosen.values());
  return {
    owned: sheets.filter((s) => owned.has(s)),
    copies: sheets.filter((s) => s.owner !== null && !owned.has(s)),
  };
}
