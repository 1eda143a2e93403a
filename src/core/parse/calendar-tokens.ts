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
}

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
  return texts.map((text) => ({ text, kind, value }));
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
 * The calendar words by the hash of their folded letters: a letter run is looked up by the
 * hash built while it is cut, then checked letter by letter, so no word is sliced out.
 */
const WORD_BY_HASH = new Map<number, number>();
WORDS.forEach((w, index) => {
  let hash = 0;
  for (let k = 0; k < w.text.length; k++) hash = hashStep(hash, w.text.charCodeAt(k));
  if (WORD_BY_HASH.has(hash)) throw new Error(`calendar words share a hash: ${w.text}`);
  WORD_BY_HASH.set(hash, index);
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
 * Characters past Latin Extended-B whose upper case lies inside it (`ɓ`, `ə`…): a
 * case-insensitive pattern counted them as letters where a word had to end, and the
 * scanner reads word ends as the patterns did.
 */
const FOLDED_LETTERS = new Set([
  0x253, 0x254, 0x256, 0x257, 0x259, 0x25b, 0x260, 0x263, 0x268, 0x269, 0x26f, 0x272, 0x275, 0x280, 0x283, 0x288, 0x289, 0x28a,
  0x28b, 0x28c, 0x292, 0x2c65, 0x2c66, 0x2c7e, 0x2c7f, 0xa7dc,
]);

/** Whether `c` keeps a word going: a digit, a letter, or one of `FOLDED_LETTERS`. */
export function continuesWord(c: number): boolean {
  return isWordCode(c) || (c >= 0x253 && FOLDED_LETTERS.has(c));
}

/** White space as a regex `\s` reads it. */
export function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether `c` is an ASCII letter. */
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

let source = '';
let count = 0;
let kinds = new Uint8Array(64);
/** Where each token starts; `starts[count]` is the text's length, so a token ends where the next starts. */
let starts = new Int32Array(65);
let values = new Int32Array(64);
let ranged = false;

function grow(): void {
  const k = new Uint8Array(kinds.length * 2);
  k.set(kinds);
  kinds = k;
  const s = new Int32Array(starts.length * 2);
  s.set(starts);
  starts = s;
  const v = new Int32Array(values.length * 2);
  v.set(values);
  values = v;
}

function wordIndex(text: string, from: number, to: number, hash: number): number {
  const index = WORD_BY_HASH.get(hash);
  if (index === undefined) return -1;
  const w = WORDS[index].text;
  if (w.length !== to - from) return -1;
  for (let k = 0; k < w.length; k++) if (fold(text.charCodeAt(from + k)) !== w.charCodeAt(k)) return -1;
  return index;
}

/**
 * Cuts `text` into tokens, and notes whether it may hold a range or a list (see `mayRange`).
 */
export function tokenise(text: string): void {
  source = text;
  ranged = false;
  const n = text.length;
  let t = 0;
  let i = 0;
  while (i < n) {
    if (t + 1 >= kinds.length) grow();
    const from = i;
    const c = text.charCodeAt(i);
    if (isDigitCode(c)) {
      let value = 0;
      for (; i < n && isDigitCode(text.charCodeAt(i)); i++) value = value * 10 + text.charCodeAt(i) - 48;
      kinds[t] = NUMBER;
      values[t] = i - from <= 9 ? value : -1;
    } else if (isLetterCode(c)) {
      let hash = 0;
      for (; i < n && isLetterCode(text.charCodeAt(i)); i++) {
        const code = text.charCodeAt(i);
        hash = hashStep(hash, code);
        // `til` anywhere, even inside a word, as the range hint always read it.
        if (fold(code) === 108 && i - from >= 2 && fold(text.charCodeAt(i - 1)) === 105 && fold(text.charCodeAt(i - 2)) === 116) ranged = true;
      }
      kinds[t] = WORD;
      values[t] = i - from <= 11 ? wordIndex(text, from, i, hash) : -1;
    } else if (isRegexSpace(c)) {
      while (i < n && isRegexSpace(text.charCodeAt(i))) i++;
      kinds[t] = SPACE;
      values[t] = 0;
    } else {
      i++;
      kinds[t] = MARK;
      values[t] = c;
      if (c === 45 || c === 0x2013 || c === 0x2014) ranged = true;
      else if (c === 47) {
        // A list's slash comes before a word (`primo/medio`, `jan./feb.`), unlike `2017/2018`'s.
        let k = i;
        while (k < n && isRegexSpace(text.charCodeAt(k))) k++;
        if (isAsciiLetter(text.charCodeAt(k))) ranged = true;
      }
    }
    starts[t] = from;
    t++;
  }
  starts[t] = n;
  count = t;
}

/** The number of tokens in the text last cut. */
export function tokenCount(): number {
  return count;
}

/**
 * Whether the text may hold a range or a list: a dash, `til`, or a slash before a word.
 * Without one, a month or part without a year is no expression and is not looked for.
 */
export function mayRange(): boolean {
  return ranged;
}

export function kindAt(t: number): number {
  return t < count ? kinds[t] : END;
}

export function startOf(t: number): number {
  return starts[t];
}

/** Where token `t` ends: where the next starts (the text's length after the last). */
export function endOf(t: number): number {
  return starts[t + 1];
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
