/**
 * The quick first pass of the check before saving (wellformed.ts), over a part's UTF-8
 * bytes. It knows only the plain XML the writer makes: an XML declaration, elements with
 * ASCII names, quoted attributes, text, the five entity references and character
 * references. It can only say yes: anything else (a comment, CDATA, a processing
 * instruction, a control character, a malformed byte, an attribute name twice, two
 * prefixed attributes of one local name) makes it answer "not known", and the full check
 * decides and says what is wrong. Measured on the 25 MB of parts a 20 000-row `summarize`
 * writes, in a fresh process as a run meets them: 0.15–0.2 s, where the full check, which
 * builds every start tag's attributes from a decoded string, took 0.5–0.9 s (2-core machine
 * under load). Taking bytes also spares decoding each part for the check.
 */

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOT = 0x22;
const HASH = 0x23;
const AMP = 0x26;
const APOS = 0x27;
const SLASH = 0x2f;
const COLON = 0x3a;
const SEMI = 0x3b;
const LT = 0x3c;
const EQ = 0x3d;
const GT = 0x3e;
const RSQB = 0x5d;
const LOWER_X = 0x78;

const NAME_START = 1;
const NAME_CHAR = 2;
/** What an ASCII byte may be in a name; names with other characters are left to the full check. */
const NAME_BYTE = new Uint8Array(128);
/** Bytes that pass in text and attribute values as they are (a quote ends a value before this is asked). */
const PLAIN_BYTE = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_]/.test(ch)) NAME_BYTE[c] = NAME_START | NAME_CHAR;
  else if (/[0-9.-]/.test(ch)) NAME_BYTE[c] = NAME_CHAR;
  PLAIN_BYTE[c] = (c >= SPACE && c < 0x7f && c !== LT && c !== AMP && c !== RSQB) || c === TAB || c === LF || c === CR ? 1 : 0;
}

const ENTITIES = ['amp;', 'lt;', 'gt;', 'quot;', 'apos;'].map((e) => Array.from(e, (ch) => ch.charCodeAt(0)));

/** XML's white space: a regular expression's `\\s` takes more. */
const S = '[ \\t\\r\\n]';
/** The XML declaration as the writer and other producers write it, in UTF-8. */
const DECLARATION = new RegExp(
  `^<\\?xml${S}+version${S}*=${S}*(["'])1\\.0\\1(?:${S}+encoding${S}*=${S}*(["'])[Uu][Tt][Ff]-8\\2)?(?:${S}+standalone${S}*=${S}*(["'])(?:yes|no)\\3)?${S}*\\?>`,
);

function isSpace(c: number): boolean {
  return c === SPACE || c === LF || c === TAB || c === CR;
}

function isContinuation(c: number | undefined): boolean {
  return c !== undefined && (c & 0xc0) === 0x80;
}

function legalCodePoint(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

function ascii(b: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...b.subarray(start, end));
}

/** The end of the name at `i`, with at most one colon inside it, or -1 when no name starts there. */
function nameEnd(b: Uint8Array, i: number): number {
  if (!(b[i] < 128 && NAME_BYTE[b[i]] & NAME_START)) return -1;
  let colon = false;
  for (i++; ; i++) {
    const c = b[i];
    if (c < 128 && NAME_BYTE[c] & NAME_CHAR) continue;
    if (c === COLON && !colon && b[i + 1] < 128 && NAME_BYTE[b[i + 1]] & NAME_START) {
      colon = true;
      continue;
    }
    return i;
  }
}

/** Where the colon of a name is, or -1. */
function colonIn(b: Uint8Array, start: number, end: number): number {
  for (let k = start; k < end; k++) if (b[k] === COLON) return k;
  return -1;
}

function sameBytes(b: Uint8Array, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let k = 0; k < aEnd - aStart; k++) if (b[aStart + k] !== b[bStart + k]) return false;
  return true;
}

function digitOf(c: number | undefined, hex: boolean): number {
  if (c === undefined) return -1;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (!hex) return -1;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/** Past a reference at `i` (its `&`), or -1 when it is none the subset knows or refers to a character XML refuses. */
function referenceEnd(b: Uint8Array, i: number): number {
  let j = i + 1;
  if (b[j] !== HASH) {
    const entity = ENTITIES.find((e) => e.every((c, k) => b[j + k] === c));
    return entity ? j + entity.length : -1;
  }
  j++;
  const hex = b[j] === LOWER_X;
  if (hex) j++;
  const start = j;
  let code = 0;
  for (; ; j++) {
    const digit = digitOf(b[j], hex);
    if (digit < 0) break;
    code = code * (hex ? 16 : 10) + digit;
    if (code > 0x10ffff) return -1;
  }
  if (j === start || b[j] !== SEMI || !legalCodePoint(code)) return -1;
  return j + 1;
}

/** Past the UTF-8 character at `i`, or -1 when it is malformed or a character XML refuses. */
function utf8End(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c >= 0xc2 && c <= 0xdf) return isContinuation(b[i + 1]) ? i + 2 : -1;
  if (c >= 0xe0 && c <= 0xef) {
    if (!isContinuation(b[i + 1]) || !isContinuation(b[i + 2])) return -1;
    const code = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
    return code >= 0x800 && (code < 0xd800 || code > 0xdfff) && code < 0xfffe ? i + 3 : -1;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    if (!isContinuation(b[i + 1]) || !isContinuation(b[i + 2]) || !isContinuation(b[i + 3])) return -1;
    const code = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
    return code >= 0x10000 && code <= 0x10ffff ? i + 4 : -1;
  }
  return -1;
}

/**
 * Where character data from `i` ends: at `stop` (`<` for text, the quote for a value) or the
 * end of the bytes; -1 when it holds anything outside the plain subset.
 */
function charsEnd(b: Uint8Array, i: number, stop: number): number {
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c === stop) return i;
    if (c < 128 && PLAIN_BYTE[c]) i++;
    else if (c === AMP) i = referenceEnd(b, i);
    else if (c === RSQB) i = b[i + 1] === RSQB && b[i + 2] === GT ? -1 : i + 1;
    else i = utf8End(b, i);
    if (i < 0) return -1;
  }
  return i;
}

/** Where the XML declaration ends (0 without one), or -1 for one the subset does not know. */
function declarationEnd(b: Uint8Array): number {
  if (b[0] !== LT || b[1] !== 0x3f) return 0;
  const m = DECLARATION.exec(ascii(b, 0, Math.min(b.length, 200)));
  return m ? m[0].length : -1;
}

/**
 * The prefixes in scope, for the few elements that declare or use one. Each attribute is
 * four numbers in `attrs`: where its name starts and ends, where its value starts and ends.
 */
class Prefixes {
  /** Innermost binding last; `xml` is always bound. */
  private readonly bound = new Map<string, string[]>([['xml', [XML_NS]]]);
  /**
   * The prefixes declared by open elements, innermost last, with the depth of each element;
   * never empty (the first entry is at no depth), so that `leave`, asked at every end tag,
   * always reads an entry of one shape, as V8's compiled code for this check expects.
   */
  private readonly declared: { depth: number; prefixes: string[] }[] = [{ depth: -1, prefixes: [] }];

  /** Enters an element at `depth`: false when a prefix is unbound or anything is outside the subset. */
  enter(b: Uint8Array, nameStart: number, nameEnd: number, attrs: number[], count: number, depth: number): boolean {
    const declared: string[] = [];
    for (let k = 0; k < 4 * count; k += 4) {
      const colon = colonIn(b, attrs[k], attrs[k + 1]);
      if (colon !== attrs[k] + 5 || ascii(b, attrs[k], colon) !== 'xmlns') continue;
      const prefix = ascii(b, colon + 1, attrs[k + 1]);
      const uri = ascii(b, attrs[k + 2], attrs[k + 3]);
      // Reserved prefixes, an empty binding, and references in a namespace name are the full check's.
      if (prefix === 'xml' || prefix === 'xmlns' || uri === '' || uri === XML_NS || /[^\x20-\x25\x27-\x7e]/.test(uri)) return false;
      declared.push(prefix);
      const uris = this.bound.get(prefix);
      if (uris) uris.push(uri);
      else this.bound.set(prefix, [uri]);
    }
    if (declared.length) this.declared.push({ depth, prefixes: declared });
    if (!this.isBound(b, nameStart, nameEnd)) return false;
    for (let k = 0; k < 4 * count; k += 4) {
      const colon = colonIn(b, attrs[k], attrs[k + 1]);
      if (colon === -1 || ascii(b, attrs[k], colon) === 'xmlns') continue;
      if (!this.isBound(b, attrs[k], attrs[k + 1])) return false;
      // Two prefixes may name one namespace: the same local name twice is left to the full check.
      for (let j = k + 4; j < 4 * count; j += 4) {
        const other = colonIn(b, attrs[j], attrs[j + 1]);
        if (other !== -1 && sameBytes(b, colon, attrs[k + 1], other, attrs[j + 1])) return false;
      }
    }
    return true;
  }

  /** Leaves the element at `depth`: its declarations go out of scope. */
  leave(depth: number): void {
    const top = this.declared[this.declared.length - 1];
    // Asked at every end tag: most elements declare nothing.
    if (top.depth !== depth) return;
    for (const prefix of top.prefixes) this.bound.get(prefix)!.pop();
    this.declared.pop();
  }

  /** Whether a name's prefix (if it has one) is bound. */
  private isBound(b: Uint8Array, start: number, end: number): boolean {
    const colon = colonIn(b, start, end);
    return colon === -1 || (this.bound.get(ascii(b, start, colon))?.length ?? 0) > 0;
  }
}

/**
 * Whether UTF-8 XML is certainly well-formed and namespace-well-formed: true only for the
 * plain subset above; false means the full check must decide. One loop with the position in
 * a local: it runs over every byte the writer makes.
 */
export function plainWellFormed(b: Uint8Array): boolean {
  const n = b.length;
  let i = declarationEnd(b);
  if (i < 0) return false;
  while (isSpace(b[i])) i++;
  if (b[i] !== LT) return false;
  /** Where each open element's name starts and ends, two numbers an element. */
  const open: number[] = [];
  const attrs: number[] = [];
  const prefixes = new Prefixes();
  for (;;) {
    i++;
    if (b[i] === SLASH) {
      // An end tag: it must close the innermost open element.
      const end = open.pop();
      const start = open.pop();
      if (start === undefined || end === undefined) return false;
      i++;
      for (let k = start; k < end; k++, i++) if (b[i] !== b[k]) return false;
      while (isSpace(b[i])) i++;
      if (b[i] !== GT) return false;
      i++;
      prefixes.leave(open.length / 2);
    } else {
      const nameStart = i;
      i = nameEnd(b, i);
      if (i < 0) return false;
      const elementEnd = i;
      let count = 0;
      let prefixed = colonIn(b, nameStart, elementEnd) !== -1;
      let selfClosing = false;
      for (;;) {
        const before = i;
        while (isSpace(b[i])) i++;
        if (b[i] === GT) {
          i++;
          break;
        }
        if (b[i] === SLASH && b[i + 1] === GT) {
          i += 2;
          selfClosing = true;
          break;
        }
        if (i === before) return false;
        const start = i;
        i = nameEnd(b, i);
        if (i < 0) return false;
        const end = i;
        while (isSpace(b[i])) i++;
        if (b[i] !== EQ) return false;
        i++;
        while (isSpace(b[i])) i++;
        const quote = b[i];
        if (quote !== QUOT && quote !== APOS) return false;
        const valueStart = i + 1;
        i = charsEnd(b, valueStart, quote);
        if (i < 0 || i >= n) return false;
        for (let k = 0; k < 4 * count; k += 4) if (sameBytes(b, attrs[k], attrs[k + 1], start, end)) return false;
        attrs[4 * count] = start;
        attrs[4 * count + 1] = end;
        attrs[4 * count + 2] = valueStart;
        attrs[4 * count + 3] = i;
        count++;
        i++;
        if (!prefixed && colonIn(b, start, end) !== -1) prefixed = true;
      }
      const depth = open.length / 2;
      if (prefixed && !prefixes.enter(b, nameStart, elementEnd, attrs, count, depth)) return false;
      if (selfClosing) prefixes.leave(depth);
      else open.push(nameStart, elementEnd);
    }
    if (open.length === 0) break;
    i = charsEnd(b, i, LT);
    if (i < 0 || i >= n) return false;
  }
  // Never read past the end: V8 throws away code that once read out of bounds.
  while (i < n && isSpace(b[i])) i++;
  return i === n;
}
