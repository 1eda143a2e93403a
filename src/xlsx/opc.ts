/**
 * The OPC package (the zip) of an .xlsx file: parts by name, relationships, content types.
 * Part names are kept without the leading '/', and looked up case-insensitively as OPC
 * requires; relationship targets may be relative or absolute (openpyxl writes `/xl/…`).
 */
import JSZip from 'jszip';
import { attrs, elementRe, esc } from './xml';

export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

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

export const REL_TYPE: Record<RelKind, string> = {
  officeDocument: `${REL_NS}/officeDocument`,
  worksheet: `${REL_NS}/worksheet`,
  styles: `${REL_NS}/styles`,
  sharedStrings: `${REL_NS}/sharedStrings`,
  theme: `${REL_NS}/theme`,
  calcChain: `${REL_NS}/calcChain`,
  drawing: `${REL_NS}/drawing`,
  chart: `${REL_NS}/chart`,
  hyperlink: `${REL_NS}/hyperlink`,
  table: `${REL_NS}/table`,
  'extended-properties': `${REL_NS}/extended-properties`,
};

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
};

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

export function parseRels(xml: string, sourcePart: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship(?=[\s/>])[^>]*>/g)) {
    const a = attrs(m[0]);
    if (!a.Id || !a.Target) continue;
    const external = a.TargetMode === 'External';
    out.push({
      id: a.Id,
      type: a.Type ?? '',
      target: a.Target,
      external,
      part: external ? '' : resolveTarget(sourcePart, a.Target),
    });
  }
  return out;
}

export function relElement(id: string, type: string, target: string, external = false): string {
  return `<Relationship Id="${esc(id)}" Type="${esc(type)}" Target="${esc(target)}"${external ? ' TargetMode="External"' : ''}/>`;
}

export function emptyRels(): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
}

/** A relationship id not used in the given list: `rId<n>`. */
export function freeRelId(used: Iterable<string>): string {
  const taken = new Set(used);
  let n = 1;
  while (taken.has(`rId${n}`)) n++;
  return `rId${n}`;
}

export class Package {
  /** lower-case part name → the entry name as stored in the zip */
  private readonly names = new Map<string, string>();

  private constructor(readonly zip: JSZip) {
    for (const entry of Object.values(zip.files)) {
      if (!entry.dir) this.names.set(entry.name.replace(/^\/+/, '').toLowerCase(), entry.name);
    }
  }

  static async load(bytes: Uint8Array): Promise<Package> {
    return new Package(await JSZip.loadAsync(bytes, { createFolders: false }));
  }

  has(part: string): boolean {
    return this.names.has(part.toLowerCase());
  }

  /** The part name as stored (case preserved), or null. */
  actualName(part: string): string | null {
    return this.names.get(part.toLowerCase()) ?? null;
  }

  async text(part: string): Promise<string | null> {
    const name = this.actualName(part);
    if (name === null) return null;
    const file = this.zip.file(name);
    if (!file) return null;
    const text = await file.async('string');
    // A byte-order mark would stop the regular expressions from seeing the root element first.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  /** Writes a part, keeping the stored name (and so its case) when it already exists. */
  put(part: string, content: string | Uint8Array): void {
    const name = this.actualName(part) ?? part;
    this.zip.file(name, content, { createFolders: false });
    this.names.set(part.toLowerCase(), name);
  }

  remove(part: string): void {
    const name = this.actualName(part);
    if (name === null) return;
    this.zip.remove(name);
    this.names.delete(part.toLowerCase());
  }

  async rels(part: string): Promise<Relationship[]> {
    const xml = await this.text(relsPathOf(part));
    return xml === null ? [] : parseRels(xml, part);
  }

  /** The workbook part, found through the package relationships as a consumer must. */
  async workbookPart(): Promise<string | null> {
    const root = await this.rels('');
    const rel = root.find((r) => relIs(r, 'officeDocument') && !r.external);
    if (rel && this.has(rel.part)) return this.actualName(rel.part)!.replace(/^\/+/, '');
    return this.has('xl/workbook.xml') ? 'xl/workbook.xml' : null;
  }

  /** A part name `<dir><stem><n><ext>` not in the package (case-insensitively). */
  freePartName(dir: string, stem: string, ext: string, reserved: Set<string> = new Set()): string {
    for (let n = 1; ; n++) {
      const name = `${dir}${stem}${n}${ext}`;
      if (!this.has(name) && !reserved.has(name.toLowerCase())) return name;
    }
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

  async generate(): Promise<Buffer> {
    return this.zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}

/** Content-type edits: adds and removes `<Override>` entries, leaving everything else as written. */
export function addOverride(typesXml: string, part: string, contentType: string): string {
  const entry = `<Override PartName="/${esc(part)}" ContentType="${esc(contentType)}"/>`;
  // A stale entry for a part name we (re)use would make the name listed twice, which Excel rejects.
  return removeOverrides(typesXml, new Set([part.toLowerCase()])).replace(/<\/((?:[\w.-]+:)?)Types\s*>/, (m) => entry + m);
}

export function removeOverrides(typesXml: string, parts: Set<string>): string {
  return typesXml.replace(elementRe('', 'Override'), (el) => {
    const name = (attrs(el).PartName ?? '').replace(/^\/+/, '').toLowerCase();
    return parts.has(name) ? '' : el;
  });
}

/** Ensures a `<Default Extension=…>` entry exists (needed for `.rels` parts we add). */
export function ensureDefault(typesXml: string, extension: string, contentType: string): string {
  for (const m of typesXml.matchAll(elementRe('', 'Default'))) {
    if ((attrs(m[0]).Extension ?? '').toLowerCase() === extension) return typesXml;
  }
  const entry = `<Default Extension="${esc(extension)}" ContentType="${esc(contentType)}"/>`;
  return typesXml.replace(/(<(?:[\w.-]+:)?Types\b[^>]*>)/, `$1${entry}`);
}
