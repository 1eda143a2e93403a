import { isDigitCode, isRegexSpace } from './calendar-tokens';
import { displayText } from './number-format';

/** `1.1`, `6.12`, `1.3a`, `8.2500`: area number, dot, number, optional letter. */
const ID = String.raw`\d{1,3}\.\d{1,4}[a-zæøå]?`;
// An optional document word in front (`Projektbeskrivelse 3.1: …`, as in the older plans).
// Danish letters spelled out rather than `\p{L}`: the `u` flag that needs makes the
// pattern several times slower, and every row of a combined column is split (SPEC §7).
const COMBINED = new RegExp(
  String.raw`^\s*(?:(?:projektbeskrivelse|programbeskrivelse|projekt|program|initiativ)\s+)?(${ID})(?![0-9A-Za-z\u00C0-\u024F])(.*)$`,
  'is',
);
// What may sit between id and title: a colon or dash (spaces optional), a dot then space, or spaces.
const SEPARATOR = /^(?:\s*[:\-–—]\s*|\.\s+|\s+)([\s\S]*)$/;
// A separator with no title after it. Made once: a regex literal in a function is a new object each time it is reached.
const SEPARATOR_ONLY = /^\s*[:\-–—.]\s*$/;

/**
 * Splits `1.1: Titel`, `1.1 Titel`, `1.3a: Titel` into id and title. A bare id gives an
 * empty title (so a missing title can be reported); text not starting with an id is null.
 */
export function splitIdTitle(text: string): { id: string; title: string } | null {
  if (typeof text !== 'string' || text.length > 100_000) return null;
  const plain = splitPlainColon(text);
  if (plain) return plain;
  const m = COMBINED.exec(text);
  if (!m) return null;
  const rest = m[2];
  if (rest.trim() === '' || SEPARATOR_ONLY.test(rest)) return { id: m[1], title: '' };
  const sep = SEPARATOR.exec(rest);
  if (!sep) return null;
  return { id: m[1], title: sep[1].trim() };
}

/**
 * `1.1: Titel`, the form nearly every combined cell has, read by hand: what `COMBINED` and
 * `SEPARATOR` make of it, without the two matches they build (every row of a combined column
 * is split, SPEC §7). Null for any other form (a word or space in front, another separator,
 * no title), which the regexes read.
 */
function splitPlainColon(text: string): { id: string; title: string } | null {
  let k = 0;
  while (k < 3 && isDigitCode(text.charCodeAt(k))) k++;
  if (k === 0 || text.charCodeAt(k) !== 46) return null;
  const number = ++k;
  while (k < number + 4 && isDigitCode(text.charCodeAt(k))) k++;
  if (k === number) return null;
  if (isIdLetter(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) !== 58) return null;
  const idEnd = k;
  k++;
  while (k < text.length && isRegexSpace(text.charCodeAt(k))) k++;
  if (k === text.length) return null;
  return { id: text.slice(0, idEnd), title: text.slice(k).trim() };
}

/** The letter an id may end in, `[a-zæøå]` read case-insensitively. */
function isIdLetter(c: number): boolean {
  const lower = c | 0x20;
  return (lower >= 97 && lower <= 122) || lower === 0xe6 || lower === 0xf8 || lower === 0xe5;
}

/**
 * A number as Excel displays it, so an id typed as the number 1.1 with format `0.00`
 * reads `1.10`. General (or no format) gives the shortest form (`1.1`, `6.12`), without
 * binary noise. Always with a decimal point: ids are written `1.1` whatever the locale.
 */
export function formatNumberAsDisplayed(value: number, numFmt?: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  return displayText(value, typeof numFmt === 'string' ? numFmt : undefined) ?? String(Number(value.toPrecision(15)));
}

/**
 * The area number an id belongs to, as areas are keyed (`'1.3a'` → `'1'`, `'01.2'` → `'1'`);
 * null for no id. What `/^\s*(\d{1,3})\.\d/` would match, read by hand: id.area-mismatch asks
 * for every row, and a match built each time was most of its cost (SPEC §7).
 */
export function idAreaPrefix(id: string): string | null {
  if (typeof id !== 'string') return null;
  let k = 0;
  while (k < id.length && isRegexSpace(id.charCodeAt(k))) k++;
  const first = k;
  let area = 0;
  while (k < id.length && isDigitCode(id.charCodeAt(k))) area = area * 10 + id.charCodeAt(k++) - 48;
  const digits = k - first;
  return digits >= 1 && digits <= 3 && id.charCodeAt(k) === 46 && isDigitCode(id.charCodeAt(k + 1)) ? String(area) : null;
}
