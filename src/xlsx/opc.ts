/**
 * The OPC package (the zip) of an .xlsx file: parts by name, relationships, content types.
 * Part names are kept without the leading '/', and looked up case-insensitively as OPC
 * requires; relationship targets may be relative or absolute (openpyxl writes `/xl/…`).
 * Parts are inflated only when read; parts nobody changed are written back as the very
 * bytes they were stored as (see zip.ts).
 */
import { type Codec, type PackedEntry, type ZipEntry, ZipReader, packEntry, unpackEntry, writeZip } from './zip';
import { type XmlHandler, XmlError, attr, parseXmlText, xmlText } from './xmlread';

/** Relationship types are compared by their last segment so Strict OOXML (purl.oclc.org) types match too. */
export type RelKind =
  | 'officeDocument'
  | 'worksheet'
  | 'styles'
  | 'sharedStrings'
  | 'theme'
  | 'calcChain'
  | 'drawing'
  | 'chart'
  | 'hyperlink'
  | 'table'
  | 'extended-properties';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The resolved part name for internal targets ('' for external ones). */
  part: string;
}

export function relIs(rel: { type: string }, kind: RelKind): boolean {
  return rel.type.endsWith(`/${kind}`);
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`; '' (package) → `_rels/.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function dirOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

/** Resolves a relationship target against its source part into a part name (no leading '/'). */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target.trim().split('#')[0];
  try {
    t = decodeURIComponent(t);
  } catch {
    // A malformed escape is taken literally, as Excel does.
  }
  const segments = t.startsWith('/') ? [] : dirOf(sourcePart).split('/').filter(Boolean);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') segments.pop();
    else segments.push(seg);
  }
  return segments.join('/');
}

/** The relative target from one part to another, as Excel writes it. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = dirOf(sourcePart).split('/').filter(Boolean);
  const to = targetPart.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

/**
 * The relationships of a `.rels` part. Matched by local name: the package namespace is the
 * same in Strict OOXML, and some generators leave it out.
 */
export function parseRels(xml: string, sourcePart: string): Relationship[] {
  const out: Relationship[] = [];
  parseXmlText(xml, {
    open(name, attrs) {
      if (name !== 'Relationship' && !name.endsWith(':Relationship')) return;
      const id = attr(attrs, 'Id');
      const target = attr(attrs, 'Target');
      if (!id || !target) return;
      const external = attr(attrs, 'TargetMode') === 'External';
      out.push({ id, type: attr(attrs, 'Type') ?? '', target, external, part: external ? '' : resolveTarget(sourcePart, target) });
    },
  });
  return out;
}

/** A part as the package holds it: the archive's entry, or content put since (as given, or packed). */
type Stored = { entry: ZipEntry } | { content: string | Uint8Array } | { packed: PackedEntry };

export class Package {
  /** Every entry in archive order (directories included), by the name stored in the zip. */
  private readonly stored = new Map<string, Stored>();
  /** lower-case part name → the entry name as stored in the zip */
  private readonly names = new Map<string, string>();
  /**
   * The text of the part read last, when the reader stopped early: sheet detection reads the
   * first rows of a sheet and then, for the overview, all of it, and inflating and decoding
   * the 7 MB worksheet of the bench a second time cost 30–40 ms. Kept until the next read.
   */
  private partlyRead: { stored: Stored; text: string } | null = null;

  private constructor(
    private readonly zip: ZipReader,
    private readonly codec: Codec,
  ) {
    for (const entry of zip.entries) {
      this.stored.set(entry.name, { entry });
      if (!entry.isDirectory) this.names.set(entry.name.replace(/^\/+/, '').toLowerCase(), entry.name);
    }
  }

  /** Throws `ZipError` when the bytes are not a readable zip. */
  static async load(bytes: Uint8Array, codec: Codec): Promise<Package> {
    return new Package(new ZipReader(bytes, codec), codec);
  }

  has(part: string): boolean {
    return this.names.has(part.toLowerCase());
  }

  /** The part name as stored (case preserved), or null. */
  actualName(part: string): string | null {
    return this.names.get(part.toLowerCase()) ?? null;
  }

  private find(part: string): Stored | null {
    const name = this.actualName(part);
    return name === null ? null : (this.stored.get(name) ?? null);
  }

  /** The part's content; throws `ZipError` when its entry is damaged. */
  bytes(part: string): Uint8Array | null {
    const s = this.find(part);
    if (!s) return null;
    if ('entry' in s) return this.zip.read(s.entry);
    if ('packed' in s) return unpackEntry(s.packed, this.codec);
    return typeof s.content === 'string' ? new TextEncoder().encode(s.content) : s.content;
  }

  async text(part: string): Promise<string | null> {
    const s = this.find(part);
    if (s && 'content' in s && typeof s.content === 'string') return s.content;
    const bytes = this.bytes(part);
    if (bytes === null) return null;
    const text = xmlText(bytes);
    // A byte-order mark would stop the regular expressions from seeing the root element first.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  /**
   * Parses a part with the XML reader, as far as the handler reads (see `XmlHandler.done`).
   * False when the part does not exist. Throws `ZipError` or `XmlError` when it is damaged.
   */
  readXml(part: string, handler: XmlHandler): boolean {
    const s = this.find(part);
    if (!s) return false;
    const kept = this.partlyRead;
    this.partlyRead = null;
    try {
      let text: string;
      if ('content' in s && typeof s.content === 'string') text = s.content;
      else text = kept?.stored === s ? kept.text : xmlText(this.bytes(part)!);
      parseXmlText(text, handler);
      if (handler.done) this.partlyRead = { stored: s, text };
    } catch (e) {
      throw e instanceof XmlError ? e.in(part) : e;
    }
    return true;
  }

  /**
   * Content encoded and deflated now, to `put` later: a writer with many large parts then
   * holds each part's text only while it makes and checks it, not until the package is written.
   */
  pack(content: string | Uint8Array): PackedEntry {
    return packEntry(typeof content === 'string' ? new TextEncoder().encode(content) : content, this.codec);
  }

  /** Writes a part, keeping the stored name (and so its case) when it already exists. */
  put(part: string, content: string | Uint8Array | PackedEntry): void {
    const name = this.actualName(part) ?? part;
    this.stored.set(name, typeof content === 'string' || content instanceof Uint8Array ? { content } : { packed: content });
    this.names.set(part.toLowerCase(), name);
  }

  remove(part: string): void {
    const name = this.actualName(part);
    if (name === null) return;
    this.stored.delete(name);
    this.names.delete(part.toLowerCase());
  }

  async rels(part: string): Promise<Relationship[]> {
    const path = relsPathOf(part);
    const xml = await this.text(path);
    try {
      return xml === null ? [] : parseRels(xml, part);
    } catch (e) {
      throw e instanceof XmlError ? e.in(path) : e;
    }
  }

  /** The workbook part, found through the package relationships as a consumer must. */
  async workbookPart(): Promise<string | null> {
    const root = await this.rels('');
    const rel = root.find((r) => relIs(r, 'officeDocument') && !r.external);
    if (rel && this.has(rel.part)) return this.actualName(rel.part)!.replace(/^\/+/, '');
    return this.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
  }

  /** Every part reachable from the given parts through internal relationships (the parts included). */
  async reachable(from: string[], skip: (source: string, rel: Relationship) => boolean = () => false): Promise<Set<string>> {
    const seen = new Set<string>();
    const queue = [...from];
    while (queue.length) {
      const part = queue.pop()!;
      const key = part.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      for (const rel of await this.rels(part)) {
        if (rel.external || skip(part, rel) || !this.has(rel.part)) continue;
        queue.push(rel.part);
      }
    }
    return seen;
  }

  /** The package as a zip: untouched entries copied as stored, in their order; new ones after them. */
  async generate(): Promise<Uint8Array> {
    const encoder = new TextEncoder();
    return writeZip(
      [...this.stored].map(([name, s]) =>
        'entry' in s
          ? { name, copy: s.entry, from: this.zip }
          : 'packed' in s
            ? { name, packed: s.packed }
            : { name, content: typeof s.content === 'string' ? encoder.encode(s.content) : s.content },
      ),
      this.codec,
    );
  }
}
