/**
 * Danish time expressions with a year, as written in the delivery cells of the plans:
 * `primo 2019`, `3. kvartal 2009`, `2. halvår 2019`, `efteråret 2009`, `aug. 2016`,
 * `Nov. 16`, `01.07.09`, `6. april 2010`, and ranges of two of them joined by a dash or
 * `til` (`Nov. 16 - aug. 17`, `01.07.09–31.12.09`, `primo 2016-medio 2017`).
 *
 * Decisions:
 * - A bare year is prose, not a milestone (`frem mod 2019`, `i 2018`), and so is a year
 *   span (`2017/2018`, `2017-2018`, `2011 - 2015`): they name no point in time and would
 *   only produce false timeline warnings.
 * - Years outside 1990–2099 are typos (`ultimo 20018`) and give nothing.
 * - Two-digit years only after a month abbreviation with its dot (`Nov. 16`) and in
 *   numeric dates (`01.07.09`): elsewhere a two-digit number is usually a count.
 * - In a range the first part may lack its year (`nov. – dec. 2008`, `jan. – jun. 2009`);
 *   it takes the year of the second part (the year before when it would start later).
 * - `årsskiftet 2016/2017` (or `årsskiftet 2016`) is the turn of the year: it starts on
 *   31 December and is due on 1 January, so it lies in both years.
 * - Words around an expression (`Senest`, `fra`, `ca.`) are not part of the match.
 */


export interface Milestone {
  /** The matched substring. */
  text: string;
  /** ISO `YYYY-MM-DD`: the first day the expression covers. */
  start: string;
  /** ISO `YYYY-MM-DD`: the day it is due (the last day it covers). */
  due: string;
  /** Year of `due`. */
  year: number;
}

/** What an expression covers: its first and its due day, each as the number `yyyymmdd`. */
interface Span {
  start: number;
  due: number;
}

function dayNumber(y: number, m: number, d: number): number {
  return (y * 100 + m) * 100 + d;
}

/**
 * An expression found in the text: its year (null when it has none) and the pattern and
 * match that give what it covers in a year, so a yearless range start can borrow one.
 */
interface Atom {
  index: number;
  end: number;
  year: number | null;
  pattern: Pattern;
  m: RegExpExecArray;
}

const MONTHS: readonly string[][] = [
  ['januar', 'jan'],
  ['februar', 'feb'],
  ['marts', 'mar', 'mart'],
  ['april', 'apr'],
  ['maj'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt'],
  ['november', 'nov'],
  ['december', 'dec'],
];

// Letters of Danish text (Latin-1 and Latin Extended-A/B) spelled out rather than `\p{L}`:
// the `u` flag that `\p{L}` needs makes every pattern about a third slower (SPEC §7 budget).
const A = String.raw`(?![0-9A-Za-z\u00C0-\u024F])`;
const FULL = MONTHS.map((m) => m[0]).join('|');
const ABBR = MONTHS.flatMap((m) => m.slice(1)).sort((a, b) => b.length - a.length).join('|');
/** Group 1: full name; group 2: abbreviation followed by a dot; group 3: abbreviation without one. */
const MONTH = String.raw`(?:(${FULL})${A}|(${ABBR})\.|(${ABBR})${A})`;
const YEAR4 = String.raw`(\d{4})(?!\d)`;
const YEAR = String.raw`'?(\d{4}|\d{2})(?!\d)`;
const PART = '(primo|medio|ultimo)';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Due dates are few (quarter, half-year and month ends): one string each, shared. */
const ISO = new Map<number, string>();

/** The ISO `YYYY-MM-DD` of a `yyyymmdd` day number. */
export function isoDay(day: number): string {
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

function validYear(y: number): boolean {
  return y >= 1990 && y <= 2099;
}

/** A 4-digit year as written; a 2-digit one in 1990–2089. Null outside 1990–2099. */
function toYear(text: string | undefined): number | null {
  if (text === undefined) return null;
  let y = Number(text);
  if (text.length === 2) y += y >= 90 ? 1900 : 2000;
  else if (text.length !== 4) return null;
  return validYear(y) ? y : null;
}

function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((names) => names.includes(w)) + 1;
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
function partOfYear(part: string, year: number): Span {
  const p = part.toLowerCase();
  return p === 'primo' ? wholeMonths(year, 1, 4) : p === 'medio' ? wholeMonths(year, 5, 8) : wholeMonths(year, 9, 12);
}

/** primo / medio / ultimo of a month: days 1–10, 11–20, 21–last. */
function partOfMonth(part: string, year: number, month: number): Span {
  const p = part.toLowerCase();
  const [from, to] = p === 'primo' ? [1, 10] : p === 'medio' ? [11, 20] : [21, lastDay(year, month)];
  return { start: dayNumber(year, month, from), due: dayNumber(year, month, to) };
}

const QUARTER: Record<string, number> = { første: 1, andet: 2, tredje: 3, fjerde: 4 };

/** The keyword a pattern cannot match without; see `KEYWORDS`. */
type Keyword = 'month' | 'part' | 'quarter' | 'half' | 'season' | 'turn' | 'numeric';

/**
 * `year` reads the match's year (null: none written; undefined: not an expression after
 * all), `span` what the match covers in a given year. Two functions rather than a closure
 * per match: the reader parses every delivery cell (SPEC §7 budget).
 */
interface Pattern {
  /** The keywords it cannot match without, all of them, as a mask (see `need`). */
  needs: number;
  /** A pattern without a year, which only counts as the start of a range. */
  rangeStart?: true;
  re: RegExp;
  year: (m: RegExpExecArray) => number | null | undefined;
  span: (m: RegExpExecArray, year: number) => Span | null;
}

function monthOf(m: RegExpExecArray, at: number): number {
  return monthNumber(m[at] ?? m[at + 1] ?? m[at + 2]);
}

/** Year of a month expression: two digits only after an abbreviation with its dot (group `at + 1`). */
function monthYear(m: RegExpExecArray, at: number, yearText: string): number | null {
  if (yearText.length === 2 && m[at + 1] === undefined) return null;
  return toYear(yearText);
}

/** The bit of each keyword in the mask `keywords` returns. */
const KEYWORD_BIT: Record<Keyword, number> = { month: 1, part: 2, quarter: 4, half: 8, season: 16, turn: 32, numeric: 64 };

function need(...words: Keyword[]): number {
  return words.reduce((mask, k) => mask | KEYWORD_BIT[k], 0);
}

const PATTERNS: Pattern[] = [
  {
    // 2019-05-25
    needs: need('numeric'),
    re: new RegExp(String.raw`(\d{4})-(\d{1,2})-(\d{1,2})${A}`, 'g'),
    year: (m) => toYear(m[1]) ?? undefined,
    span: (m, yy) => day(yy, Number(m[2]), Number(m[3])),
  },
  {
    // 01.07.09, 25.05.2018, 25-05-2018, 25/05/2018 (dash and slash only with four-digit years)
    needs: need('numeric'),
    re: new RegExp(String.raw`(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[./]\d)`, 'g'),
    year: (m) => (m[2] !== '.' && m[4].length !== 4 ? undefined : toYear(m[4]) ?? undefined),
    span: (m, yy) => day(yy, Number(m[3]), Number(m[1])),
  },
  {
    // 25. maj 2018, 6. april 2010, 1. aug. 2017
    needs: need('month'),
    re: new RegExp(String.raw`(\d{1,2})\.?\s*${MONTH}\s*${YEAR}`, 'gi'),
    year: (m) => monthYear(m, 2, m[5]) ?? undefined,
    span: (m, yy) => day(yy, monthOf(m, 2), Number(m[1])),
  },
  {
    // ultimo august 2011
    needs: need('part', 'month'),
    re: new RegExp(String.raw`${PART}\s+${MONTH}\s*${YEAR}`, 'gi'),
    year: (m) => monthYear(m, 2, m[5]) ?? undefined,
    span: (m, yy) => partOfMonth(m[1], yy, monthOf(m, 2)),
  },
  {
    // primo 2019, Medio 2009
    needs: need('part'),
    re: new RegExp(String.raw`${PART}\s+(?:(?:af|i)\s+)?${YEAR4}`, 'gi'),
    year: (m) => toYear(m[2]) ?? undefined,
    span: (m, yy) => partOfYear(m[1], yy),
  },
  {
    // 1. kvartal 2019, 3. Kvartal 2009, fjerde kvartal 2016, Q4 2016
    needs: need('quarter'),
    re: new RegExp(
      String.raw`(?:([1-4])\.?\s*kvartal|(første|andet|tredje|fjerde)\s+kvartal|q([1-4]))(?:\s+(?:af|i))?\s*${YEAR4}`,
      'gi',
    ),
    year: (m) => toYear(m[4]) ?? undefined,
    span: (m, yy) => {
      const q = m[1] ? Number(m[1]) : m[2] ? QUARTER[m[2].toLowerCase()] : Number(m[3]);
      return wholeMonths(yy, 3 * q - 2, 3 * q);
    },
  },
  {
    // 2. halvår 2019, andet halvår af 2018, sidste halvdel af 2011
    needs: need('half'),
    re: new RegExp(
      String.raw`(?:([12])\.?\s*|(første|andet|anden|sidste)\s+)halv(?:år|del)(?:et|en)?(?:\s+(?:af|i))?\s+${YEAR4}`,
      'gi',
    ),
    year: (m) => toYear(m[3]) ?? undefined,
    span: (m, yy) => {
      const h = m[1] ? Number(m[1]) : m[2].toLowerCase() === 'første' ? 1 : 2;
      return h === 1 ? wholeMonths(yy, 1, 6) : wholeMonths(yy, 7, 12);
    },
  },
  {
    // foråret 2009 (Mar–Jun), sommer 2009 (Jun–Aug), efteråret 2009 (Sep–Dec)
    needs: need('season'),
    re: new RegExp(String.raw`(forår|sommer|efterår)(?:et|en)?(?:\s+(?:af|i))?\s+${YEAR4}`, 'gi'),
    year: (m) => toYear(m[2]) ?? undefined,
    span: (m, yy) => {
      const season = m[1].toLowerCase();
      const [first, last] = season === 'forår' ? [3, 6] : season === 'sommer' ? [6, 8] : [9, 12];
      return wholeMonths(yy, first, last);
    },
  },
  {
    // årsskiftet 2016/2017, årsskiftet 2009
    needs: need('turn'),
    re: new RegExp(String.raw`årsskiftet?\s+${YEAR4}(?:\s*/\s*(\d{4}|\d{2})(?!\d))?`, 'gi'),
    year: (m) => {
      const y = toYear(m[1]);
      return y === null || y === 2099 ? undefined : y;
    },
    span: (_m, yy) => ({ start: dayNumber(yy, 12, 31), due: dayNumber(yy + 1, 1, 1) }),
  },
  {
    // aug. 2016, Nov. 16, december 2016
    needs: need('month'),
    re: new RegExp(String.raw`${MONTH}\s*${YEAR}`, 'gi'),
    year: (m) => monthYear(m, 1, m[4]) ?? undefined,
    span: (m, yy) => {
      const month = monthOf(m, 1);
      return wholeMonths(yy, month, month);
    },
  },
  {
    // A month without a year: kept only as the first part of a range (`nov. – dec. 2008`).
    needs: need('month'),
    rangeStart: true,
    re: new RegExp(String.raw`${MONTH}`, 'gi'),
    year: () => null,
    span: (m, yy) => {
      const month = monthOf(m, 1);
      return wholeMonths(yy, month, month);
    },
  },
  {
    // primo / medio / ultimo without a year: likewise only as a range start (`primo - medio 2017`).
    needs: need('part'),
    rangeStart: true,
    re: new RegExp(String.raw`${PART}${A}`, 'gi'),
    year: () => null,
    span: (m, yy) => partOfYear(m[1], yy),
  },
];

const RANGE_SEPARATOR = /^\s*(?:-|–|—|til)\s*$/i;
/** Text without any of these has no range, so patterns that only start one need not run. */
const RANGE_HINT = /[-–—]|til/i;

/** Whether a UTF-16 code is a digit or a Danish letter (Latin-1 and Latin Extended-A/B). */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

/**
 * Whether an expression may start at `index`: not inside a word or number, nor after
 * `1.` or `1/` (the tail of a longer number). Checked here rather than as a regex
 * lookbehind, which would make every pattern try every position (four times slower).
 */
function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  const prev = text.charCodeAt(index - 1);
  if (isWordCode(prev)) return false;
  if (prev !== 46 /* . */ && prev !== 47 /* / */) return true;
  const before = index >= 2 ? text.charCodeAt(index - 2) : -1;
  return !(before >= 48 && before <= 57);
}

/**
 * A cheap look for the words the patterns hinge on, so a cell runs only the patterns
 * that can match: the full set on every cell costs several times more (SPEC §7 budget).
 * One `test` per keyword builds nothing, where one scan with a group per keyword built a
 * match for every word found.
 */
const KEYWORDS: readonly (readonly [number, RegExp])[] = [
  [KEYWORD_BIT.month, /jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec/i],
  [KEYWORD_BIT.part, /primo|medio|ultimo/i],
  [KEYWORD_BIT.quarter, /kvartal|q[1-4]/i],
  [KEYWORD_BIT.half, /halv/i],
  [KEYWORD_BIT.season, /forår|sommer|efterår/i],
  [KEYWORD_BIT.turn, /årsskift/i],
  [KEYWORD_BIT.numeric, /\d[./-]\d/],
];

/** The keywords present, as a bit mask (a Set per cell cost more than the look). */
function keywords(text: string): number {
  let present = 0;
  for (const [bit, re] of KEYWORDS) if (re.test(text)) present |= bit;
  return present;
}

/** The patterns that can match, per keyword mask and whether a range may be written; built as met. */
const APPLICABLE: Pattern[][] = [];

function patternsFor(present: number, ranged: boolean): Pattern[] {
  const at = present | (ranged ? 128 : 0);
  return (APPLICABLE[at] ??= PATTERNS.filter((p) => (present & p.needs) === p.needs && (ranged || !p.rangeStart)));
}

/** Every expression found, leftmost first; of overlapping ones the leftmost, then the longest wins. */
function atoms(text: string): Atom[] {
  const found: Atom[] = [];
  for (const pattern of patternsFor(keywords(text), RANGE_HINT.test(text))) {
    const re = pattern.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!startsWord(text, m.index)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      const year = pattern.year(m);
      if (year !== undefined) found.push({ index: m.index, end: m.index + m[0].length, year, pattern, m });
    }
  }
  if (found.length < 2) return found;
  // A cell holds a handful of atoms: insertion sort in place, where `Array.sort` set up
  // work space of its own each time, a fifth of all the reader allocated (SPEC §7 budget).
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
  found.length = kept;
  return found;
}

function span(a: Atom, year: number): Span | null {
  return a.pattern.span(a.m, year);
}

/** A day as the number `yyyymmdd`, the form `scanMilestones` reports. */
function dayKey(text: string): number {
  return Number(text.slice(0, 4)) * 10000 + Number(text.slice(5, 7)) * 100 + Number(text.slice(8, 10));
}

/** Receives each dated expression: where it sits in the text, and its first and due days as `yyyymmdd`. */
export type MilestoneSink = (index: number, end: number, start: number, due: number) => void;

/**
 * Reports every dated milestone in `text`, in order, without building objects: the reader
 * keeps them as numbers (SPEC §7 budget). Never throws; text without a dated expression
 * (including `?`, '' and non-strings) reports nothing.
 */
export function scanMilestones(text: string, found: MilestoneSink): void {
  // Every dated expression has a digit: most prose cells are dismissed without a scan.
  if (typeof text !== 'string' || !/\d/.test(text)) return;
  const list = atoms(text);
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    if (b && b.year !== null && b.index - a.end <= 8 && RANGE_SEPARATOR.test(text.slice(a.end, b.index))) {
      const second = span(b, b.year);
      let year = a.year;
      if (year === null && second) {
        year = b.year;
        const first = span(a, year);
        if (first && first.start > second.start) year -= 1;
      }
      const first = year !== null && validYear(year) ? span(a, year) : null;
      if (first && second && first.start <= second.due) {
        found(a.index, b.end, first.start, second.due);
        i++;
        continue;
      }
    }
    if (a.year === null) continue;
    const covered = span(a, a.year);
    if (covered) found(a.index, a.end, covered.start, covered.due);
  }
}

/**
 * Every dated milestone in `text`, in order. Never throws; text without a dated
 * expression (including `?`, '' and non-strings) gives an empty list.
 */
export function parseMilestones(text: string): Milestone[] {
  const out: Milestone[] = [];
  scanMilestones(text, (index, end, start, due) =>
    out.push({ text: text.slice(index, end), start: isoDay(start), due: isoDay(due), year: Math.floor(due / 10000) }),
  );
  return out;
}

/** Reports the milestones of a delivery cell: its date when the cell held one (ISO), else those in its text. */
export function scanCellMilestones(text: string, date: string | undefined, found: MilestoneSink): void {
  if (date === undefined) scanMilestones(text, found);
  else found(0, text.length, dayKey(date), dayKey(date));
}

/** The milestones of a delivery cell, as `scanCellMilestones` reports them. */
export function cellMilestones(text: string, date?: string): Milestone[] {
  return date === undefined ? parseMilestones(text) : [{ text, start: date, due: date, year: Number(date.slice(0, 4)) }];
}

/** The year of an ISO `YYYY-MM-DD` day, read without building a string (rules ask for every milestone). */
export function isoYear(day: string): number {
  let year = 0;
  for (let k = 0; k < 4; k++) year = year * 10 + (day.charCodeAt(k) - 48);
  return year;
}

/** Whether a milestone (or a dated cell, `{start: date, due: date}`) touches `year`. */
export function milestoneInYear(m: { start: string; due: string }, year: number): boolean {
  return isoYear(m.start) <= year && year <= isoYear(m.due);
}
