import type { FieldName } from '../overview';

/**
 * Header texts per field: SPEC §2's, the other wordings offices keep (`Initiativnummer`,
 * `E-mailadresse`, `Center`, `Kommentarer`) and English ones (the UI speaks English too).
 * Compared after `normalizeHeader`, and again without a qualifier (see `headerCore`).
 */
export const FIELD_ALIASES: Record<FieldName, readonly string[]> = {
  id: ['Initiativ', 'Nr.', 'Nr', 'Initiativnr.', 'ID', 'Projekt nr.', 'Initiativnummer', 'Nummer', 'Løbenr.', 'No.', 'Number', 'Initiative', 'Initiative no.'],
  title: ['Titel', 'Navn', 'Initiativnavn', 'Initiativets titel', 'Initiativets navn', 'Titel på initiativ', 'Projektnavn', 'Projekttitel', 'Title', 'Name'],
  area: ['Indsatsområde', 'Fokusområde', 'Område', 'Indsatsområder', 'Fokusområder', 'Focus area', 'Area'],
  contact: ['Kontakt-person hos KL', 'Kontaktperson', 'Ansvarlig', 'Projektleder', 'Tovholder', 'Contact person', 'Responsible'],
  email: ['Kontakt', 'E-mail', 'Email', 'Mail', 'E-mailadresse', 'Mailadresse', 'E-mail adresse', 'Email address', 'E-mail address'],
  office: ['Kontor i KL', 'Kontor', 'Center', 'Kontor/center', 'Center/kontor', 'Afdeling', 'Office', 'Department'],
  status: ['Status', 'Statusfarve', 'Status colour', 'Status color'],
  remark: ['Bemærkning', 'Bemærkninger', 'Kommentar', 'Statusbeskrivelse', 'Kommentarer', 'Bemærkning til status', 'Bemærkninger til status', 'Note', 'Noter', 'Remark', 'Remarks', 'Comment', 'Comments', 'Notes', 'Status description'],
  completed: ['Er aktivitet gennemført?', 'Gennemført', 'Er aktiviteten gennemført?', 'Completed'],
  political: ['Skal behandles politisk igen?', 'Politisk behandling', 'Skal det behandles politisk?', 'Politisk'],
};

/** Case, spaces, hyphens, dots (and the odd `?`/`:`) do not matter in a header. */
export function normalizeHeader(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\s\-.?:_]+/g, '');
}

const LOOKUP: Map<string, FieldName> = new Map();
for (const [field, aliases] of Object.entries(FIELD_ALIASES) as [FieldName, readonly string[]][]) {
  for (const alias of aliases) LOOKUP.set(normalizeHeader(alias), field);
}

/** The most characters a header has that may name a field once its qualifier is cut (`Status pr. 15. december 2018`). */
const LONGEST_HEADER = 48;

/** What `normalizeHeader` drops, and characters from U+0300 on, which may compose away. */
const DROPPED = String.raw`\s\-.?:_\u0300-\uffff`;
/**
 * Matches a text with more characters than any header: each character below U+0300 that is
 * kept leaves at least one. A regex rather than a loop over the characters: the header search
 * runs once per process, and a loop is slow until it is compiled.
 */
const LONGER_THAN_ANY_HEADER = new RegExp(`(?:[^${DROPPED}][${DROPPED}]*){${LONGEST_HEADER + 1}}`);

const MONTH = String.raw`(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-zæøå]*\.?`;
/**
 * What may follow a field's name in a header without changing the field: a parenthesis
 * (`Status (G/G/R)`, `Gennemført (ja/nej)`), a footnote mark, `i KL`/`hos KL`, and the date of
 * the status round (`Status juni 2018`, `Bemærkning pr. 15. december 2018`, `Status 1.12.2018`).
 */
const QUALIFIER = new RegExp(
  String.raw`(?:\s*\([^()]*\)|\s*\*+|\s+(?:i|hos)\s+kl\.?|\s+(?:pr\.?|per|ved|d\.)?\s*(?:(?:\d{1,2}\.?\s*)?${MONTH}\s*)?(?:19|20)\d\d|\s+(?:pr\.?|per|ved|d\.)?\s*\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))\s*$`,
  'i',
);

/** The header without its qualifiers (`Status (G/G/R) pr. juni 2018` → `Status`); the text itself when it has none. */
export function headerCore(text: string): string {
  let core = text.trim();
  for (let k = 0; k < 3; k++) {
    const cut = core.replace(QUALIFIER, '');
    if (cut === core || cut === '') break;
    core = cut;
  }
  return core;
}

/** The field a header text names, or null. `Initiativ` answers `id`; the reader decides if it is the title. */
export function fieldOfHeader(text: string): FieldName | null {
  // The header search asks this of every cell of the first rows, most of them long text:
  // those are dismissed before the normalising regex runs (cold, it was a tenth of `validate`).
  if (LONGER_THAN_ANY_HEADER.test(text)) return null;
  const field = LOOKUP.get(normalizeHeader(text));
  if (field !== undefined) return field;
  const core = headerCore(text);
  return core === text.trim() ? null : (LOOKUP.get(normalizeHeader(core)) ?? null);
}

/**
 * The date a header names (`Status december 2018` → 201812, `Status 2018` → 201800), or -1:
 * of two status columns the one for the latest round is the status now.
 */
export function headerDate(text: string): number {
  const year = /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(text);
  if (!year) {
    const numeric = /(?:^|\D)\d{1,2}[./-](\d{1,2})[./-](\d{2})(?!\d)/.exec(text);
    return numeric ? (2000 + Number(numeric[2])) * 100 + Number(numeric[1]) : -1;
  }
  const numericMonth = /(?:^|\D)\d{1,2}[./-](\d{1,2})[./-](?:19|20)\d\d/.exec(text);
  const month = numericMonth ? Number(numericMonth[1]) : monthOf(text);
  return Number(year[1]) * 100 + month;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'ma', 'jun', 'jul', 'aug', 'sep', 'o', 'nov', 'dec'];

const MONTH_WORD = new RegExp(`(?:^|[^a-zæøå])(${MONTH})`, 'i');

function monthOf(text: string): number {
  const m = MONTH_WORD.exec(text);
  if (!m) return 0;
  const word = m[1].toLowerCase();
  return MONTHS.findIndex((prefix) => word.startsWith(prefix)) + 1;
}

/**
 * `Leverancer 2017`, `År 2016`, `2016*`, `2016 (forventet)`: a year column's header with a word
 * around its year; and a column per half or quarter (`1. halvår 2017`, `H2 2017`, `2017 Q3`),
 * which is a column of that year.
 */
const WORDED_YEAR =
  /^(?:(?:leverancer?|år|year|deliver(?:y|ies))\s+(?:i\s+)?|(?:[12]\.\s*halvår|h[12]|[1-4]\.\s*(?:kvartal|kvt\.?)|q[1-4])\s+)?(20\d\d)(?:\s+(?:h[12]|q[1-4]))?\s*(?:\*+|\([^()]*\))?$/i;

/** A date format showing only the year (`yyyy`, Danish `åååå`), after any `[$-406]` locale or colour. */
const YEAR_ONLY_FORMAT = /^(?:\[[^\]]*\])*(?:y+|å+)$/i;

/**
 * A header cell holding a four-digit year 2000–2099 names a year column; so does a date shown
 * only as its year (`numFmt`), as a year typed in a date-formatted cell reads.
 */
export function yearOfHeader(value: unknown, numFmt?: string): number | null {
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    return numFmt !== undefined && YEAR_ONLY_FORMAT.test(numFmt) && year >= 2000 && year <= 2099 ? year : null;
  }
  if (typeof value === 'number') return Number.isInteger(value) && value >= 2000 && value <= 2099 ? value : null;
  if (typeof value !== 'string') return null;
  // Checked by hand: the header search asks this of every cell of the first rows.
  const s = value.length === 4 ? value : value.trim();
  if (s.length !== 4) return s.length > 4 && s.length <= 30 ? wordedYear(s) : null;
  if (s.charCodeAt(0) !== 50 || s.charCodeAt(1) !== 48 || !isDigit(s.charCodeAt(2)) || !isDigit(s.charCodeAt(3))) return null;
  return Number(s);
}

function wordedYear(text: string): number | null {
  const m = WORDED_YEAR.exec(text);
  return m ? Number(m[1]) : null;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
