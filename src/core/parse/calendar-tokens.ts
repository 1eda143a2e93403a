/**
 * The token stream the calendar parser (`time.ts`) reads a delivery text as: runs of digits,
 * runs of letters, runs of white space and single other characters, each letter run told
 * apart by the calendar word it is (`primo`, `aug`, `kvartal`…). The text is cut once; the
 * expression readers then look at tokens, not characters. Where the forms were regexes, each
 * of them walked the whole text, and a text never seen before paid a dozen walks (SPEC §7).
 *
 * One text at a time: `tokenise` fills module-level arrays that the readers index, reused
 * from text to text so a scan allocates nothing. Nothing here calls out, so no second text
 * can start while one is read.
 */

/** A run of digits; its value is the number (−1 past nine digits). */
export const NUMBER = 1;
/** A run of letters (see `isLetterCode`); its value is its index in `WORDS`, −1 for any other word. */
export const WORD = 2;
/** A run of white space, as a regex `\s` reads it. */
export const SPACE = 3;
/** Any other single character; its value is its code. */
export const MARK = 4;
/** Past the last token. */
export const END = 0;

/** What a calendar word is, for the readers. */
export type WordKind =
  | 'month'
  | 'monthAbbreviation'
  | 'part'
  | 'partHead'
  | 'af'
  | 'i'
  | 'kvartal'
  | 'kvt'
  | 'q'
  | 'ordinal'
  | 'later'
  | 'half'
  | 'season'
  | 'winter'
  | 'turn'
  | 'week';

/** A calendar word: what it is, and its number (the month, the part, the ordinal, the season). */
export interface Word {
  text: string;
  kind: WordKind;
  value: number;
  /** Whether an expression can start with it (`af`, `kvartal`, `halvår` only come later in one). */
  opens: boolean;
}

/** The kinds of word no expression starts with. */
const INNER: readonly WordKind[] = ['af', 'i', 'kvartal', 'kvt', 'half'];

export const PRIMO = 0;
export const MEDIO = 1;
export const ULTIMO = 2;
/** `udgangen af`: the last day only. */
export const END_OF = 3;

export const MONTH_NAMES: readonly (readonly string[])[] = [
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

function words(kind: WordKind, value: number, ...texts: string[]): Word[] {
  return texts.map((text) => ({ text, kind, value, opens: !INNER.includes(kind) }));
}

/** Every word a calendar expression is built from, lower case. */
const WORDS: readonly Word[] = [
  ...MONTH_NAMES.flatMap(([full, ...abbreviations], k) => [
    ...words('month', k + 1, full),
    ...words('monthAbbreviation', k + 1, ...abbreviations),
  ]),
  ...words('part', PRIMO, 'primo'),
  ...words('part', MEDIO, 'medio'),
  ...words('part', ULTIMO, 'ultimo'),
  // The phrases read as primo / medio / ultimo take `af` after them (`i begyndelsen af 2012`).
  ...words('partHead', PRIMO, 'begyndelsen', 'starten'),
  ...words('partHead', MEDIO, 'midten'),
  ...words('partHead', ULTIMO, 'slutningen'),
  ...words('partHead', END_OF, 'udgangen'),
  ...words('af', 0, 'af'),
  ...words('i', 0, 'i'),
  ...words('kvartal', 0, 'kvartal'),
  ...words('kvt', 0, 'kvt'),
  ...words('q', 0, 'q'),
  // Ordinals of quarters and halves; `anden` and `sidste` name only the second half.
  ...words('ordinal', 1, 'første'),
  ...words('ordinal', 2, 'andet'),
  ...words('ordinal', 3, 'tredje'),
  ...words('ordinal', 4, 'fjerde'),
  ...words('later', 2, 'anden', 'sidste'),
  ...words('half', 0, 'halvår', 'halvåret', 'halvåren', 'halvdel', 'halvdelet', 'halvdelen'),
  ...words('season', 0, 'forår', 'foråret', 'foråren'),
  ...words('season', 1, 'sommer', 'sommeret', 'sommeren'),
  ...words('season', 2, 'efterår', 'efteråret', 'efteråren'),
  ...words('winter', 0, 'vinter', 'vinteren'),
  ...words('turn', 0, 'årsskifte', 'årsskiftet'),
  ...words('week', 0, 'uge'),
];

/** The folded code of a letter: upper and lower case of a-z, æ, ø, å alike (`c | 0x20`). */
function fold(c: number): number {
  return c | 0x20;
}

function hashStep(hash: number, c: number): number {
  return (Math.imul(hash, 31) + fold(c)) | 0;
}

/**
 * The calendar words by the hash of their folded letters (open addressing; index + 1, 0 for
 * none): a letter run is looked up by the hash built while it is cut, then checked letter by
 * letter, so no word is sliced out of the text.
 */
const WORD_TABLE = new Int32Array(512);
WORDS.forEach((w, index) => {
  let hash = 0;
  for (let k = 0; k < w.text.length; k++) hash = hashStep(hash, w.text.charCodeAt(k));
  let slot = hash & 511;
  while (WORD_TABLE[slot] !== 0) slot = (slot + 1) & 511;
  WORD_TABLE[slot] = index + 1;
});

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A letter of Danish text: ASCII, Latin-1 and Latin Extended-A/B (`×` and `÷` included, as always). */
function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

/** Whether a UTF-16 code is a digit or a Danish letter (Latin-1 and Latin Extended-A/B). */
export function isWordCode(c: number): boolean {
  return isDigitCode(c) || isLetterCode(c);
}

/**
 * Characters past Latin Extended-B whose upper case lies inside it (`ɓ`, `ə`…). The
 * case-insensitive regexes that still read the words around an expression (`fra`, `og
 * frem`, the year slots in time.ts) count them as letters, so a calendar word does not end
 * at one either: `juniə` is no month.
 */
const FOLDED_LETTERS = new Set([
  0x253, 0x254, 0x256, 0x257, 0x259, 0x25b, 0x260, 0x263, 0x268, 0x269, 0x26f, 0x272, 0x275, 0x280, 0x283, 0x288, 0x289, 0x28a,
  0x28b, 0x28c, 0x292, 0x2c65, 0x2c66, 0x2c7e, 0x2c7f, 0xa7dc,
]);

/** Whether `c` keeps a calendar word going: a digit, a letter, or one of `FOLDED_LETTERS`. */
export function continuesWord(c: number): boolean {
  return isWordCode(c) || (c >= 0x253 && FOLDED_LETTERS.has(c));
}

/** White space as a regex `\s` reads it. */
export function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const OTHER_CLASS = 0;
const DIGIT_CLASS = 1;
const LETTER_CLASS = 2;
const SPACE_CLASS = 3;
/** The class of each code below U+0250, looked up rather than worked out: the tokeniser asks for every character. */
const CLASS = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) CLASS[c] = isDigitCode(c) ? DIGIT_CLASS : isLetterCode(c) ? LETTER_CLASS : isRegexSpace(c) ? SPACE_CLASS : OTHER_CLASS;

let source = '';
let count = 0;
let kinds = new Uint8Array(64);
/** Where each token starts; `starts[count]` is the text's length, so a token ends where the next starts. */
let starts = new Int32Array(65);
let values = new Int32Array(64);
/** The tokens an expression may start at, in order: calendar words that open one, and numbers of one, two or four digits. */
let opening = new Int32Array(64);
let openingCount = 0;
/** Whether the text may hold a range or a list; null until asked (see `mayRange`). */
let ranged: boolean | null = null;

/** Makes room for the tokens of a text of `length` characters (at most one per character). */
function makeRoom(length: number): void {
  if (length < kinds.length) return;
  const size = 2 ** Math.ceil(Math.log2(length + 1));
  kinds = new Uint8Array(size);
  starts = new Int32Array(size + 1);
  values = new Int32Array(size);
  opening = new Int32Array(size);
}

/** The index in `WORDS` of the letters of `text` from `from` to `to`, whose folded hash is `hash`; −1 for no calendar word. */
function wordIndex(text: string, from: number, to: number, hash: number): number {
  for (let slot = hash & 511; WORD_TABLE[slot] !== 0; slot = (slot + 1) & 511) {
    const w = WORDS[WORD_TABLE[slot] - 1].text;
    if (w.length !== to - from) continue;
    let k = 0;
    while (k < w.length && fold(text.charCodeAt(from + k)) === w.charCodeAt(k)) k++;
    if (k === w.length) return WORD_TABLE[slot] - 1;
  }
  return -1;
}

/** Cuts `text` into tokens, noting those an expression may start at. */
export function tokenise(text: string): void {
  source = text;
  ranged = null;
  const n = text.length;
  makeRoom(n);
  const kind = kinds;
  const start = starts;
  const value = values;
  const opens = opening;
  let o = 0;
  let t = 0;
  let i = 0;
  // The inner loops call nothing: `validate` runs once per process, and until the
  // tokeniser is compiled every call costs more than the work it does per character.
  while (i < n) {
    const from = i;
    let c = text.charCodeAt(i);
    const cls = c < 0x250 ? CLASS[c] : isRegexSpace(c) ? SPACE_CLASS : OTHER_CLASS;
    start[t] = from;
    if (cls === DIGIT_CLASS) {
      let v = c - 48;
      while (++i < n && (c = text.charCodeAt(i)) >= 48 && c <= 57) v = v * 10 + c - 48;
      kind[t] = NUMBER;
      value[t] = i - from <= 9 ? v : -1;
      if (i - from <= 2 || i - from === 4) opens[o++] = t;
    } else if (cls === LETTER_CLASS) {
      let hash = c | 0x20;
      while (++i < n && (c = text.charCodeAt(i)) < 0x250 && CLASS[c] === LETTER_CLASS) hash = (Math.imul(hash, 31) + (c | 0x20)) | 0;
      kind[t] = WORD;
      // The longest calendar word, `begyndelsen`, has eleven letters.
      const w = i - from <= 11 ? wordIndex(text, from, i, hash) : -1;
      value[t] = w;
      if (w >= 0 && WORDS[w].opens) opens[o++] = t;
    } else if (cls === SPACE_CLASS) {
      while (++i < n && ((c = text.charCodeAt(i)) < 0x250 ? CLASS[c] === SPACE_CLASS : isRegexSpace(c)));
      kind[t] = SPACE;
      value[t] = 0;
    } else {
      i++;
      kind[t] = MARK;
      value[t] = c;
    }
    t++;
  }
  start[t] = n;
  count = t;
  openingCount = o;
}

/**
 * Text without any of these has no range or list: a dash, `til` (even inside a word), or a
 * slash before a word (`primo/medio`, `jan./feb.`, unlike `2017/2018`'s).
 */
const RANGE_HINT = /[-–—]|til|\/\s*[a-z]/i;

/**
 * Whether the text may hold a range or a list (see `RANGE_HINT`). Without one, a month or
 * part without a year is no expression and is not looked for. Looked at once asked, by a
 * regex: a native scan of the text costs less than one more loop over it here.
 */
export function mayRange(): boolean {
  if (ranged === null) ranged = RANGE_HINT.test(source);
  return ranged;
}

/** The number of tokens an expression may start at (see `openingToken`). */
export function openingTokens(): number {
  return openingCount;
}

/** The `k`th token an expression may start at. */
export function openingToken(k: number): number {
  return opening[k];
}

export function kindAt(t: number): number {
  return t < count ? kinds[t] : END;
}

export function startOf(t: number): number {
  return starts[t];
}

export function lengthOf(t: number): number {
  return starts[t + 1] - starts[t];
}

export function valueOf(t: number): number {
  return values[t];
}

/** Whether token `t` is a number of `min` to `max` digits. */
export function isNumber(t: number, min: number, max: number): boolean {
  if (kindAt(t) !== NUMBER) return false;
  const length = starts[t + 1] - starts[t];
  return length >= min && length <= max;
}

export function isMark(t: number, code: number): boolean {
  return kindAt(t) === MARK && values[t] === code;
}

/** The apostrophes planners put before a two-digit year (`'12`). */
export function isApostrophe(t: number): boolean {
  if (kindAt(t) !== MARK) return false;
  const c = values[t];
  return c === 39 || c === 0x2019 || c === 0xb4;
}

export function isSpace(t: number): boolean {
  return kindAt(t) === SPACE;
}

/** The calendar word token `t` is, if it is one. */
export function wordAt(t: number): Word | undefined {
  return kindAt(t) === WORD && values[t] >= 0 ? WORDS[values[t]] : undefined;
}

/** Whether token `t` is the calendar word of kind `kind`. */
export function isWord(t: number, kind: WordKind): boolean {
  return kindAt(t) === WORD && values[t] >= 0 && WORDS[values[t]].kind === kind;
}

/** The token after an optional run of white space at `t` (a regex `\s*`). */
export function skipSpace(t: number): number {
  return kindAt(t) === SPACE ? t + 1 : t;
}

/** Whether a word goes on right where token `t` starts, so whatever ended before it was no whole word. */
export function wordGoesOn(t: number): boolean {
  return t < count && continuesWord(source.charCodeAt(starts[t]));
}
