import type { FieldName } from '../overview';

/** Header texts per field (SPEC §2), compared after `normalizeHeader`. */
export const FIELD_ALIASES: Record<FieldName, readonly string[]> = {
  id: ['Initiativ', 'Nr.', 'Nr', 'Initiativnr.', 'ID', 'Projekt nr.'],
  title: ['Titel', 'Navn'],
  area: ['Indsatsområde', 'Fokusområde', 'Område'],
  contact: ['Kontakt-person hos KL', 'Kontaktperson', 'Ansvarlig'],
  email: ['Kontakt', 'E-mail', 'Email', 'Mail'],
  office: ['Kontor i KL', 'Kontor'],
  status: ['Status', 'Statusfarve'],
  remark: ['Bemærkning', 'Bemærkninger', 'Kommentar', 'Statusbeskrivelse'],
  completed: ['Er aktivitet gennemført?', 'Gennemført'],
  political: ['Skal behandles politisk igen?', 'Politisk behandling'],
};

/** Case, spaces, hyphens, dots (and the odd `?`/`:`) do not matter in a header. */
export function normalizeHeader(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\s\-.?:_]+/g, '');
}

const LOOKUP: Map<string, FieldName> = new Map();
for (const [field, aliases] of Object.entries(FIELD_ALIASES) as [FieldName, readonly string[]][]) {
  for (const alias of aliases) LOOKUP.set(normalizeHeader(alias), field);
}

/** The most characters an alias has once normalised. */
const LONGEST_ALIAS = Math.max(...[...LOOKUP.keys()].map((alias) => alias.length));

/** What `normalizeHeader` drops, and characters from U+0300 on, which may compose away. */
const DROPPED = String.raw`\s\-.?:_\u0300-\uffff`;
/**
 * Matches a text with more characters than any alias once normalised: each character below
 * U+0300 that is kept leaves at least one. A regex rather than a loop over the characters:
 * the header search runs once per process, and a loop is slow until it is compiled.
 */
const LONGER_THAN_ANY_ALIAS = new RegExp(`(?:[^${DROPPED}][${DROPPED}]*){${LONGEST_ALIAS + 1}}`);

/** The field a header text names, or null. `Initiativ` answers `id`; the reader decides if it is the title. */
export function fieldOfHeader(text: string): FieldName | null {
  // The header search asks this of every cell of the first rows, most of them long text:
  // those are dismissed before the normalising regex runs (cold, it was a tenth of `validate`).
  if (LONGER_THAN_ANY_ALIAS.test(text)) return null;
  return LOOKUP.get(normalizeHeader(text)) ?? null;
}

/** A header cell holding a four-digit year 2000–2099 names a year column. */
export function yearOfHeader(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 2000 && value <= 2099 ? value : null;
  if (typeof value !== 'string') return null;
  // Checked by hand: the header search asks this of every cell of the first rows.
  const s = value.length === 4 ? value : value.trim();
  if (s.length !== 4 || s.charCodeAt(0) !== 50 || s.charCodeAt(1) !== 48 || !isDigit(s.charCodeAt(2)) || !isDigit(s.charCodeAt(3))) return null;
  return Number(s);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
