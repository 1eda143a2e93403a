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
const LETTER = String.raw`0-9A-Za-z\u00C0-\u024F`;
const A = `(?![${LETTER}])`;
const FULL = MONTHS.map((m) => m[0]).join('|');
const ABBR = MONTHS.flatMap((m) => m.slice(1)).sort((a, b) => b.length - a.length).join('|');
/** Group 1: full name; group 2: abbreviation followed by a dot; group 3: abbreviation without one. */
const MONTH = String.raw`(?:(${FULL})${A}|(${ABBR})\.|(${ABBR})${A})`;
/** The apostrophes planners put before a two-digit year (`'12`). */
const APOSTROPHE = "'’´";
/** A year after a month: four digits, or two (checked in `monthYear`), maybe after an apostrophe. */
const YEAR = String.raw`([${APOSTROPHE}]?(?:\d{4}|\d{2}))(?!\d)`;
/** A year elsewhere: four digits, or two after an apostrophe. */
const YEARN = String.raw`(\d{4}|[${APOSTROPHE}]\d{2})(?!\d)`;
/** primo / medio / ultimo and the phrases read as them; see `partOf`. */
const PART = String.raw`(primo|medio|ultimo|(?:begyndelsen|starten|midten|slutningen|udgangen)\s+af)`;

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

function validYear(y: number): boolean {
  return y >= 1990 && y <= 2099;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A 4-digit year as written; a 2-digit one (`16`, `'16`) in 1990–2089. Null outside 1990–2099. */
function toYear(text: string | undefined): number | null {
  if (text === undefined) return null;
  const digits = isDigitCode(text.charCodeAt(0)) ? text : text.slice(1);
  let y = Number(digits);
  if (digits.length === 2) y += y >= 90 ? 1900 : 2000;
  else if (digits.length !== 4) return null;
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

const PRIMO = 0;
const MEDIO = 1;
const ULTIMO = 2;
/** `udgangen af`: the last day only. */
const END = 3;

/** Which part a PART word names, told by its first two letters. */
function partOf(word: string): number {
  switch (word.slice(0, 2).toLowerCase()) {
    case 'pr':
    case 'be':
    case 'st':
      return PRIMO;
    case 'me':
    case 'mi':
      return MEDIO;
    case 'ud':
      return END;
    default:
      return ULTIMO;
  }
}

/** primo / medio / ultimo of a year: Jan–Apr, May–Aug, Sep–Dec (due 30 April, 31 August, 31 December). */
function partOfYear(word: string, year: number): Span {
  const part = partOf(word);
  if (part === END) return { start: dayNumber(year, 12, 31), due: dayNumber(year, 12, 31) };
  return part === PRIMO ? wholeMonths(year, 1, 4) : part === MEDIO ? wholeMonths(year, 5, 8) : wholeMonths(year, 9, 12);
}

/** primo / medio / ultimo of a month: days 1–10, 11–20, 21–last. */
function partOfMonth(word: string, year: number, month: number): Span {
  const part = partOf(word);
  const last = lastDay(year, month);
  const [from, to] = part === PRIMO ? [1, 10] : part === MEDIO ? [11, 20] : part === ULTIMO ? [21, last] : [last, last];
  return { start: dayNumber(year, month, from), due: dayNumber(year, month, to) };
}

const QUARTER: Record<string, number> = { første: 1, andet: 2, tredje: 3, fjerde: 4 };

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

/** The keyword a pattern cannot match without; see `KEYWORDS`. */
type Keyword = 'month' | 'part' | 'quarter' | 'half' | 'season' | 'turn' | 'numeric' | 'week';

/**
 * `year` reads the match's year (null: none written; undefined: not an expression after
 * all), `span` what the match covers in a given year. Two functions rather than a closure
 * per match: the reader parses every delivery cell (SPEC §7 budget).
 */
interface Pattern {
  /** The keywords it cannot match without, all of them, as a mask (see `need`). */
  needs: number;
  /** A pattern without a year, which only counts in a range or a list. */
  rangeStart?: true;
  re: RegExp;
  year: (m: RegExpExecArray) => number | null | undefined;
  span: (m: RegExpExecArray, year: number) => Span | null;
}

function monthOf(m: RegExpExecArray, at: number): number {
  return monthNumber(m[at] ?? m[at + 1] ?? m[at + 2]);
}

/** Year of a month expression: two bare digits only after an abbreviation with its dot (group `at + 1`). */
function monthYear(m: RegExpExecArray, at: number, yearText: string): number | null {
  if (yearText.length === 2 && m[at + 1] === undefined) return null;
  return toYear(yearText);
}

/** The bit of each keyword in the mask `keywords` returns. */
const KEYWORD_BIT: Record<Keyword, number> = { month: 1, part: 2, quarter: 4, half: 8, season: 16, turn: 32, numeric: 64, week: 128 };
/** Set in the mask `patternsFor` takes when the text may hold a range or a list. */
const RANGED_BIT = 256;

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
    // 1/7-2012
    needs: need('numeric'),
    re: /(\d{1,2})\/(\d{1,2})-(\d{4})(?!\d|[./-]\d)/g,
    year: (m) => toYear(m[3]) ?? undefined,
    span: (m, yy) => day(yy, Number(m[2]), Number(m[1])),
  },
  {
    // 25. maj 2018, 6. april 2010, 1. aug. 2017
    needs: need('month'),
    re: new RegExp(String.raw`(\d{1,2})\.?\s*${MONTH}\s*${YEAR}`, 'gi'),
    year: (m) => monthYear(m, 2, m[5]) ?? undefined,
    span: (m, yy) => day(yy, monthOf(m, 2), Number(m[1])),
  },
  {
    // ultimo august 2011, i begyndelsen af juni 2012, udgangen af juni 2012
    needs: need('part', 'month'),
    re: new RegExp(String.raw`${PART}\s+${MONTH}\s*${YEAR}`, 'gi'),
    year: (m) => monthYear(m, 2, m[5]) ?? undefined,
    span: (m, yy) => partOfMonth(m[1], yy, monthOf(m, 2)),
  },
  {
    // primo 2019, Medio 2009, slutningen af 2012, ved udgangen af 2011
    needs: need('part'),
    re: new RegExp(String.raw`${PART}\s+(?:(?:af|i)\s+)?${YEARN}`, 'gi'),
    year: (m) => toYear(m[2]) ?? undefined,
    span: (m, yy) => partOfYear(m[1], yy),
  },
  {
    // 1. kvartal 2019, 3. Kvartal 2009, 3. kvt. 2012, fjerde kvartal 2016, Q4 2016
    needs: need('quarter'),
    re: new RegExp(
      String.raw`(?:([1-4])\.?\s*(?:kvartal|kvt\.|kvt${A})|(første|andet|tredje|fjerde)\s+kvartal|q([1-4]))(?:\s+(?:af|i))?\s*${YEARN}`,
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
      String.raw`(?:([12])\.?\s*|(første|andet|anden|sidste)\s+)halv(?:år|del)(?:et|en)?(?:\s+(?:af|i))?\s+${YEARN}`,
      'gi',
    ),
    year: (m) => toYear(m[3]) ?? undefined,
    span: (m, yy) => {
      const h = m[1] ? Number(m[1]) : m[2].toLowerCase() === 'første' ? 1 : 2;
      return h === 1 ? wholeMonths(yy, 1, 6) : wholeMonths(yy, 7, 12);
    },
  },
  {
    // foråret 2009 (Mar–May), sommer 2009 (Jun–Aug), efteråret '12 (Sep–Nov)
    needs: need('season'),
    re: new RegExp(String.raw`(forår|sommer|efterår)(?:et|en)?(?:\s+(?:af|i))?\s+${YEARN}`, 'gi'),
    year: (m) => toYear(m[2]) ?? undefined,
    span: (m, yy) => {
      const season = m[1].toLowerCase();
      return season === 'forår' ? wholeMonths(yy, 3, 5) : season === 'sommer' ? wholeMonths(yy, 6, 8) : wholeMonths(yy, 9, 11);
    },
  },
  {
    // vinteren 2010/2011 (Dec 2010–Feb 2011), vinter 2011 (Dec 2010–Feb 2011)
    needs: need('season'),
    re: new RegExp(String.raw`vinter(?:en)?(?:\s+(?:af|i))?\s+${YEARN}(?:\s*/\s*(\d{4}|\d{2})(?!\d))?`, 'gi'),
    year: (m) => {
      const y = toYear(m[1]);
      if (y === null || (m[2] !== undefined && Number(m[2]) % 100 !== (y + 1) % 100)) return undefined;
      return y;
    },
    span: (m, yy) => {
      const first = m[2] === undefined ? yy - 1 : yy;
      return { start: dayNumber(first, 12, 1), due: dayNumber(first + 1, 2, lastDay(first + 1, 2)) };
    },
  },
  {
    // årsskiftet 2016/2017, årsskiftet 2009
    needs: need('turn'),
    re: new RegExp(String.raw`årsskiftet?\s+${YEARN}(?:\s*/\s*(\d{4}|\d{2})(?!\d))?`, 'gi'),
    year: (m) => {
      const y = toYear(m[1]);
      return y === null || y === 2099 ? undefined : y;
    },
    span: (_m, yy) => ({ start: dayNumber(yy, 12, 31), due: dayNumber(yy + 1, 1, 1) }),
  },
  {
    // uge 12 2010, uge 12, 2010, uge 12/2010 (Monday to Sunday of the ISO week)
    needs: need('week'),
    re: new RegExp(String.raw`uge\s*(\d{1,2})(?:\s*[,/-]\s*|\s+(?:i\s+)?)${YEARN}`, 'gi'),
    year: (m) => toYear(m[2]) ?? undefined,
    span: (m, yy) => isoWeek(yy, Number(m[1])),
  },
  {
    // aug. 2016, Nov. 16, december 2016, august '16
    needs: need('month'),
    re: new RegExp(String.raw`${MONTH}\s*${YEAR}`, 'gi'),
    year: (m) => monthYear(m, 1, m[4]) ?? undefined,
    span: (m, yy) => {
      const month = monthOf(m, 1);
      return wholeMonths(yy, month, month);
    },
  },
  {
    // A month without a year: kept only in a range (`nov. – dec. 2008`) or a list (`jan./feb. 2013`).
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
    // primo / medio / ultimo without a year: likewise (`primo - medio 2017`, `primo/medio 2013`).
    needs: need('part'),
    rangeStart: true,
    re: new RegExp(String.raw`${PART}${A}`, 'gi'),
    year: () => null,
    span: (m, yy) => partOfYear(m[1], yy),
  },
];

const RANGE_SEPARATOR = /^\s*(?:-|–|—|(?:frem\s+)?til)\s*$/i;
const LIST_SEPARATOR = /^\s*\/\s*$/;
/**
 * Text without any of these has no range or list, so patterns that only start one need not
 * run. A list's slash comes before a word (`primo/medio`, `jan./feb.`), unlike `2017/2018`'s.
 */
const RANGE_HINT = /[-–—]|til|\/\s*[a-z]/i;
/** After a dated expression: a range to a bare year (`Sommer 2009 – 2010`); group 1 the year. */
const BARE_YEAR_END = /\s*(?:-|–|—|(?:frem\s+)?til)\s*(\d{4})(?!\d|[./-]\d)/iy;
/** Before an expression: what makes it the start of an open-ended span (group 1). */
const OPEN_BEFORE = new RegExp(String.raw`(?:^|[^${LETTER}])((?:fra(?:\s+og\s+med)?|siden)\s+)$`, 'i');
/** After an expression: an end after all (`fra medio 2011 til …`), so `fra` does not open it. */
const CLOSED_AFTER = new RegExp(String.raw`\s*(?:-|–|—|(?:og\s+)?(?:frem\s+)?til${A})`, 'iy');
/** After an expression: what makes it open-ended (`og frem`, `løber i hele perioden`). */
const OPEN_AFTER = new RegExp(
  String.raw`\s*,?\s*(?:og\s+)?(?:frem(?:ad|efter|over)?(?!\s+(?:til|mod)${A})|(?:løber|kører|fortsætter|varer|strækker\s+sig)\s+(?:i\s+|over\s+)?(?:hele|resten\s+af)\s+(?:plan|strategi)?perioden)${A}`,
  'iy',
);

/** Whether a UTF-16 code is a digit or a Danish letter (Latin-1 and Latin Extended-A/B). */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

/**
 * Whether an expression may start at `index`: not inside a word or number, nor, when it
 * starts with a digit, after `1.` or `1/` (the tail of a longer number; `ultimo 2012/primo
 * 2013` is a list). Checked here rather than as a regex lookbehind, which would make every
 * pattern try every position (four times slower).
 */
function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  const prev = text.charCodeAt(index - 1);
  if (isWordCode(prev)) return false;
  if ((prev !== 46 /* . */ && prev !== 47) /* / */ || !isDigitCode(text.charCodeAt(index))) return true;
  return !(index >= 2 && isDigitCode(text.charCodeAt(index - 2)));
}

/**
 * A cheap look for the words the patterns hinge on, so a cell runs only the patterns
 * that can match: the full set on every cell costs several times more (SPEC §7 budget).
 * One `test` per keyword builds nothing, where one scan with a group per keyword built a
 * match for every word found.
 */
const KEYWORDS: readonly (readonly [number, RegExp])[] = [
  [KEYWORD_BIT.month, /jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec/i],
  [KEYWORD_BIT.part, /primo|medio|ultimo|(?:begyndelsen|starten|midten|slutningen|udgangen)\s+af/i],
  [KEYWORD_BIT.quarter, /kvartal|kvt|q[1-4]/i],
  [KEYWORD_BIT.half, /halv/i],
  [KEYWORD_BIT.season, /forår|sommer|efterår|vinter/i],
  [KEYWORD_BIT.turn, /årsskift/i],
  // Every numeric date has two separators between its numbers (`1.7.09`, `1/7-2012`): an id (`1.2`) is none.
  [KEYWORD_BIT.numeric, /\d[./-]\d\d?[./-]\d/],
  [KEYWORD_BIT.week, /uge\s*\d/i],
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
  const at = present | (ranged ? RANGED_BIT : 0);
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

/**
 * Reports the list joined by `/` that starts with the yearless atom `list[i]`: its yearless
 * parts take the year written after them (`primo/medio 2013`). Returns the index of the
 * last yearless part, so each atom is looked at once however long the list.
 */
function listParts(text: string, list: Atom[], i: number, found: MilestoneSink): number {
  let k = i;
  while (k + 1 < list.length && LIST_SEPARATOR.test(text.slice(list[k].end, list[k + 1].index))) {
    const year = list[k + 1].year;
    if (year !== null) {
      for (let j = i; j <= k; j++) {
        const covered = span(list[j], year);
        if (covered) found(list[j].index, list[j].end, covered.start, covered.due, false);
      }
      return k;
    }
    k++;
  }
  return k;
}

/**
 * Receives each dated expression: where it sits in the text, its first and due days as
 * `yyyymmdd`, and whether it is open-ended (then `due` is its start expression's).
 */
type MilestoneSink = (index: number, end: number, start: number, due: number, open: boolean) => void;

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
 * Reports a single dated atom, open-ended when the words around it say so. The regexes
 * run only after a look at the letters next to the atom (`after`: see `nextCode`): they
 * are tried for every milestone.
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
    CLOSED_AFTER.lastIndex = a.end;
    const opener = CLOSED_AFTER.test(text) ? null : OPEN_BEFORE.exec(text.slice(Math.max(0, a.index - 16), a.index));
    if (opener) {
      open = true;
      from = a.index - opener[1].length;
    }
  }
  found(from, to, covered.start, covered.due, open);
}

/**
 * Reports every dated milestone in `text`, in order, without building objects. Never
 * throws; text without a dated expression (including `?`, '' and non-strings) reports nothing.
 */
function scanMilestones(text: string, found: MilestoneSink): void {
  // Every dated expression has a digit: most prose cells are dismissed without a scan.
  if (typeof text !== 'string' || !/\d/.test(text)) return;
  const list = atoms(text);
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    if (b && b.year !== null && b.index - a.end <= 12 && RANGE_SEPARATOR.test(text.slice(a.end, b.index))) {
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
    BARE_YEAR_END.lastIndex = a.end;
    const bare = after === 45 || after === 116 || after === 102 || after > 0x2000 ? BARE_YEAR_END.exec(text) : null;
    if (bare && (!b || b.index >= BARE_YEAR_END.lastIndex)) {
      const year = Number(bare[1]);
      const last = year > a.year && validYear(year) ? span(a, year) : null;
      if (last) {
        found(a.index, BARE_YEAR_END.lastIndex, covered.start, last.due, false);
        continue;
      }
    }
    single(text, a, covered, after, found);
  }
}

/**
 * Every dated milestone in `text`, in order. Never throws; text without a dated
 * expression (including `?`, '' and non-strings) gives an empty list.
 */
export function parseMilestones(text: string): Milestone[] {
  const out: Milestone[] = [];
  scanMilestones(text, (index, end, start, due, open) => {
    const m: Milestone = { text: text.slice(index, end), start: isoDay(start), due: isoDay(due), year: Math.floor(due / 10000) };
    if (open) m.open = true;
    out.push(m);
  });
  // A list grown by push keeps room for sixteen; the overview keeps one per delivery cell (SPEC §7 memory).
  return out.slice();
}

/** Shared by every delivery cell without a dated milestone, so prose keeps no list of its own (SPEC §7 memory). */
const NO_MILESTONES: readonly Milestone[] = Object.freeze([]);

/** The milestones of a delivery cell: its date when the cell held one (ISO), else those in its text. */
export function cellMilestones(text: string, date?: string): readonly Milestone[] {
  if (date !== undefined) return [{ text, start: date, due: date, year: Number(date.slice(0, 4)) }];
  const found = parseMilestones(text);
  return found.length === 0 ? NO_MILESTONES : found;
}

/** The year of an ISO `YYYY-MM-DD` day, read without building a string (rules ask for every milestone). */
export function isoYear(day: string): number {
  let year = 0;
  for (let k = 0; k < 4; k++) year = year * 10 + (day.charCodeAt(k) - 48);
  return year;
}

/**
 * Whether a milestone (or a dated cell, `{start: date, due: date}`) lies in the year column
 * `year`: a closed one in every year from its start to its due day; an open-ended one in
 * every year from its start to the end of `period` (without a period: every year from its start).
 */
export function milestoneInYear(m: Pick<Milestone, 'start' | 'due' | 'open'>, year: number, period?: Period | null): boolean {
  if (isoYear(m.start) > year) return false;
  if (m.open) return !period || year <= period[1];
  return year <= isoYear(m.due);
}

/**
 * Whether a milestone lies outside the plan period: a closed one when any part of it falls
 * before or after the period; an open-ended one only when it starts after the period ends
 * (`siden 1. april 2007` in a 2009–2011 plan runs through the period).
 */
export function milestoneOutOfPeriod(m: Pick<Milestone, 'start' | 'due' | 'open'>, [from, to]: Period): boolean {
  if (m.open) return isoYear(m.start) > to;
  return isoYear(m.start) < from || isoYear(m.due) > to;
}

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
  String.raw`(?:primo|medio|ultimo|(?:begyndelsen|starten|midten|slutningen|udgangen)\s+af|(?:${FULL})${A}|(?:${ABBR})(?:\.|${A})|kvartal|kvt\.?|q[1-4]|halv(?:år|del)(?:et|en)?|(?:forår|sommer|efterår|vinter)(?:et|en)?|årsskiftet?|uge\s*\d{1,2}\s*,?)(?:\s+(?:af|i))?\s*(\d{4,6})(?!\d)(?:\s*(?:-|–|—|til)\s*(\d{4,6})(?!\d))?`,
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
 * regex runs (timeline.suspicious-year looks at every cell). A regex rather than a loop over
 * the characters: `validate` runs once per process, and a loop is slow until it is compiled.
 */
function mayNameSuspiciousYear(text: string, period: Period | null): boolean {
  LONG_NUMBER.lastIndex = 0;
  for (let m = LONG_NUMBER.exec(text); m !== null; m = LONG_NUMBER.exec(text)) {
    const digits = m[0].length;
    if (digits <= 6 && yearCannotBeMeant(digits, Number(m[0]), period)) return true;
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
