/**
 * Appends the cell formats our sheets need to styles.xml — additions only, the user's
 * formats keep their indices. Every font/fill/border/xf is serialised canonically and
 * looked up before it is added, so identical styles share one xf and a second run reuses
 * what the first one appended instead of growing the file.
 */
import type { CellStyle } from '../core/report/sheetspec';
import { attrs, elementRe, esc, findElement, innerOf, rootPrefix, setAttr, startTag } from './xml';
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
const CHILD: Record<Section, string> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellStyleXfs: 'xf',
  cellXfs: 'xf',
};
// Schema order of CT_Stylesheet, for inserting a section the file lacks.
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** A border's left and right edges: Strict knows them only by writing direction. */
function sideNames(ns: Namespaces): [string, string] {
  return ns.strict ? ['start', 'end'] : ['left', 'right'];
}

/** The styles part for a package that has none. */
export function minimalStyles(ns: Namespaces): string {
  const [left, right] = sideNames(ns);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<styleSheet xmlns="${ns.main}">` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    `<borders count="1"><border><${left}/><${right}/><top/><bottom/><diagonal/></border></borders>` +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}

function argb(rgb: string): string {
  return `FF${rgb.replace(/^#/, '').slice(-6).toUpperCase().padStart(6, '0')}`;
}

export class StyleBook {
  private readonly p: string;
  private readonly sides: [string, string];
  private readonly items: Record<Section, string[]>;
  private readonly numFmtIds = new Map<string, number>();
  private readonly cache = new Map<string, number>();
  private baseFont: { name: string; size: string; family: string };
  /** Sections with additions; only these are rewritten. */
  private readonly dirty = new Set<Section>();

  constructor(private xml: string) {
    this.p = rootPrefix(xml, 'styleSheet');
    this.sides = sideNames(namespacesFor(rootNamespace(xml, 'styleSheet')));
    this.items = {} as Record<Section, string[]>;
    for (const s of SECTIONS) {
      const el = findElement(xml, this.p, s);
      this.items[s] = el ? [...innerOf(el.text).matchAll(elementRe(this.p, CHILD[s]))].map((m) => m[0]) : [];
    }
    for (const nf of this.items.numFmts) {
      const a = attrs(nf);
      if (a.formatCode !== undefined && a.numFmtId !== undefined) this.numFmtIds.set(a.formatCode, Number(a.numFmtId));
    }
    // New fonts start from the workbook's default font so our text looks like the user's.
    const font0 = this.items.fonts[0] ?? '';
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
    this.items.numFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`);
    this.dirty.add('numFmts');
    return id;
  }

  private intern(section: Section, element: string): number {
    const list = this.items[section];
    const i = list.indexOf(element);
    if (i >= 0) return i;
    list.push(element);
    this.dirty.add(section);
    return list.length - 1;
  }

  /** The edited styles.xml: each changed section rewritten, all other content as it was. */
  toXml(): string {
    let xml = this.xml;
    for (const s of SECTIONS) {
      if (!this.dirty.has(s)) continue;
      const list = this.items[s];
      const el = findElement(xml, this.p, s);
      const open = el ? setAttr(startTag(el.text).replace(/\/>$/, '>'), 'count', String(list.length)) : `<${this.p}${s} count="${list.length}">`;
      const rebuilt = `${open}${list.join('')}</${this.p}${s}>`;
      if (el) {
        xml = xml.slice(0, el.start) + rebuilt + xml.slice(el.end);
        continue;
      }
      const next = ORDER.slice(ORDER.indexOf(s) + 1)
        .map((n) => findElement(xml, this.p, n))
        .find((e) => e !== null);
      const at = next ? next.start : xml.lastIndexOf('</');
      xml = xml.slice(0, at) + rebuilt + xml.slice(at);
    }
    this.xml = xml;
    this.dirty.clear();
    return xml;
  }
}
