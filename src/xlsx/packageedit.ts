/**
 * Edits of the package's bookkeeping parts, `[Content_Types].xml` and the `.rels` parts:
 * entries are added and removed as text, in the prefix the part already uses for its
 * namespace (almost always the default one), and everything else stays as written.
 */
import { attrs, elementRe, esc } from './xml';
import { rootTag } from './namespaces';

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
};

export interface NewRel {
  id: string;
  type: string;
  target: string;
  external?: boolean;
}

function relElement(p: string, rel: NewRel): string {
  const mode = rel.external ? ' TargetMode="External"' : '';
  return `<${p}Relationship Id="${esc(rel.id)}" Type="${esc(rel.type)}" Target="${esc(rel.target)}"${mode}/>`;
}

/** A new relationships part holding `rels`. */
export function relsPart(rels: NewRel[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${rels.map((r) => relElement('', r)).join('')}</Relationships>`;
}

const escRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Appends relationships to a relationships part, or makes one when there is none. */
export function addRels(relsXml: string | null, rels: NewRel[]): string {
  const root = relsXml === null ? null : rootTag(relsXml, 'Relationships');
  if (relsXml === null || !root) return relsPart(rels);
  const p = root.prefix;
  const added = rels.map((r) => relElement(p, r)).join('');
  if (root.tag.endsWith('/>')) return relsXml.replace(root.tag, () => `${root.tag.slice(0, -2).trimEnd()}>${added}</${p}Relationships>`);
  return relsXml.replace(new RegExp(`</${escRe(p)}Relationships\\s*>`), (end) => added + end);
}

export function removeRels(relsXml: string, ids: Set<string>): string {
  const p = rootTag(relsXml, 'Relationships')?.prefix ?? '';
  return relsXml.replace(elementRe(p, 'Relationship'), (el) => (ids.has(attrs(el).Id ?? '') ? '' : el));
}

/** A relationship id not used in the given list: `rId<n>`. */
export function freeRelId(used: Set<string>): string {
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

function typesPrefix(typesXml: string): string {
  return rootTag(typesXml, 'Types')?.prefix ?? '';
}

/** Removes the `<Override>` entries of the given part names (lower case, no leading '/'). */
export function removeOverrides(typesXml: string, parts: Set<string>): string {
  return typesXml.replace(elementRe(typesPrefix(typesXml), 'Override'), (el) => {
    const name = (attrs(el).PartName ?? '').replace(/^\/+/, '').toLowerCase();
    return parts.has(name) ? '' : el;
  });
}

export interface NewOverride {
  part: string;
  contentType: string;
}

/** Adds `<Override>` entries, in their order, at once: one pass over the part however many are added. */
export function addOverrides(typesXml: string, overrides: NewOverride[]): string {
  const p = typesPrefix(typesXml);
  const entries = overrides.map(({ part, contentType }) => `<${p}Override PartName="/${esc(part)}" ContentType="${esc(contentType)}"/>`).join('');
  // A stale entry for a part name we (re)use would list the name twice, which Excel rejects.
  const names = new Set(overrides.map(({ part }) => part.toLowerCase()));
  return removeOverrides(typesXml, names).replace(new RegExp(`</${escRe(p)}Types\\s*>`), (end) => entries + end);
}

/** Ensures a `<Default Extension=…>` entry exists (the `.rels` parts we add need one). */
export function ensureDefault(typesXml: string, extension: string, contentType: string): string {
  const p = typesPrefix(typesXml);
  for (const m of typesXml.matchAll(elementRe(p, 'Default'))) {
    if ((attrs(m[0]).Extension ?? '').toLowerCase() === extension) return typesXml;
  }
  const entry = `<${p}Default Extension="${esc(extension)}" ContentType="${esc(contentType)}"/>`;
  return typesXml.replace(new RegExp(`<${escRe(p)}Types(?=[\\s>])[^>]*>`), (open) => open + entry);
}
