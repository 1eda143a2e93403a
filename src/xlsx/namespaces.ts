/**
 * The namespaces of the parts this product writes. A package is Transitional (ECMA-376
 * Part 4, schemas.openxmlformats.org) or Strict (Part 1, purl.oclc.org; Excel's "Strict
 * Open XML" save format), and what we add or edit must use the package's own: a Strict
 * workbook whose new sheets speak Transitional is two documents glued together, and a
 * second `xmlns:r` on a root element makes the part malformed. The package layer (OPC:
 * content types, relationships' own markup, core properties) is the same in both.
 */

const T = 'http://schemas.openxmlformats.org/';
const S = 'http://purl.oclc.org/ooxml/';

export interface Namespaces {
  strict: boolean;
  /** SpreadsheetML: workbook, worksheets, styles. */
  main: string;
  /** Relationships: the `r:id` attributes, and the base of every relationship type. */
  rel: string;
  /** DrawingML (`a:`). */
  drawing: string;
  /** Spreadsheet drawings (`xdr:`), the anchors of a chart on a sheet. */
  spreadsheetDrawing: string;
  /** DrawingML charts (`c:`). */
  chart: string;
}

export const TRANSITIONAL: Namespaces = {
  strict: false,
  main: `${T}spreadsheetml/2006/main`,
  rel: `${T}officeDocument/2006/relationships`,
  drawing: `${T}drawingml/2006/main`,
  spreadsheetDrawing: `${T}drawingml/2006/spreadsheetDrawing`,
  chart: `${T}drawingml/2006/chart`,
};

export const STRICT: Namespaces = {
  strict: true,
  main: `${S}spreadsheetml/main`,
  rel: `${S}officeDocument/relationships`,
  drawing: `${S}drawingml/main`,
  spreadsheetDrawing: `${S}drawingml/spreadsheetDrawing`,
  chart: `${S}drawingml/chart`,
};

/** The namespaces that go with a part whose root is in `mainNamespace` (Transitional unless it is Strict's). */
export function namespacesFor(mainNamespace: string | null): Namespaces {
  return mainNamespace === STRICT.main ? STRICT : TRANSITIONAL;
}

/** The relationship types the writer creates; each has the same last segment in both classes. */
export type WrittenRel = 'worksheet' | 'styles' | 'drawing' | 'chart' | 'hyperlink';

export function relType(ns: Namespaces, kind: WrittenRel): string {
  return `${ns.rel}/${kind}`;
}

/** Namespace declarations of a start tag: prefix ('' for the default namespace) → URI. */
export function declarations(startTag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of startTag.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1] ?? '', m[2] ?? m[3] ?? '');
  return out;
}

/** The first start tag of an element named `local` (any prefix), with its prefix ('' or `x:`). */
export function rootTag(xml: string, local: string): { tag: string; prefix: string } | null {
  const m = new RegExp(`<([\\w.-]+:)?${local}(?=[\\s/>])[^>]*>`).exec(xml);
  return m ? { tag: m[0], prefix: m[1] ?? '' } : null;
}

/** The namespace of the root element `local`, from its own declarations (null when it declares none). */
export function rootNamespace(xml: string, local: string): string | null {
  const root = rootTag(xml, local);
  if (!root) return null;
  return declarations(root.tag).get(root.prefix.replace(/:$/, '')) ?? null;
}
