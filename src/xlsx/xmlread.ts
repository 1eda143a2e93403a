/**
 * Reading package parts with a real XML parser: saxen, a small SAX-style tokenizer that
 * resolves namespaces, so `<x:c>` and `<c>`, Transitional and Strict, are told apart by
 * namespace URI rather than by spelling. Where a part binds every namespace on its root with
 * the reader's own prefixes, the names come out the same without saxen's namespace mode,
 * which is left off there (see rootNames).
 *
 * Chosen by measurement (2-core machine under load, CPU time): the bundled example's
 * 20 KB worksheet took saxen 3 ms to tokenise in a fresh process and saxes 40 ms (saxes
 * walks the text a character at a time through its state machine, which costs most before
 * the JIT warms up); the 7 MB worksheet of the 20 000-row bench workbook took saxen
 * 105–125 ms and saxes 240–270 ms; htmlparser2 needs 35–50 ms just to load and accepts
 * malformed XML; fast-xml-parser builds a whole tree (2.2 s). SPEC §7 measures validating
 * the real overview against node's own start, so the small cold read decides.
 * saxen is lenient where saxes is pedantic (character classes, undeclared entities); its
 * structural errors and its warnings (a duplicated attribute, an undeclared prefix) are
 * all taken as damage here.
 */
import { Parser } from 'saxen';
import { unesc } from './xml';

/**
 * The reader's own prefixes: an element or attribute in one of these namespaces is named
 * with them whatever the document writes (`x:c` is a SpreadsheetML cell in Transitional or
 * Strict). Other namespaces keep a prefix of their own, renamed where it would collide.
 */
export const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main': 'x',
  'http://purl.oclc.org/ooxml/spreadsheetml/main': 'x',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  // Bound in every document without a declaration (Namespaces in XML §3): PhpSpreadsheet
  // writes `xml:space` on the workbook's root.
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

/** A start tag's attributes by (prefix-normalised) name, values as written. */
export type Attrs = () => Record<string, string>;

/** An attribute's value with its character and entity references decoded. */
export function attr(attrs: Attrs, name: string): string | undefined {
  const v = attrs()[name];
  return v === undefined || !v.includes('&') ? v : unesc(v);
}

/** The part is not well-formed XML, or says something its kind of part cannot (a shared string that does not exist). */
export class XmlError extends Error {
  constructor(
    message: string,
    /** The part concerned, once the package has said which. */
    readonly part = '',
  ) {
    super(part ? `${part}: ${message}` : message);
    this.name = 'XmlError';
  }

  /** The same error, naming the part unless an inner part is already named. */
  in(part: string): XmlError {
    return this.part ? this : new XmlError(this.message, part);
  }
}

export interface XmlHandler {
  /** `name` carries the reader's prefixes (see PREFIXES). */
  open(name: string, attrs: Attrs, selfClosing: boolean): void;
  /** Called for self-closing elements too. */
  close?(name: string): void;
  /** Character data, CDATA sections included; references are decoded. */
  text?(text: string): void;
  /** True once the handler has what it needs: the rest of the part is not tokenised. */
  readonly done?: boolean;
}

/** Runs a handler over a part (or a string): how readers of one kind of part get their input. */
export type ParseWith = (handler: XmlHandler) => void;

/** The reader's own prefixes, which saxen binds whether a document declares them or not. */
const ALIASES = new Set(Object.values(PREFIXES));

/** One attribute of a start tag, from where the last one ended. */
const ATTRIBUTE = /\s+([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/**
 * How names read when every namespace a document declares is declared on its root and
 * named there with the reader's own prefix (as Excel and most producers write a part): the
 * default namespace's prefix, and the prefixes bound. saxen can then leave namespaces off
 * and the names are those its namespace mode gives (tokenising the 7 MB sheet of the bench:
 * 245 → 185 ms). Null for any other document, which saxen reads with namespaces on.
 */
function rootNames(xml: string): { defaultPrefix: string | null; bound: Set<string> } | null {
  let start = 0;
  for (;;) {
    start = xml.indexOf('<', start);
    if (start === -1) return null;
    const next = xml.charCodeAt(start + 1);
    // A comment or DOCTYPE before the root is left to saxen.
    if (next === 0x21) return null;
    if (next !== 0x3f) break;
    start = xml.indexOf('?>', start);
    if (start === -1) return null;
  }
  let at = start + 1;
  while (at < xml.length && !/[\s/>]/.test(xml[at])) at++;
  let defaultPrefix: string | null = null;
  const bound = new Set(ALIASES);
  for (;;) {
    ATTRIBUTE.lastIndex = at;
    const m = ATTRIBUTE.exec(xml);
    if (!m) break;
    at = ATTRIBUTE.lastIndex;
    const [, key, double, single] = m;
    if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue;
    const uri = double ?? single;
    if (uri.includes('&')) return null;
    const known = PREFIXES[uri];
    const prefix = key.slice(6);
    if (key === 'xmlns') {
      if (known === undefined) return null;
      defaultPrefix = known;
    } else if (known === prefix || (known === undefined && !ALIASES.has(prefix) && prefix !== 'xmlns' && prefix !== '')) bound.add(prefix);
    else return null;
  }
  const end = /^\s*\/?>/.exec(xml.slice(at, at + 64));
  if (!end || xml.indexOf('xmlns', at) !== -1) return null;
  return { defaultPrefix, bound };
}

/** Parses XML text, feeding the handler until the document ends or the handler is done. */
export function parseXmlText(xml: string, handler: XmlHandler): void {
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  const names = rootNames(text);
  const parser = new Parser();
  const fail = (e: Error) => {
    throw new XmlError(e.message);
  };
  parser.on('error', fail);
  // saxen reads a tag's attributes when asked (see readTag); a warning then is kept for it.
  let reading = false;
  let warning: Error | null = null;
  parser.on('warn', (e: Error) => {
    if (!reading) fail(e);
    warning ??= e;
  });
  let name: (raw: string) => string;
  /** The current tag's attributes for the handler: like saxen's, read only during the tag's callback. */
  let attrs: Attrs;
  let read: Attrs = () => ({});
  let openTags = 0;
  let reread: Record<string, string> | null = null;
  let finder: StartTags | null = null;
  /**
   * The current tag's attributes, as saxen reads them; where it cannot because white space
   * stands around an `=` (which XML allows and old MiniExcel versions wrote in every cell,
   * `t ="str"`), as read here from the tag's text. Only then is the text searched for it.
   */
  const tagAttrs: Attrs = () => {
    if (reread) return reread;
    reading = true;
    warning = null;
    const a = read();
    reading = false;
    // Set by the warning handler while saxen read.
    const warned = warning as Error | null;
    if (warned === null) return a;
    if (!SPACED_EQUALS.test(warned.message)) fail(warned);
    finder ??= new StartTags(text);
    reread = attributesOf(finder.nth(openTags));
    return reread;
  };
  if (names) {
    const { defaultPrefix, bound } = names;
    const known = new Map<string, string>();
    name = (raw) => {
      let named = known.get(raw);
      if (named === undefined) {
        const colon = raw.indexOf(':');
        if (colon === -1) named = defaultPrefix === null ? raw : `${defaultPrefix}:${raw}`;
        else if (bound.has(raw.slice(0, colon))) named = raw;
        else throw new XmlError(`missing namespace on <${raw}>`);
        known.set(raw, named);
      }
      return named;
    };
    attrs = () => prefixedAs(tagAttrs(), defaultPrefix, bound);
  } else {
    parser.ns(PREFIXES);
    name = (raw) => raw;
    attrs = () => tagAttrs();
  }
  // saxen reads the attributes of a tag that declares namespaces at once: the root's here.
  let rootRead = names === null;
  parser.on('openTag', (raw, readAttrs, _decode, selfClosing) => {
    read = readAttrs;
    openTags++;
    reread = null;
    if (!rootRead) {
      rootRead = true;
      attrs();
    }
    handler.open(name(raw), attrs, selfClosing);
    if (handler.done) parser.stop();
  });
  const close = handler.close;
  if (close) {
    parser.on('closeTag', (raw) => {
      close.call(handler, name(raw));
      if (handler.done) parser.stop();
    });
  }
  const onText = handler.text;
  if (onText) {
    parser.on('text', (t) => onText.call(handler, t.includes('&') ? unesc(t) : t));
    parser.on('cdata', (t) => onText.call(handler, t));
  }
  parser.parse(text);
}

/** saxen's warnings for `name = "value"` and `name= "value"`. */
const SPACED_EQUALS = /^missing attribute value( quotes)?$/;

/** The start tags of a text, found in order (comments, CDATA, declarations and end tags passed over). */
class StartTags {
  private at = 0;
  private count = 0;
  private start = -1;

  constructor(private readonly text: string) {}

  /** The text of the n-th start tag (n counts from 1 and does not go back). */
  nth(n: number): string {
    const t = this.text;
    while (this.count < n) {
      const lt = t.indexOf('<', this.at);
      if (lt === -1) throw new XmlError('missing attribute value');
      const skip = t.startsWith('<!--', lt) ? '-->' : t.startsWith('<![CDATA[', lt) ? ']]>' : t[lt + 1] === '?' ? '?>' : null;
      if (skip !== null) {
        const end = t.indexOf(skip, lt);
        this.at = end === -1 ? t.length : end + skip.length;
        continue;
      }
      this.at = lt + 1;
      if (t[lt + 1] !== '/' && t[lt + 1] !== '!') {
        this.count++;
        this.start = lt;
      }
    }
    // The tag ends at the first `>` outside a quoted value.
    const m = /^<[^\s/>]+(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*\/?>/.exec(t.slice(this.start, this.start + 0x10000));
    if (!m) throw new XmlError('missing attribute value');
    return m[0];
  }
}

/** A start tag's attributes, values as written; a name given twice is damage, as saxen has it. */
function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  let at = /^<[^\s/>]+/.exec(tag)![0].length;
  for (;;) {
    ATTRIBUTE.lastIndex = at;
    const m = ATTRIBUTE.exec(tag);
    if (!m) break;
    at = ATTRIBUTE.lastIndex;
    if (m[1] in out) throw new XmlError(`attribute <${m[1]}> already defined`);
    out[m[1]] = m[2] ?? m[3];
  }
  return out;
}

/**
 * Attributes as saxen's namespace mode names them: every prefix must be bound, and one in
 * the default namespace is taken off. Most attributes have no prefix: they are returned as read.
 */
function prefixedAs(attrs: Record<string, string>, defaultPrefix: string | null, bound: Set<string>): Record<string, string> {
  let rename = false;
  for (const key in attrs) {
    const colon = key.indexOf(':');
    if (colon === -1 || key.startsWith('xmlns:')) continue;
    const prefix = key.slice(0, colon);
    if (!bound.has(prefix)) throw new XmlError(`missing namespace for prefix <${prefix}>`);
    if (prefix === defaultPrefix) rename = true;
  }
  if (!rename) return attrs;
  const out: Record<string, string> = {};
  for (const key in attrs) out[key.startsWith(`${defaultPrefix}:`) ? key.slice(defaultPrefix!.length + 1) : key] = attrs[key];
  return out;
}

const utf8 = new TextDecoder('utf-8');

/** The encoding a declaration names, in its first bytes (after a UTF-8 byte-order mark). */
const DECLARED_ENCODING = /^(?:\xef\xbb\xbf)?<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/**
 * The encoding of a part's bytes, as XML 1.0 Appendix F finds it: a byte-order mark; UTF-16
 * without one, from how the `<` that opens the declaration is stored; else the declaration's
 * own `encoding` (ISO-8859-1 from some generators), UTF-8 when it names none.
 */
function encodingOf(bytes: Uint8Array): string {
  const [b0, b1] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  if (b0 === 0x00 && b1 === 0x3c) return 'utf-16be';
  if (b0 === 0x3c && b1 === 0x00) return 'utf-16le';
  const head = String.fromCharCode(...bytes.subarray(0, 128));
  const label = DECLARED_ENCODING.exec(head)?.[1].toLowerCase() ?? 'utf-8';
  // Bytes that read as ASCII are not UTF-16 or UTF-32 whatever the declaration claims.
  return /^(utf-?8|utf-?16.*|utf-?32.*|ucs-?[24].*)$/.test(label) ? 'utf-8' : label;
}

/**
 * A part's bytes as text. A part in another encoding than UTF-8 has its declaration say
 * UTF-8 in the text: wherever the text is written back, it is written as UTF-8.
 */
export function xmlText(bytes: Uint8Array): string {
  const encoding = encodingOf(bytes);
  if (encoding === 'utf-8') return utf8.decode(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding);
  } catch {
    // An encoding nobody knows: read as UTF-8, and any byte that is not becomes U+FFFD.
    return utf8.decode(bytes);
  }
  return decoder.decode(bytes).replace(/^(\ufeff?<\?xml[^>]*?\sencoding\s*=\s*)(["'])[^"']*\2/, '$1$2UTF-8$2');
}

/** ST_Xstring escapes: `_x000D_` is a carriage return, `_x005F_` a literal underscore. */
export function unescapeXstring(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
