/**
 * Danish time expressions with a year, as written in the delivery cells of the plans:
 * `primo 2019`, `3. kvartal 2009`, `3. kvt. 2012`, `Q3 2012`, `2. halvår 2019`,
 * `efteråret 2009`, `efteråret '12`, `vinteren 2010/2011`, `aug. 2016`, `Nov. 16`,
 * `01.07.09`, `1/7-2012`, `6. april 2010`, `uge 12 2010`, `ved udgangen af 2012`,
 * `i begyndelsen af 2012`; ranges of two of them joined by a dash or `til`
 * (`Nov. 16 - aug. 17`, `01.07.09–31.12.09`, `primo 2016-medio 2017`) or ending in a bare
 * year (`Sommer 2009 – 2010`); lists joined by `/` (`primo/medio 2013`, `ultimo 2012/primo 2013`);
 * and open-ended spans (`fra ultimo 2010`, `Primo 2012 og frem`).
 *
 * A text is cut into tokens once (calendar-tokens.ts); one reader per form reads its
 * expressions from the tokens where they may start (see `readAt`), and the atoms found are
 * then joined into ranges and lists. Where each form was a regex, a text never seen before
 * paid a dozen passes over it, and each regex's compile on first use (SPEC §7).
 *
 * Decisions:
 * - A bare year is prose, not a milestone (`frem mod 2019`, `i 2018`), and so is a year
 *   span (`2017/2018`, `2017-2018`, `2011 - 2015`): they name no point in time and would
 *   only produce false timeline warnings.
 * - Years outside 1990–2099 are typos (`ultimo 20018`) and give nothing; `suspiciousYears`
 *   names them (and years far from the plan period) for timeline.suspicious-year.
 * - Two-digit years only after a month abbreviation with its dot (`Nov. 16`), after an
 *   apostrophe (`efteråret '12`) and in numeric dates (`01.07.09`): elsewhere a two-digit
 *   number is usually a count.
 * - `begyndelsen/starten af` read as primo, `midten af` as medio, `slutningen af` as ultimo;
 *   `udgangen af` is the last day itself (`ved udgangen af 2012`: 31 December 2012).
 * - Seasons are the meteorological ones: forår March–May, sommer June–August, efterår
 *   September–November, vinter December–February. `vinteren 2010/2011` starts in December
 *   2010; `vinteren 2011` is the winter that ends in February 2011.
 * - In a range the first part may lack its year (`nov. – dec. 2008`, `jan. – jun. 2009`);
 *   it takes the year of the second part (the year before when it would start later). A
 *   range ending in a bare year repeats its first part in that year (`Sommer 2009 – 2010`
 *   runs to the end of summer 2010). In a list each part is a milestone of its own, a part
 *   without a year taking the year of the next (`primo/medio 2013`).
 * - `årsskiftet 2016/2017` (or `årsskiftet 2016`) is the turn of the year: it starts on
 *   31 December and is due on 1 January, so it lies in both years.
 * - An expression after `fra`/`siden` (not followed by `til` or a dash) or before `og frem`
 *   / `løber i hele perioden` is open-ended: it runs from its start to the end of the plan
 *   period, which the parser does not know (see `Milestone.open`, `milestoneInYear`).
 * - Other words around an expression (`Senest`, `ca.`, `inden`) are not part of the match.
 */

import {
  END_OF,
  MEDIO,
  MARK,
  NUMBER,
  PRIMO,
  ULTIMO,
  WORD,
  continuesWord,
  isApostrophe,
  isDigitCode,
  isMark,
  isNumber,
  isRegexSpace,
  isSpace,
  isWord,
  isWordCode,
  kindAt,
  lengthOf,
  mayRange,
  skipSpace,
  startOf,
  openingToken,
  openingTokens,
  tokenise,
  valueOf,
  wordAt,
  wordGoesOn,
} from './calendar-tokens';

export interface Milestone {
  /** The matched substring; for an open-ended span it includes `fra`/`siden`/`og frem`. */
  text: string;
  /** ISO `YYYY-MM-DD`: the first day the expression covers. */
  start: string;
  /**
   * ISO `YYYY-MM-DD`: the day it is due (the last day it covers). For an open-ended span
   * this is the last day of its start expression (31 December for `fra ultimo 2010`),
   * which is no due date: check `open` first.
   */
  due: string;
  /** Year of `due`. */
  year: number;
  /**
   * Set (true) when the text runs on from `start` to the end of the plan period
   * (`fra ultimo 2010`, `siden 1. april 2007`, `Primo 2012 og frem`): it lies in every
   * year from its start on, and nothing is due. Absent on every other milestone.
   */
  open?: true;
}

/** A plan period: its first and last year. */
export type Period = readonly [number, number];

/** What an expression covers: its first and its due day, each as the number `yyyymmdd`. */
interface Span {
  start: number;
  due: number;
}

function dayNumber(y: number, m: number, d: number): number {
  return (y * 100 + m) * 100 + d;
}

/** The forms an expression takes, each read into a `Span` its own way (see `span`). */
const DAY = 0;
const MONTH = 1;
const PART_OF_MONTH = 2;
const PART_OF_YEAR = 3;
const QUARTER = 4;
const HALF = 5;
const SEASON = 6;
const WINTER = 7;
const TURN = 8;
const WEEK = 9;

/**
 * An expression found in the text: where it sits, its year (null when it has none) and its
 * form with the numbers that give what it covers in a year (`a`, `b`: see `span`), so a
 * yearless range start can borrow a year.
 */
interface Atom {
  index: number;
  end: number;
  year: number | null;
  form: number;
  a: number;
  b: number;
}

/**
 * What a reader found: an atom, or (year undefined) words that read as an expression but
 * are none after all (`Nov 16` without the dot, `ultimo 1850`). Those still use up their
 * text: the same reader does not start again inside it (`1. aug 17 sep 2019` is no `17 sep 2019`).
 */
interface Reading extends Omit<Atom, 'year'> {
  year: number | null | undefined;
}

function isAtom(r: Reading): r is Atom {
  return r.year !== undefined;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Due dates are few (quarter, half-year and month ends): one string each, shared. */
const ISO = new Map<number, string>();

/** The ISO `YYYY-MM-DD` of a `yyyymmdd` day number. */
function isoDay(day: number): string {
  let text = ISO.get(day);
  if (text === undefined) {
    text = `${pad(Math.floor(day / 10000), 4)}-${pad(Math.floor(day / 100) % 100)}-${pad(day % 100)}`;
    ISO.set(day, text);
  }
  return text;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function lastDay(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS[month - 1];
}

export function validYear(y: number): boolean {
  return y >= 1990 && y <= 2099;
}

/** The year `digits` digits of value `value` name: four as written, two (`16`) in 1990–2089. Null outside 1990–2099. */
function yearOf(value: number, digits: number): number | null {
  let y = value;
  if (digits === 2) y += y >= 90 ? 1900 : 2000;
  else if (digits !== 4) return null;
  return validYear(y) ? y : null;
}

function wholeMonths(year: number, first: number, last: number): Span {
  return { start: dayNumber(year, first, 1), due: dayNumber(year, last, lastDay(year, last)) };
}

function day(y: number, m: number, d: number): Span | null {
  if (m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) return null;
  const n = dayNumber(y, m, d);
  return { start: n, due: n };
}

/** primo / medio / ultimo of a year: Jan–Apr, May–Aug, Sep–Dec (due 30 April, 31 August, 31 December). */
function partOfYear(part: number, year: number): Span {
  if (part === END_OF) return { start: dayNumber(year, 12, 31), due: dayNumber(year, 12, 31) };
  return part === PRIMO ? wholeMonths(year, 1, 4) : part === MEDIO ? wholeMonths(year, 5, 8) : wholeMonths(year, 9, 12);
}

/** primo / medio / ultimo of a month: days 1–10, 11–20, 21–last. */
function partOfMonth(part: number, year: number, month: number): Span {
  const last = lastDay(year, month);
  const [from, to] = part === PRIMO ? [1, 10] : part === MEDIO ? [11, 20] : part === ULTIMO ? [21, last] : [last, last];
  return { start: dayNumber(year, month, from), due: dayNumber(year, month, to) };
}

const DAY_MS = 86_400_000;

function utcDay(ms: number): number {
  const d = new Date(ms);
  return dayNumber(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** ISO week `week` of `year`, Monday to Sunday; null when the year has no such week. */
function isoWeek(year: number, week: number): Span | null {
  // 4 January always lies in week 1.
  const jan4 = Date.UTC(year, 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (week - 1) * 7 * DAY_MS;
  // A week belongs to the year its Thursday lies in: this rules out week 53 of most years.
  if (week < 1 || new Date(monday + 3 * DAY_MS).getUTCFullYear() !== year) return null;
  return { start: utcDay(monday), due: utcDay(monday + 6 * DAY_MS) };
}

/** What atom `a` covers in `year`. */
function span(a: Atom, year: number): Span | null {
  switch (a.form) {
    case DAY:
      return day(year, a.a, a.b);
    case MONTH:
      return wholeMonths(year, a.a, a.a);
    case PART_OF_MONTH:
      return partOfMonth(a.a, year, a.b);
    case PART_OF_YEAR:
      return partOfYear(a.a, year);
    case QUARTER:
      return wholeMonths(year, 3 * a.a - 2, 3 * a.a);
    case HALF:
      return a.a === 1 ? wholeMonths(year, 1, 6) : wholeMonths(year, 7, 12);
    case SEASON:
      // Spring March–May, summer June–August, autumn September–November.
      return wholeMonths(year, 3 * a.a + 3, 3 * a.a + 5);
    case WINTER: {
      // `vinteren 2010/2011` starts in the year written; `vinter 2011` ends in it (a.a: the second year is written).
      const first = a.a === 1 ? year : year - 1;
      return { start: dayNumber(first, 12, 1), due: dayNumber(first + 1, 2, lastDay(first + 1, 2)) };
    }
    case TURN:
      return { start: dayNumber(year, 12, 31), due: dayNumber(year + 1, 1, 1) };
    default:
      return isoWeek(year, a.a);
  }
}

// The readers below each read one form from the token where it would start, and return
// null when it is not there. Each notes its form (`…` where white space may stand, `_`
// where it must) and says where the tokens allow more than one reading.

function reading(first: number, after: number, year: number | null | undefined, form: number, a: number, b = 0): Reading {
  return { index: startOf(first), end: startOf(after), year, form, a, b };
}

/** The token after a month name at `t` (an abbreviation takes its dot along), or −1. */
function monthEnd(t: number): number {
  const w = wordAt(t);
  if (w === undefined || (w.kind !== 'month' && w.kind !== 'monthAbbreviation')) return -1;
  if (w.kind === 'monthAbbreviation' && isMark(t + 1, 46)) return t + 2;
  return wordGoesOn(t + 1) ? -1 : t + 1;
}

/** The token after a year written after a month (`2016`, `16`, `'16`) at `t`, or −1. */
function monthYearEnd(t: number): number {
  const n = isApostrophe(t) ? t + 1 : t;
  return isNumber(n, 4, 4) || isNumber(n, 2, 2) ? n + 1 : -1;
}

/**
 * The year of a month's year ending before token `after` (`dotted`: the month was an
 * abbreviation with its dot): two bare digits count only after such a one (`Nov. 16`).
 */
function monthYear(yearStart: number, after: number, dotted: boolean): number | null {
  const n = after - 1;
  const digits = lengthOf(n);
  if (digits === 2 && n === yearStart && !dotted) return null;
  return yearOf(valueOf(n), digits);
}

/** The token after a year elsewhere (`2016`, `'16`) at `t`, or −1. */
function yearEnd(t: number): number {
  if (isNumber(t, 4, 4)) return t + 1;
  return isApostrophe(t) && isNumber(t + 1, 2, 2) ? t + 2 : -1;
}

/** The year that `yearEnd` found, ending before token `after`. */
function yearBefore(after: number): number | null {
  return yearOf(valueOf(after - 1), lengthOf(after - 1));
}

function isAfOrI(t: number): boolean {
  return isWord(t, 'af') || isWord(t, 'i');
}

/** `(_af|_i)…YEAR` at `t` (quarters): the token after the year, or −1. */
function yearAfterQuarter(t: number): number {
  if (isSpace(t) && isAfOrI(t + 1)) {
    const after = yearEnd(skipSpace(t + 2));
    if (after >= 0) return after;
  }
  return yearEnd(skipSpace(t));
}

/** `(_af|_i)_YEAR` at `t` (halves and seasons): the token after the year, or −1. */
function yearAfterWord(t: number): number {
  if (!isSpace(t)) return -1;
  if (isAfOrI(t + 1) && isSpace(t + 2)) {
    const after = yearEnd(t + 3);
    if (after >= 0) return after;
  }
  return yearEnd(t + 1);
}

/** `…/…` and a second year of two or four digits at `t` (`vinteren 2010/2011`): the number's token, or −1. */
function secondYear(t: number): number {
  const slash = skipSpace(t);
  if (!isMark(slash, 47)) return -1;
  const n = skipSpace(slash + 1);
  return isNumber(n, 4, 4) || isNumber(n, 2, 2) ? n : -1;
}

/** The token after primo / medio / ultimo or `begyndelsen_af` and the like at `t`, or −1. */
function partEnd(t: number): number {
  const w = wordAt(t);
  if (w?.kind === 'part') return t + 1;
  return w?.kind === 'partHead' && isSpace(t + 1) && isWord(t + 2, 'af') ? t + 3 : -1;
}

/** `2019-05-25`. */
function readIsoDate(t: number): Reading | null {
  if (!(isNumber(t, 4, 4) && isMark(t + 1, 45) && isNumber(t + 2, 1, 2) && isMark(t + 3, 45) && isNumber(t + 4, 1, 2))) return null;
  // A letter right after makes it no date (`2019-05-25x`); a number is no word, so `FOLDED_LETTERS` do not count.
  if (kindAt(t + 5) === WORD) return null;
  return reading(t, t + 5, yearOf(valueOf(t), 4) ?? undefined, DAY, valueOf(t + 2), valueOf(t + 4));
}

/** Whether a number goes on after token `t` as the tail of a longer one (`1.2.3.2019`): after `.` or `/`, or also `-`. */
function numberGoesOn(t: number, dash: boolean): boolean {
  if (kindAt(t) !== MARK || kindAt(t + 1) !== NUMBER) return false;
  const c = valueOf(t);
  return c === 46 || c === 47 || (dash && c === 45);
}

/** `01.07.09`, `25.05.2018`, `25-05-2018`, `25/05/2018` (dash and slash only with four-digit years). */
function readNumericDate(t: number): Reading | null {
  if (!isNumber(t, 1, 2) || kindAt(t + 1) !== MARK) return null;
  const separator = valueOf(t + 1);
  if (separator !== 46 && separator !== 47 && separator !== 45) return null;
  if (!(isNumber(t + 2, 1, 2) && isMark(t + 3, separator) && (isNumber(t + 4, 4, 4) || isNumber(t + 4, 2, 2)))) return null;
  if (numberGoesOn(t + 5, false)) return null;
  const digits = lengthOf(t + 4);
  const year = separator !== 46 && digits !== 4 ? undefined : yearOf(valueOf(t + 4), digits) ?? undefined;
  return reading(t, t + 5, year, DAY, valueOf(t + 2), valueOf(t));
}

/** `1/7-2012`. */
function readSlashDate(t: number): Reading | null {
  if (!(isNumber(t, 1, 2) && isMark(t + 1, 47) && isNumber(t + 2, 1, 2) && isMark(t + 3, 45) && isNumber(t + 4, 4, 4))) return null;
  if (numberGoesOn(t + 5, true)) return null;
  return reading(t, t + 5, yearOf(valueOf(t + 4), 4) ?? undefined, DAY, valueOf(t + 2), valueOf(t));
}

/** `25. maj 2018`, `6. april 2010`, `1. aug. 17`: `D[.]…MONTH…YEAR`. */
function readDayOfMonth(t: number): Reading | null {
  if (!isNumber(t, 1, 2)) return null;
  const month = skipSpace(isMark(t + 1, 46) ? t + 2 : t + 1);
  const afterMonth = monthEnd(month);
  if (afterMonth < 0) return null;
  const yearStart = skipSpace(afterMonth);
  const after = monthYearEnd(yearStart);
  if (after < 0) return null;
  const year = monthYear(yearStart, after, afterMonth === month + 2);
  return reading(t, after, year ?? undefined, DAY, wordAt(month)!.value, valueOf(t));
}

/** `ultimo august 2011`, `udgangen af juni 2012`: `PART_MONTH…YEAR`. */
function readPartOfMonth(t: number): Reading | null {
  const afterPart = partEnd(t);
  if (afterPart < 0 || !isSpace(afterPart)) return null;
  const month = afterPart + 1;
  const afterMonth = monthEnd(month);
  if (afterMonth < 0) return null;
  const yearStart = skipSpace(afterMonth);
  const after = monthYearEnd(yearStart);
  if (after < 0) return null;
  const year = monthYear(yearStart, after, afterMonth === month + 2);
  return reading(t, after, year ?? undefined, PART_OF_MONTH, wordAt(t)!.value, wordAt(month)!.value);
}

/** `primo 2019`, `slutningen af 2012`, `ultimo i 2019`: `PART_[af_|i_]YEAR`. */
function readPartOfYear(t: number): Reading | null {
  const afterPart = partEnd(t);
  if (afterPart < 0 || !isSpace(afterPart)) return null;
  let after = isAfOrI(afterPart + 1) && isSpace(afterPart + 2) ? yearEnd(afterPart + 3) : -1;
  if (after < 0) after = yearEnd(afterPart + 1);
  if (after < 0) return null;
  return reading(t, after, yearBefore(after) ?? undefined, PART_OF_YEAR, wordAt(t)!.value);
}

/** `3. kvartal 2009`, `3. kvt. 2012`, `fjerde kvartal 2016`, `Q4 2016`, `Q42016`: the quarter, then `(_af|_i)…YEAR`. */
function readQuarter(t: number): Reading | null {
  let quarter = 0;
  let rest = -1;
  if (kindAt(t) === NUMBER) {
    if (!isNumber(t, 1, 1) || valueOf(t) < 1 || valueOf(t) > 4) return null;
    quarter = valueOf(t);
    const word = skipSpace(isMark(t + 1, 46) ? t + 2 : t + 1);
    if (isWord(word, 'kvartal')) rest = word + 1;
    else if (isWord(word, 'kvt')) rest = isMark(word + 1, 46) ? word + 2 : wordGoesOn(word + 1) ? -1 : word + 1;
  } else if (isWord(t, 'ordinal')) {
    quarter = wordAt(t)!.value;
    if (isSpace(t + 1) && isWord(t + 2, 'kvartal')) rest = t + 3;
  } else if (isWord(t, 'q') && kindAt(t + 1) === NUMBER) {
    const digits = lengthOf(t + 1);
    const n = valueOf(t + 1);
    // `Q3` takes one digit; the four after it in `Q32019` are the year.
    quarter = digits === 1 ? n : Math.floor(n / 10000);
    if (quarter < 1 || quarter > 4) return null;
    if (digits === 5) return reading(t, t + 2, yearOf(n % 10000, 4) ?? undefined, QUARTER, quarter);
    if (digits === 1) rest = t + 2;
  }
  if (rest < 0) return null;
  const after = yearAfterQuarter(rest);
  if (after < 0) return null;
  return reading(t, after, yearBefore(after) ?? undefined, QUARTER, quarter);
}

/** `2. halvår 2019`, `andet halvår af 2018`, `sidste halvdel af 2011`: the half, then `(_af|_i)_YEAR`. */
function readHalf(t: number): Reading | null {
  let half = 0;
  let word = -1;
  if (kindAt(t) === NUMBER) {
    if (!isNumber(t, 1, 1) || valueOf(t) < 1 || valueOf(t) > 2) return null;
    half = valueOf(t);
    word = skipSpace(isMark(t + 1, 46) ? t + 2 : t + 1);
  } else if ((isWord(t, 'ordinal') && wordAt(t)!.value <= 2) || isWord(t, 'later')) {
    half = wordAt(t)!.value;
    if (isSpace(t + 1)) word = t + 2;
  }
  if (word < 0 || !isWord(word, 'half')) return null;
  const after = yearAfterWord(word + 1);
  if (after < 0) return null;
  return reading(t, after, yearBefore(after) ?? undefined, HALF, half);
}

/** `foråret 2009`, `sommer 2009`, `efteråret '12`: the season, then `(_af|_i)_YEAR`. */
function readSeason(t: number): Reading | null {
  const after = yearAfterWord(t + 1);
  if (after < 0) return null;
  return reading(t, after, yearBefore(after) ?? undefined, SEASON, wordAt(t)!.value);
}

/** `vinteren 2010/2011`, `vinter 2011`: `vinter(en)(_af|_i)_YEAR[…/…YY]`; the second year must follow the first. */
function readWinter(t: number): Reading | null {
  const afterYear = yearAfterWord(t + 1);
  if (afterYear < 0) return null;
  let year = yearBefore(afterYear);
  const second = secondYear(afterYear);
  if (year !== null && second >= 0 && valueOf(second) % 100 !== (year + 1) % 100) year = null;
  return reading(t, second >= 0 ? second + 1 : afterYear, year ?? undefined, WINTER, second >= 0 ? 1 : 0);
}

/** `årsskiftet 2016/2017`, `årsskiftet 2009`: `årsskifte(t)_YEAR[…/…YY]` (the second year is not checked). */
function readTurn(t: number): Reading | null {
  if (!isSpace(t + 1)) return null;
  const afterYear = yearEnd(t + 2);
  if (afterYear < 0) return null;
  const year = yearBefore(afterYear);
  const second = secondYear(afterYear);
  // 2099's turn would end in 2100.
  return reading(t, second >= 0 ? second + 1 : afterYear, year === null || year === 2099 ? undefined : year, TURN, 0);
}

/** `uge 12 2010`, `uge 12, 2010`, `uge 12/2010`, `uge 12 i 2010`: ISO week. */
function readWeek(t: number): Reading | null {
  const n = skipSpace(t + 1);
  if (!isNumber(n, 1, 2)) return null;
  let after = -1;
  const separator = skipSpace(n + 1);
  if (isMark(separator, 44) || isMark(separator, 47) || isMark(separator, 45)) after = yearEnd(skipSpace(separator + 1));
  if (after < 0 && isSpace(n + 1)) {
    if (isWord(n + 2, 'i') && isSpace(n + 3)) after = yearEnd(n + 4);
    if (after < 0) after = yearEnd(n + 2);
  }
  if (after < 0) return null;
  return reading(t, after, yearBefore(after) ?? undefined, WEEK, valueOf(n));
}

/** `aug. 2016`, `Nov. 16`, `december 2016`, `august '16`: `MONTH…YEAR`. */
function readMonth(t: number): Reading | null {
  const afterMonth = monthEnd(t);
  if (afterMonth < 0) return null;
  const yearStart = skipSpace(afterMonth);
  const after = monthYearEnd(yearStart);
  if (after < 0) return null;
  const year = monthYear(yearStart, after, afterMonth === t + 2);
  return reading(t, after, year ?? undefined, MONTH, wordAt(t)!.value);
}

/** A month without a year: kept only in a range (`nov. – dec. 2008`) or a list (`jan./feb. 2013`). */
function readBareMonth(t: number): Reading | null {
  const after = monthEnd(t);
  return after < 0 ? null : reading(t, after, null, MONTH, wordAt(t)!.value);
}

/** primo / medio / ultimo without a year: likewise (`primo - medio 2017`, `primo/medio 2013`). */
function readBarePart(t: number): Reading | null {
  const after = partEnd(t);
  return after < 0 || wordGoesOn(after) ? null : reading(t, after, null, PART_OF_YEAR, wordAt(t)!.value);
}

type Reader = (t: number) => Reading | null;

// The readers, in the order their atoms win a tie (same place, same length). A
// reader that found an expression starts again only after it (see `Reading`): `from` holds
// where, per reader.
const ISO_DATE = 0;
const NUMERIC_DATE = 1;
const SLASH_DATE = 2;
const DAY_OF_MONTH = 3;
const PART_MONTH = 4;
const PART_YEAR = 5;
const QUARTER_OF = 6;
const HALF_OF = 7;
const SEASON_OF = 8;
const WINTER_OF = 9;
const TURN_OF = 10;
const WEEK_OF = 11;
const MONTH_YEAR = 12;
const BARE_MONTH = 13;
const BARE_PART = 14;
const from = new Int32Array(15);

/**
 * The atoms of the text being read, in the order found. No list until the first: most texts
 * have one atom or none, and a list grown by a push makes room for seventeen. `NO_ATOMS`
 * stands for none yet and is never written to.
 */
const NO_ATOMS: Atom[] = [];
let foundAtoms: Atom[] = NO_ATOMS;

/** Runs reader `r` at token `t` (at `index` in the text) unless an earlier find of it covers `index`. */
function tryReader(r: number, read: Reader, t: number, index: number): void {
  if (index < from[r]) return;
  const reading = read(t);
  if (reading === null) return;
  from[r] = reading.end;
  if (!isAtom(reading)) return;
  if (foundAtoms === NO_ATOMS) foundAtoms = [reading];
  else foundAtoms.push(reading);
}

/** Whether the last atom found starts at `index`. */
function foundAt(index: number): boolean {
  return foundAtoms.length > 0 && foundAtoms[foundAtoms.length - 1].index === index;
}

/** Runs the readers that can start at token `t`, a number or a calendar word starting at `index`. */
function readAt(t: number, index: number): void {
  if (kindAt(t) === NUMBER) {
    // A look at the next tokens first, so most numbers (counts, ids) call no reader.
    const next = kindAt(t + 1) === MARK ? valueOf(t + 1) : 0;
    const numeric = (next === 46 || next === 47 || next === 45) && kindAt(t + 2) === NUMBER && kindAt(t + 3) === MARK;
    if (lengthOf(t) === 4) {
      if (numeric) tryReader(ISO_DATE, readIsoDate, t, index);
      return;
    }
    if (numeric) {
      tryReader(NUMERIC_DATE, readNumericDate, t, index);
      tryReader(SLASH_DATE, readSlashDate, t, index);
    }
    const word = wordAt(skipSpace(next === 46 ? t + 2 : t + 1));
    if (word === undefined) return;
    if (word.kind === 'month' || word.kind === 'monthAbbreviation') tryReader(DAY_OF_MONTH, readDayOfMonth, t, index);
    else if (lengthOf(t) > 1) return;
    else if (word.kind === 'kvartal' || word.kind === 'kvt') tryReader(QUARTER_OF, readQuarter, t, index);
    else if (word.kind === 'half') tryReader(HALF_OF, readHalf, t, index);
    return;
  }
  // The yearless readers run only where a range or a list may be, and not where a dated
  // expression starts at the same word: that one is longer and wins anyway.
  switch (wordAt(t)!.kind) {
    case 'month':
    case 'monthAbbreviation':
      tryReader(MONTH_YEAR, readMonth, t, index);
      if (!foundAt(index) && mayRange()) tryReader(BARE_MONTH, readBareMonth, t, index);
      return;
    case 'part':
    case 'partHead':
      tryReader(PART_MONTH, readPartOfMonth, t, index);
      tryReader(PART_YEAR, readPartOfYear, t, index);
      if (!foundAt(index) && mayRange()) tryReader(BARE_PART, readBarePart, t, index);
      return;
    case 'q':
      tryReader(QUARTER_OF, readQuarter, t, index);
      return;
    case 'ordinal':
      tryReader(QUARTER_OF, readQuarter, t, index);
      tryReader(HALF_OF, readHalf, t, index);
      return;
    case 'later':
      tryReader(HALF_OF, readHalf, t, index);
      return;
    case 'season':
      tryReader(SEASON_OF, readSeason, t, index);
      return;
    case 'winter':
      tryReader(WINTER_OF, readWinter, t, index);
      return;
    case 'turn':
      tryReader(TURN_OF, readTurn, t, index);
      return;
    case 'week':
      tryReader(WEEK_OF, readWeek, t, index);
      return;
    default:
  }
}

/**
 * Whether an expression may start at `index`: not inside a word or number, nor, when it
 * starts with a digit, after `1.` or `1/` (the tail of a longer number; `ultimo 2012/primo
 * 2013` is a list).
 */
export function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  const prev = text.charCodeAt(index - 1);
  if (isWordCode(prev)) return false;
  if ((prev !== 46 /* . */ && prev !== 47) /* / */ || !isDigitCode(text.charCodeAt(index))) return true;
  return !(index >= 2 && isDigitCode(text.charCodeAt(index - 2)));
}

/** Every expression found, leftmost first; of overlapping ones the leftmost, then the longest wins. */
function atoms(text: string): Atom[] {
  tokenise(text);
  foundAtoms = NO_ATOMS;
  // A loop, not `fill`: a builtin's call costs more than the fifteen stores (SPEC §7).
  for (let r = 0; r < from.length; r++) from[r] = 0;
  const count = openingTokens();
  for (let k = 0; k < count; k++) {
    const t = openingToken(k);
    const index = startOf(t);
    if (startsWord(text, index)) readAt(t, index);
  }
  const found = foundAtoms;
  if (found.length < 2) return found;
  // A cell holds a handful of atoms, found nearly in order: insertion sort in place.
  for (let k = 1; k < found.length; k++) {
    const a = found[k];
    let at = k;
    for (; at > 0 && (found[at - 1].index - a.index || a.end - found[at - 1].end) > 0; at--) found[at] = found[at - 1];
    found[at] = a;
  }
  let kept = 0;
  let end = 0;
  for (const a of found) {
    if (a.index < end) continue;
    found[kept++] = a;
    end = a.end;
  }
  // Setting a list's length is a call into the runtime: only when atoms were dropped.
  if (kept < found.length) found.length = kept;
  return found;
}

/** Whether `text` holds `word` (lower case, a-z) at `at`, in any case, ending before `limit`. */
function holdsWord(text: string, at: number, word: string, limit: number): boolean {
  if (at + word.length > limit) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** The first character at or after `at` (before `limit`) that is no white space (regex `\s`). */
function skipSpaces(text: string, at: number, limit: number): number {
  while (at < limit && isRegexSpace(text.charCodeAt(at))) at++;
  return at;
}

/** Where a range's separator at `at` ends (a dash, `til`, `frem til`), or −1. */
function separatorEnd(text: string, at: number, limit: number): number {
  if (at >= limit) return -1;
  const c = text.charCodeAt(at);
  if (c === 45 || c === 0x2013 || c === 0x2014) return at + 1;
  if (holdsWord(text, at, 'frem', limit) && isRegexSpace(text.charCodeAt(at + 4))) {
    const til = skipSpaces(text, at + 4, limit);
    if (holdsWord(text, til, 'til', limit)) return til + 3;
  }
  return holdsWord(text, at, 'til', limit) ? at + 3 : -1;
}

/** Whether the text from `from` to `to` is a range's separator, with white space around it. */
function isRangeSeparator(text: string, from: number, to: number): boolean {
  const end = separatorEnd(text, skipSpaces(text, from, to), to);
  return end >= 0 && skipSpaces(text, end, to) === to;
}

/** Whether the text from `from` to `to` is a list's `/`, with white space around it. */
function isListSeparator(text: string, from: number, to: number): boolean {
  const slash = skipSpaces(text, from, to);
  return slash < to && text.charCodeAt(slash) === 47 && skipSpaces(text, slash + 1, to) === to;
}

/** After a dated expression at `at`: where a range to a bare year ends (`Sommer 2009 – 2010`), or −1. */
function bareYearEnd(text: string, at: number): number {
  const n = text.length;
  const separator = separatorEnd(text, skipSpaces(text, at, n), n);
  if (separator < 0) return -1;
  const year = skipSpaces(text, separator, n);
  for (let k = year; k < year + 4; k++) if (!isDigitCode(text.charCodeAt(k))) return -1;
  const next = text.charCodeAt(year + 4);
  if (isDigitCode(next)) return -1;
  // Not the start of a date (`– 2010.05`) or a longer number.
  if ((next === 46 || next === 47 || next === 45) && isDigitCode(text.charCodeAt(year + 5))) return -1;
  return year + 4;
}

/** The number the digits of `text` from `start` to `end` write. */
export function digitsValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let k = start; k < end; k++) value = value * 10 + text.charCodeAt(k) - 48;
  return value;
}

/** Whether `til` (or `frem til`, `og til`, `og frem til`) or a dash comes at `at`, after white space: an end after all. */
function closedAfter(text: string, at: number): boolean {
  const n = text.length;
  const k = skipSpaces(text, at, n);
  const c = text.charCodeAt(k);
  if (c === 45 || c === 0x2013 || c === 0x2014) return true;
  if (holdsWord(text, k, 'og', n) && isRegexSpace(text.charCodeAt(k + 2)) && tilAt(text, skipSpaces(text, k + 2, n))) return true;
  return tilAt(text, k);
}

/** `til` or `frem til` at `at`, as a whole word. */
function tilAt(text: string, at: number): boolean {
  const n = text.length;
  let til = at;
  if (holdsWord(text, at, 'frem', n) && isRegexSpace(text.charCodeAt(at + 4))) {
    til = skipSpaces(text, at + 4, n);
    if (holdsWord(text, til, 'til', n) && !continuesWord(text.charCodeAt(til + 3))) return true;
    til = at;
  }
  return holdsWord(text, til, 'til', n) && !continuesWord(text.charCodeAt(til + 3));
}

// Letters of Danish text (Latin-1 and Latin Extended-A/B) spelled out rather than `\p{L}`:
// the `u` flag that `\p{L}` needs makes every pattern about a third slower.
export const LETTER = String.raw`0-9A-Za-z\u00C0-\u024F`;
/** Where a word ends: no letter or digit follows. */
export const WORD_END = `(?![${LETTER}])`;

/** Before an expression: what makes it the start of an open-ended span (group 1). */
const OPEN_BEFORE = new RegExp(String.raw`(?:^|[^${LETTER}])((?:fra(?:\s+og\s+med)?|siden)\s+)$`, 'i');
/** After an expression: what makes it open-ended (`og frem`, `løber i hele perioden`). */
const OPEN_AFTER = new RegExp(
  String.raw`\s*,?\s*(?:og\s+)?(?:frem(?:ad|efter|over)?(?!\s+(?:til|mod)${WORD_END})|(?:løber|kører|fortsætter|varer|strækker\s+sig)\s+(?:i\s+|over\s+)?(?:hele|resten\s+af)\s+(?:plan|strategi)?perioden)${WORD_END}`,
  'iy',
);

/**
 * Reports the list joined by `/` that starts with the yearless atom `list[i]`: its yearless
 * parts take the year written after them (`primo/medio 2013`), and name it (`primo 2013`). Returns the index of the
 * last yearless part, so each atom is looked at once however long the list.
 */
function listParts(text: string, list: Atom[], i: number, found: MilestoneSink): number {
  let k = i;
  while (k + 1 < list.length && isListSeparator(text, list[k].end, list[k + 1].index)) {
    const year = list[k + 1].year;
    if (year !== null) {
      for (let j = i; j <= k; j++) {
        const covered = span(list[j], year);
        if (covered) found(list[j].index, list[j].end, covered.start, covered.due, false, year);
      }
      return k;
    }
    k++;
  }
  return k;
}

/**
 * Receives each dated expression: where it sits in the text, its first and due days as
 * `yyyymmdd`, whether it is open-ended (then `due` is its start expression's), and for a
 * yearless part of a list the year it takes (else 0), which its text names: a message or a
 * report saying `primo` alone would not tell when.
 */
type MilestoneSink = (index: number, end: number, start: number, due: number, open: boolean, listYear?: number) => void;

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
}

/** The lower-cased code (ASCII letters) of the first character at or after `at` that is not a space; 32 at the end. */
function nextCode(text: string, at: number): number {
  while (isSpaceCode(text.charCodeAt(at))) at++;
  return text.charCodeAt(at) | 32;
}

/** The lower-cased code (ASCII letters) of the last character before `at` that is not a space; -1 unless a space came first. */
function spacedCodeBefore(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && isSpaceCode(text.charCodeAt(k))) k--;
  return k === at - 1 || k < 0 ? -1 : text.charCodeAt(k) | 32;
}

/**
 * Reports a single dated atom, open-ended when the words around it say so. The looks
 * further run only after one at the letters next to the atom (`after`: see `nextCode`):
 * they are tried for every milestone.
 */
function single(text: string, a: Atom, covered: Span, after: number, found: MilestoneSink): void {
  let from = a.index;
  let to = a.end;
  let open = false;
  // `,` `og` `frem…` `løber` `kører` `fortsætter` `varer` `strækker sig`
  if (after === 44 || after === 111 || after === 102 || after === 108 || after === 107 || after === 118 || after === 115) {
    OPEN_AFTER.lastIndex = a.end;
    if (OPEN_AFTER.test(text)) {
      open = true;
      to = OPEN_AFTER.lastIndex;
    }
  }
  // `fra`, `fra og med`, `siden`
  const before = spacedCodeBefore(text, a.index);
  if (before === 97 || before === 100 || before === 110) {
    const opener = closedAfter(text, a.end) ? null : OPEN_BEFORE.exec(text.slice(Math.max(0, a.index - 16), a.index));
    if (opener) {
      open = true;
      from = a.index - opener[1].length;
    }
  }
  found(from, to, covered.start, covered.due, open);
}

/** Made once: a regex literal in a function is a new object each time it is reached. */
const DIGIT = /\d/;

/**
 * Reports every dated milestone in `text`, in order, without building objects. Never
 * throws; text without a dated expression (including `?`, '' and non-strings) reports nothing.
 */
function scanMilestones(text: string, found: MilestoneSink): void {
  // Every dated expression has a digit: most prose cells are dismissed without a scan.
  if (typeof text !== 'string' || !DIGIT.test(text)) return;
  const list = atoms(text);
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    if (b && b.year !== null && b.index - a.end <= 12 && isRangeSeparator(text, a.end, b.index)) {
      const second = span(b, b.year);
      let year = a.year;
      if (year === null && second) {
        year = b.year;
        const first = span(a, year);
        if (first && first.start > second.start) year -= 1;
      }
      const first = year !== null && validYear(year) ? span(a, year) : null;
      if (first && second && first.start <= second.due) {
        found(a.index, b.end, first.start, second.due, false);
        i++;
        continue;
      }
    }
    if (a.year === null) {
      i = listParts(text, list, i, found);
      continue;
    }
    const covered = span(a, a.year);
    if (!covered) continue;
    // `after`, the character after the atom, tells which of the phrases below can follow.
    const after = nextCode(text, a.end);
    // A dash, or `til` / `frem til` (`-` | 32 is itself; en and em dash are above 0x2000).
    const bare = after === 45 || after === 116 || after === 102 || after > 0x2000 ? bareYearEnd(text, a.end) : -1;
    if (bare >= 0 && (!b || b.index >= bare)) {
      const year = digitsValue(text, bare - 4, bare);
      const last = year > a.year && validYear(year) ? span(a, year) : null;
      if (last) {
        found(a.index, bare, covered.start, last.due, false);
        continue;
      }
    }
    single(text, a, covered, after, found);
  }
}

/**
 * The milestones being gathered from `gatheredText`. The first is kept as its place and days
 * until a second comes: most texts have one at most, so its list is built at its size (the
 * overview keeps one list per delivery cell, SPEC §7 memory), or not at all where a list of
 * the same milestone can be shared (see `cellMilestoneLists`). Module state rather than an
 * object per text: parsing is synchronous and never re-entered, and no text then allocates
 * a gatherer.
 */
let gatheredText = '';
let firstIndex = -1;
let firstEnd = 0;
let firstStart = 0;
let firstDue = 0;
let firstOpen = false;
let firstListYear = 0;
let more: Milestone[] | null = null;

function milestone(index: number, end: number, start: number, due: number, open: boolean, listYear = 0): Milestone {
  const words = gatheredText.slice(index, end);
  const m: Milestone = { text: listYear === 0 ? words : `${words} ${listYear}`, start: isoDay(start), due: isoDay(due), year: Math.floor(due / 10000) };
  if (open) m.open = true;
  return m;
}

function gather(index: number, end: number, start: number, due: number, open: boolean, listYear = 0): void {
  if (firstIndex >= 0) {
    (more ??= []).push(milestone(index, end, start, due, open, listYear));
    return;
  }
  firstIndex = index;
  firstEnd = end;
  firstStart = start;
  firstDue = due;
  firstOpen = open;
  firstListYear = listYear;
}

function gatherFrom(text: string): void {
  gatheredText = text;
  firstIndex = -1;
  more = null;
  scanMilestones(text, gather);
}

/** The milestones gathered, as a list of their own; at least one was found. */
function gathered(): Milestone[] {
  const first = milestone(firstIndex, firstEnd, firstStart, firstDue, firstOpen, firstListYear);
  return more === null ? [first] : [first, ...more];
}

/**
 * Every dated milestone in `text`, in order. Never throws; text without a dated
 * expression (including `?`, '' and non-strings) gives an empty list.
 */
export function parseMilestones(text: string): Milestone[] {
  gatherFrom(text);
  return firstIndex < 0 ? [] : gathered();
}

/** Shared by every delivery cell without a dated milestone, so prose keeps no list of its own (SPEC §7 memory). */
const NO_MILESTONES: readonly Milestone[] = Object.freeze([]);

/** The milestones of a delivery cell: its date when the cell held one (ISO), else those in its text. */
export function cellMilestones(text: string, date?: string): readonly Milestone[] {
  if (date !== undefined) return [{ text, start: date, due: date, year: Number(date.slice(0, 4)) }];
  gatherFrom(text);
  return firstIndex < 0 ? NO_MILESTONES : gathered();
}

/** A list of one milestone handed out by `cellMilestoneLists`, with the days it was read from. */
interface SharedList {
  due: number;
  open: boolean;
  list: readonly Milestone[];
}

/**
 * `cellMilestones` of texts without a date, handing out one list for every text whose only
 * milestone is the same expression (same words, same days): the overview keeps each cell's
 * list to the end (SPEC §7 memory), and a column names its few expressions (`ultimo 2017`)
 * again and again even where no two texts are alike (`ultimo 2017, jf. aftalen af 3. maj`).
 * A list is looked up by the day its milestone starts, a number, and its words compared in
 * place in the text, so a text that shares one builds nothing. Lists of several milestones
 * are built each time: they rarely repeat. Past `limit` lists it stops remembering new ones.
 */
export function cellMilestoneLists(limit = 4096): (text: string) => readonly Milestone[] {
  const byStart = new Map<number, SharedList[]>();
  let size = 0;
  return (text) => {
    gatherFrom(text);
    if (firstIndex < 0) return NO_MILESTONES;
    if (more !== null || firstListYear !== 0) return gathered();
    const known = byStart.get(firstStart);
    if (known !== undefined) {
      for (const shared of known) if (isFirstGathered(shared)) return shared.list;
    }
    const list = [milestone(firstIndex, firstEnd, firstStart, firstDue, firstOpen)];
    if (size < limit) {
      size++;
      const shared = { due: firstDue, open: firstOpen, list };
      if (known === undefined) byStart.set(firstStart, [shared]);
      else known.push(shared);
    }
    return list;
  };
}

/**
 * Whether `shared` holds the milestone gathered first (its start is known to agree): same
 * days, same words. Compared by a loop: a few characters, where `startsWith` is a builtin's call.
 */
function isFirstGathered(shared: SharedList): boolean {
  const words = shared.list[0].text;
  if (shared.due !== firstDue || shared.open !== firstOpen || words.length !== firstEnd - firstIndex) return false;
  for (let k = 0; k < words.length; k++) if (words.charCodeAt(k) !== gatheredText.charCodeAt(firstIndex + k)) return false;
  return true;
}
