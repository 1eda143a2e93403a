/**
 * Years in delivery texts that cannot be meant (timeline.suspicious-year). Its own grammar of
 * year slots, YEAR_SLOT, lists the time words the calendar readers know (time.ts,
 * calendar-tokens.ts): a time word added there belongs here too.
 */
import { MONTH_NAMES, isDigitCode } from './calendar-tokens';
import { WORD_END, digitsValue, startsWord, validYear, type Period } from './time';

const FULL_MONTHS = MONTH_NAMES.map((m) => m[0]).join('|');
const SHORT_MONTHS = MONTH_NAMES.flatMap((m) => m.slice(1)).sort((a, b) => b.length - a.length).join('|');

/** A year in a delivery text that cannot be meant (timeline.suspicious-year). */
export interface SuspiciousYear {
  /** The year as written: `20018`. */
  value: string;
  /** Where `value` starts in the text. */
  index: number;
  /** The expression it closes, from its time word: `ultimo 20018`. */
  text: string;
}

/**
 * The places where a time word asks for a year (group 1: the number written there), as
 * the parser reads them, and a range end after one (`ultimo 2017-20018`), group 2.
 */
const YEAR_SLOT = new RegExp(
  String.raw`(?:primo|medio|ultimo|(?:begyndelsen|starten|midten|slutningen|udgangen)\s+af|(?:${FULL_MONTHS})${WORD_END}|(?:${SHORT_MONTHS})(?:\.|${WORD_END})|kvartal|kvt\.?|q[1-4]|halv(?:år|del)(?:et|en)?|(?:forår|sommer|efterår|vinter)(?:et|en)?|årsskiftet?|uge\s*\d{1,2}\s*,?)(?:\s+(?:af|i))?\s*(\d{4,6})(?!\d)(?:\s*(?:-|–|—|til)\s*(\d{4,6})(?!\d))?`,
  'gi',
);

/** Whether a year of `digits` digits (four to six) and value `year` cannot be meant: five or six digits, or over 10 years from the period. */
function yearCannotBeMeant(digits: number, year: number, period: Period | null): boolean {
  if (digits > 4) return true;
  return period ? year < period[0] - 10 || year > period[1] + 10 : !validYear(year);
}

/** A run of four or more digits: a longer run is one number, with no year inside it. */
const LONG_NUMBER = /\d{4,}/g;

/**
 * Whether `text` holds a run of digits that would be a suspicious year in a year slot. Almost
 * every delivery text names only years that can be meant: this dismisses it before the slot
 * regex runs (timeline.suspicious-year looks at every cell). A regex finds the runs: `validate`
 * runs once per process, and a loop over every character is slow until it is compiled. It is
 * asked with `test`, and each run read back from where the match ended: `exec` built a match
 * for every year of every cell, most of a column of all-different texts' garbage (SPEC §7).
 */
function mayNameSuspiciousYear(text: string, period: Period | null): boolean {
  LONG_NUMBER.lastIndex = 0;
  while (LONG_NUMBER.test(text)) {
    const end = LONG_NUMBER.lastIndex;
    let start = end - 4;
    while (start > 0 && isDigitCode(text.charCodeAt(start - 1))) start--;
    const digits = end - start;
    if (digits <= 6 && yearCannotBeMeant(digits, digitsValue(text, start, end), period)) return true;
  }
  return false;
}

/**
 * The years a delivery text names that cannot be meant (`ultimo 20018`, `primo 2091` in a
 * 2016–2020 plan): four to six digits where a time word asks for a year, with five or six
 * digits, or more than 10 years before or after `period` (without a period: outside
 * 1990–2099). Bare years in prose (`siden 1972`) and longer numbers are not looked at.
 * Never throws.
 */
export function suspiciousYears(text: string, period: Period | null): SuspiciousYear[] {
  const out: SuspiciousYear[] = [];
  if (typeof text !== 'string' || !mayNameSuspiciousYear(text, period)) return out;
  YEAR_SLOT.lastIndex = 0;
  for (let m = YEAR_SLOT.exec(text); m !== null; m = YEAR_SLOT.exec(text)) {
    if (!startsWord(text, m.index)) {
      YEAR_SLOT.lastIndex = m.index + 1;
      continue;
    }
    // The time word holds at most two digits (`uge 12`, `Q3`), so the first year is found first.
    const at = m[0].indexOf(m[1]);
    if (yearCannotBeMeant(m[1].length, Number(m[1]), period)) out.push({ value: m[1], index: m.index + at, text: m[0].slice(0, at + m[1].length) });
    if (m[2] !== undefined && yearCannotBeMeant(m[2].length, Number(m[2]), period)) {
      out.push({ value: m[2], index: m.index + m[0].length - m[2].length, text: m[0] });
    }
  }
  return out;
}
