/**
 * Appends the cell formats our sheets need to styles.xml — additions only: each list
 * (fonts, fills, …) gains entries after the user's, which keep their bytes and indices.
 * Every font/fill/border/xf is serialised canonically and looked up before it is added,
 * so identical styles share one xf and a second run reuses what the first one appended
 * instead of growing the file.
 */
import type { CellStyle } from '../core/report/sheetspec';
import { attrs, esc, findElement, innerOf, rootPrefix, setAttr, startTag } from './xml';
import { type Namespaces, namespacesFor, rootNamespace } from './namespaces';

// Built-in number formats (ECMA-376 §18.8.30) that need no <numFmt> entry.
const BUILTIN_NUMFMT: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};

/** The locale's short date: shows `15-12-2018` in Danish Excel and reads back as a date everywhere. */
const DATE_NUMFMT_ID = 14;

const SECTIONS = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs'] as const;
type Section = (typeof SECTIONS)[number];
// Schema order of CT_Stylesheet, for inserting a section the file lacks.
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** A border's left and right edges: Strict knows them only by writing direction. */
function sideNames(ns: Namespaces): [string, string] {
  return ns.strict ? ['start', 'end'] : ['left', 'right'];
}

/** The entries every list of a styles part starts with: index 0 is the plain default (fills 0 and 1 are reserved). */
function defaultEntries(p: string, [left, right]: [string, string]): Record<Exclude<Section, 'numFmts'>, string[]> {
  return {
    fonts: [`<${p}font><${p}sz val="11"/><${p}name val="Calibri"/><${p}family val="2"/></${p}font>`],
    fills: [`<${p}fill><${p}patternFill patternType="none"/></${p}fill>`, `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`],
    borders: [`<${p}border><${p}${left}/><${p}${right}/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`],
    cellStyleXfs: [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`],
    cellXfs: [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`],
  };
}

/** The styles part for a package that has none. */
export function minimalStyles(ns: Namespaces): string {
  const d = defaultEntries('', sideNames(ns));
  const list = (name: keyof typeof d) => `<${name} count="${d[name].length}">${d[name].join('')}</${name}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<styleSheet xmlns="${ns.main}">` +
    list('fonts') +
    list('fills') +
    list('borders') +
    list('cellStyleXfs') +
    list('cellXfs') +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}

/**
 * The direct child elements of an element's content, each as written. A list entry may be
 * wrapped, as in `<mc:AlternateContent>` (Hancom Office writes fonts so); it is one entry.
 */
function childElements(inner: string): string[] {
  const out: string[] = [];
  const tags = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)[\w.:-]+(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g;
  let depth = 0;
  let start = 0;
  for (const m of inner.matchAll(tags)) {
    if (/^<[!?]/.test(m[0])) continue;
    if (m[1]) {
      depth--;
      if (depth === 0) out.push(inner.slice(start, m.index + m[0].length));
    } else if (m[2]) {
      if (depth === 0) out.push(m[0]);
    } else {
      if (depth === 0) start = m.index;
      depth++;
    }
  }
  return out;
}

function argb(rgb: string): string {
  return `FF${rgb.replace(/^#/, '').slice(-6).toUpperCase().padStart(6, '0')}`;
}

export class StyleBook {
  private readonly p: string;
  private readonly sides: [string, string];
  /** Each list's entries as the file has them, and the ones this run appends. */
  private readonly existing = {} as Record<Section, string[]>;
  private readonly added = {} as Record<Section, string[]>;
  private readonly numFmtIds = new Map<string, number>();
  private readonly cache = new Map<string, number>();
  private baseFont: { name: string; size: string; family: string };

  constructor(private readonly xml: string) {
    this.p = rootPrefix(xml, 'styleSheet');
    this.sides = sideNames(namespacesFor(rootNamespace(xml, 'styleSheet')));
    for (const s of SECTIONS) {
      const el = findElement(xml, this.p, s);
      this.existing[s] = el ? childElements(innerOf(el.text)) : [];
      this.added[s] = [];
    }
    // A list the part lacks or leaves empty (a bare `<styleSheet/>`, as some generators
    // write) starts with the defaults: the user's unstyled cells and ours then have the
    // plain xf 0, fonts and fills they would have in any other workbook.
    const defaults = defaultEntries(this.p, this.sides);
    for (const s of SECTIONS) if (s !== 'numFmts' && this.existing[s].length === 0) this.added[s].push(...defaults[s]);
    for (const nf of this.existing.numFmts) {
      const a = attrs(nf);
      if (a.formatCode !== undefined && a.numFmtId !== undefined) this.numFmtIds.set(a.formatCode, Number(a.numFmtId));
    }
    // New fonts start from the workbook's default font so our text looks like the user's.
    const font0 = this.existing.fonts[0] ?? '';
    const val = (tag: string) => new RegExp(`<${this.p}${tag}\\s[^>]*val="([^"]*)"`).exec(font0)?.[1];
    this.baseFont = { name: val('name') ?? 'Calibri', size: val('sz') ?? '11', family: val('family') ?? '2' };
  }

  /** The cellXfs index for a style; `date` adds the date format when the style has none. */
  xfFor(style: CellStyle | undefined, date: boolean): number {
    const key = JSON.stringify([style ?? null, date]);
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const s = style ?? {};
    const p = this.p;

    const numFmt = s.numFmt !== undefined ? this.numFmtId(s.numFmt) : date ? DATE_NUMFMT_ID : 0;
    const fontBody =
      (s.bold ? `<${p}b/>` : '') +
      (s.italic ? `<${p}i/>` : '') +
      (s.underline ? `<${p}u/>` : '') +
      `<${p}sz val="${s.size ?? this.baseFont.size}"/>` +
      (s.color ? `<${p}color rgb="${argb(s.color)}"/>` : '') +
      `<${p}name val="${esc(this.baseFont.name)}"/><${p}family val="${this.baseFont.family}"/>`;
    const plainFont = !s.bold && !s.italic && !s.underline && s.size === undefined && !s.color;
    const fontId = plainFont ? 0 : this.intern('fonts', `<${p}font>${fontBody}</${p}font>`);
    const fillId = s.fill
      ? this.intern('fills', `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(s.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`)
      : 0;
    const line = (side: string) => `<${p}${side} style="thin"><${p}color indexed="64"/></${p}${side}>`;
    const [left, right] = this.sides;
    const borderId =
      s.border === 'thin'
        ? this.intern('borders', `<${p}border>${line(left)}${line(right)}${line('top')}${line('bottom')}<${p}diagonal/></${p}border>`)
        : s.border === 'bottom'
          ? this.intern('borders', `<${p}border><${p}${left}/><${p}${right}/><${p}top/>${line('bottom')}<${p}diagonal/></${p}border>`)
          : 0;

    const align: string[] = [];
    if (s.align) align.push(`horizontal="${s.align}"`);
    if (s.valign) align.push(`vertical="${s.valign === 'middle' ? 'center' : s.valign}"`);
    if (s.wrap) align.push('wrapText="1"');
    const applied =
      (numFmt ? ' applyNumberFormat="1"' : '') +
      (fontId ? ' applyFont="1"' : '') +
      (fillId ? ' applyFill="1"' : '') +
      (borderId ? ' applyBorder="1"' : '') +
      (align.length ? ' applyAlignment="1"' : '');
    const head = `<${p}xf numFmtId="${numFmt}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
    const xf = align.length ? `${head}><${p}alignment ${align.join(' ')}/></${p}xf>` : `${head}/>`;
    const id = this.intern('cellXfs', xf);
    this.cache.set(key, id);
    return id;
  }

  private numFmtId(code: string): number {
    const builtin = BUILTIN_NUMFMT[code];
    if (builtin !== undefined) return builtin;
    const known = this.numFmtIds.get(code);
    if (known !== undefined) return known;
    // Custom formats start at 164; ids below are reserved for built-ins.
    const id = Math.max(163, ...this.numFmtIds.values()) + 1;
    this.numFmtIds.set(code, id);
    this.added.numFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`);
    return id;
  }

  private intern(section: Section, element: string): number {
    const i = this.existing[section].indexOf(element);
    if (i >= 0) return i;
    const list = this.added[section];
    const j = list.indexOf(element);
    if (j >= 0) return this.existing[section].length + j;
    list.push(element);
    return this.existing[section].length + list.length - 1;
  }

  /** The edited styles.xml: the additions appended to their lists, every other byte as it was. */
  toXml(): string {
    const p = this.p;
    // A self-closing root gets an end tag for the lists to go before.
    let xml = this.xml.replace(new RegExp(`(<${p}styleSheet(?=[\\s/>])[^>]*?)\\s*/>`), `$1></${p}styleSheet>`);
    for (const s of SECTIONS) {
      const more = this.added[s];
      if (!more.length) continue;
      const count = String(this.existing[s].length + more.length);
      const el = findElement(xml, p, s);
      if (el) {
        const open = startTag(el.text);
        const grown = open.endsWith('/>')
          ? `${setAttr(open.replace(/\s*\/>$/, '>'), 'count', count)}${more.join('')}</${p}${s}>`
          : setAttr(open, 'count', count) + el.text.slice(open.length, el.text.lastIndexOf('</')) + more.join('') + el.text.slice(el.text.lastIndexOf('</'));
        xml = xml.slice(0, el.start) + grown + xml.slice(el.end);
        continue;
      }
      const next = ORDER.slice(ORDER.indexOf(s) + 1)
        .map((n) => findElement(xml, p, n))
        .find((e) => e !== null);
      const at = next ? next.start : xml.lastIndexOf('</');
      xml = xml.slice(0, at) + `<${p}${s} count="${count}">${more.join('')}</${p}${s}>` + xml.slice(at);
    }
    return xml;
  }
}
