/**
 * Just enough XML for editing package parts as text. The writer changes a few elements
 * of parts it does not own (workbook.xml, styles.xml, …) and must leave every other byte
 * as it was, which a parse-and-reserialise round trip through a DOM would not.
 */

// XML 1.0 forbids these code points even as character references; Excel refuses the file.
const ILLEGAL_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function stripIllegalXmlChars(s: string): string {
  return s.replace(ILLEGAL_XML_CHARS, '');
}

/** Whether a text may need escaping or cleaning: most cell texts do not, and are returned as they are. */
const NEEDS_ESC = /[&<>"'\u0000-\u001F\u0100-\uFFFF]/;

/**
 * Escapes text for element content and attribute values (both quote kinds), dropping illegal
 * characters. Characters beyond Latin-1 (`→`, `–`, Greek or Polish letters) are written as
 * character references: then every string the writer builds stays one byte a character in
 * V8, which halves the memory of a large sheet's XML and makes encoding and checking it faster.
 */
export function esc(s: string): string {
  if (!NEEDS_ESC.test(s)) return s;
  return stripIllegalXmlChars(s).replace(TO_ESCAPE, escapeOne);
}

/**
 * What `esc` replaces, in one pass: markup, the white space attribute values would lose
 * (a parser normalises a literal tab or newline to a space), and characters beyond Latin-1.
 */
const TO_ESCAPE = /[&<>"'\t\n\r]|[^\u0000-\u00FF]/gu;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

function escapeOne(c: string): string {
  return ESCAPES[c] ?? `&#${c.codePointAt(0)};`;
}

export function unesc(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    switch (e) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/** Attributes of a start tag (the whole `<name …>` text), unescaped, keyed by their qualified name. */
export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const body = tag.replace(/^<[\w:.-]+/, '');
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) out[m[1]] = unesc(m[2] ?? m[3] ?? '');
  return out;
}

/** The value of an attribute whatever namespace prefix it carries (`r:id`, `ns1:id`), or of the plain name. */
export function attrAnyPrefix(a: Record<string, string>, local: string): string | undefined {
  if (a[local] !== undefined) return a[local];
  for (const k of Object.keys(a)) if (k.endsWith(`:${local}`) && !k.startsWith('xmlns:')) return a[k];
  return undefined;
}

/** Sets (or adds) one attribute in a start tag, leaving the rest of the tag as written. */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, (_m, pre: string) => `${pre}"${esc(value)}"`);
  return tag.replace(/\s*(\/?>)$/, (_m, end: string) => ` ${name}="${esc(value)}"${end}`);
}

/**
 * The namespace prefix (with its colon, or '') a document uses for `rootLocal`'s namespace.
 * Most producers use the default namespace; some SDK-generated files write `<x:workbook>`.
 */
export function rootPrefix(xml: string, rootLocal: string): string {
  const m = new RegExp(`<([\\w.-]+:)?${rootLocal}[\\s>/]`).exec(xml);
  return m?.[1] ?? '';
}

const escRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches whole elements `<p:name …/>` or `<p:name …>…</p:name>` (no nesting of the same name). */
export function elementRe(prefix: string, name: string, flags = 'g'): RegExp {
  const q = escRe(prefix + name);
  return new RegExp(`<${q}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${q}\\s*>)`, flags);
}

/** The first whole element with that name, with its position, or null. */
export function findElement(xml: string, prefix: string, name: string): { text: string; start: number; end: number } | null {
  const m = elementRe(prefix, name, '').exec(xml);
  return m ? { text: m[0], start: m.index, end: m.index + m[0].length } : null;
}

/** The content between an element's start and end tags ('' when self-closing). */
export function innerOf(element: string): string {
  const open = element.indexOf('>');
  if (element[open - 1] === '/') return '';
  return element.slice(open + 1, element.lastIndexOf('</'));
}

/** The start tag of an element text. */
export function startTag(element: string): string {
  return element.slice(0, element.indexOf('>') + 1);
}
