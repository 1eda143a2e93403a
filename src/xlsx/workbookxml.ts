/**
 * Reading and editing xl/workbook.xml as text: the `<sheets>` list, the defined names and
 * the book views. Elements of sheets we keep are carried over exactly as written.
 */
import { attrAnyPrefix, attrs, elementRe, esc, findElement, innerOf, rootPrefix, setAttr, startTag, unesc } from './xml';
import { type Namespaces, declarations, namespacesFor, rootNamespace } from './namespaces';
import { isOwnerName, ownerOf } from '../workbook/owner';

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** The `<sheet …/>` element as written. */
  raw: string;
}

export interface DefinedNameEntry {
  name: string;
  /** Index into `<sheets>` for a sheet-scoped name. */
  localSheetId: number | null;
  value: string;
  raw: string;
}

export interface WorkbookXml {
  xml: string;
  /** Namespace prefix of the spreadsheetml elements ('' almost always). */
  prefix: string;
  /** Transitional or Strict, by the workbook's own namespace: what the parts we add must use. */
  ns: Namespaces;
  /** Prefix bound to the package's relationships namespace where `<sheet>` elements sit, or null. */
  relPrefix: string | null;
  sheets: SheetEntry[];
  definedNames: DefinedNameEntry[];
  date1904: boolean;
}

function stateOf(v: string | undefined): SheetEntry['state'] {
  return v === 'hidden' || v === 'veryHidden' ? v : 'visible';
}

export function parseWorkbookXml(xml: string): WorkbookXml {
  const prefix = rootPrefix(xml, 'workbook');
  const ns = namespacesFor(rootNamespace(xml, 'workbook'));
  const sheetsEl = findElement(xml, prefix, 'sheets');
  const relPrefix = boundPrefix(inScope(xml, prefix, sheetsEl?.text ?? null), ns.rel);

  const sheets: SheetEntry[] = [];
  for (const m of innerOf(sheetsEl?.text ?? '').matchAll(elementRe(prefix, 'sheet'))) {
    const a = attrs(m[0]);
    sheets.push({
      name: a.name ?? '',
      sheetId: Number(a.sheetId) || 0,
      relId: attrAnyPrefix(a, 'id') ?? '',
      state: stateOf(a.state),
      raw: m[0],
    });
  }

  const namesEl = findElement(xml, prefix, 'definedNames');
  const definedNames: DefinedNameEntry[] = [];
  for (const m of innerOf(namesEl?.text ?? '').matchAll(elementRe(prefix, 'definedName'))) {
    const a = attrs(m[0]);
    definedNames.push({
      name: a.name ?? '',
      localSheetId: a.localSheetId !== undefined && /^\d+$/.test(a.localSheetId) ? Number(a.localSheetId) : null,
      value: unesc(innerOf(m[0])),
      raw: m[0],
    });
  }

  const pr = findElement(xml, prefix, 'workbookPr');
  const d1904 = pr ? attrs(pr.text).date1904 : undefined;
  return { xml, prefix, ns, relPrefix, sheets, definedNames, date1904: d1904 === '1' || d1904 === 'true' };
}

/** The namespace declarations in scope inside `<sheets>`: the root's, then those on `<sheets>` itself. */
function inScope(xml: string, prefix: string, sheetsEl: string | null): Map<string, string> {
  const root = new RegExp(`<${prefix}workbook(?=[\\s/>])[^>]*>`).exec(xml)?.[0] ?? '';
  return new Map([...declarations(root), ...declarations(sheetsEl ? startTag(sheetsEl) : '')]);
}

function boundPrefix(scope: Map<string, string>, uri: string): string | null {
  for (const [p, u] of scope) if (p !== '' && u === uri) return p;
  return null;
}

/** Owner key by sheet index, from the owner markers. */
export function ownersByIndex(wb: WorkbookXml): Map<number, string> {
  const out = new Map<number, string>();
  for (const dn of wb.definedNames) {
    if (!isOwnerName(dn.name) || dn.localSheetId === null) continue;
    const key = ownerOf(dn.value);
    if (key !== null && dn.localSheetId < wb.sheets.length) out.set(dn.localSheetId, key);
  }
  return out;
}

export interface NewSheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: SheetEntry['state'];
}

export interface NewDefinedName {
  name: string;
  localSheetId: number;
  value: string;
  hidden?: boolean;
}

export type SheetSlot = { keep: SheetEntry } | { add: NewSheetEntry };

export interface WorkbookEdit {
  /** The new `<sheets>` order. */
  slots: SheetSlot[];
  /** Old sheet index → new index for sheets whose sheet-scoped names survive; names of other sheets go. */
  nameIndexMap: Map<number, number>;
  /** Sheet-scoped names to add. */
  added: NewDefinedName[];
  /** Existing names to drop although their sheet stays. */
  drop: (dn: DefinedNameEntry) => boolean;
  activeTab: number;
  firstSheet: number;
}

/** Rewrites workbook.xml for a new sheet list, keeping all other content as written. */
export function rewriteWorkbookXml(wb: WorkbookXml, edit: WorkbookEdit): string {
  const p = wb.prefix;
  let xml = wb.xml;
  let relPrefix = wb.relPrefix;
  if (relPrefix === null && edit.slots.some((s) => 'add' in s)) {
    // No prefix is bound to the relationships namespace yet: bind a free one on the root,
    // never redeclaring one in use (a root may not declare a prefix twice).
    const scope = inScope(xml, p, findElement(xml, p, 'sheets')?.text ?? null);
    let n = 0;
    while (scope.has(n ? `r${n}` : 'r')) n++;
    const free = n ? `r${n}` : 'r';
    relPrefix = free;
    xml = xml.replace(new RegExp(`<${p}workbook(?=[\\s>/])`), (m) => `${m} xmlns:${free}="${wb.ns.rel}"`);
  }

  const sheetEls = edit.slots.map((s) => {
    if ('keep' in s) return s.keep.raw;
    const e = s.add;
    const state = e.state === 'visible' ? '' : ` state="${e.state}"`;
    return `<${p}sheet name="${esc(e.name)}" sheetId="${e.sheetId}"${state} ${relPrefix}:id="${esc(e.relId)}"/>`;
  });
  // The start tag stays as written: it may declare namespaces the kept entries use.
  const sheetsEl = findElement(xml, p, 'sheets');
  const sheetsOpen = sheetsEl ? startTag(sheetsEl.text).replace(/\s*\/>$/, '>') : `<${p}sheets>`;
  xml = replaceElement(xml, p, 'sheets', `${sheetsOpen}${sheetEls.join('')}</${p}sheets>`, null);

  const names: string[] = [];
  for (const dn of wb.definedNames) {
    if (dn.localSheetId === null) {
      names.push(dn.raw);
      continue;
    }
    const to = edit.nameIndexMap.get(dn.localSheetId);
    if (to === undefined || edit.drop(dn)) continue;
    const open = dn.raw.indexOf('>') + 1;
    names.push(to === dn.localSheetId ? dn.raw : setAttr(dn.raw.slice(0, open), 'localSheetId', String(to)) + dn.raw.slice(open));
  }
  for (const n of edit.added) {
    const hidden = n.hidden ? ' hidden="1"' : '';
    names.push(`<${p}definedName name="${esc(n.name)}" localSheetId="${n.localSheetId}"${hidden}>${esc(n.value)}</${p}definedName>`);
  }
  const namesXml = names.length ? `<${p}definedNames>${names.join('')}</${p}definedNames>` : '';
  xml = replaceElement(xml, p, 'definedNames', namesXml, ['externalReferences', 'functionGroups', 'sheets']);

  const bookViews = findElement(xml, p, 'bookViews');
  if (bookViews) {
    const views = bookViews.text.replace(new RegExp(`<${p}workbookView(?=[\\s/>])[^>]*>`, 'g'), (tag) => {
      const a = attrs(tag);
      let t = tag;
      // Absent attributes mean 0; only write them when that is no longer right.
      if (a.activeTab !== undefined || edit.activeTab !== 0) t = setAttr(t, 'activeTab', String(edit.activeTab));
      if (a.firstSheet !== undefined || edit.firstSheet !== 0) t = setAttr(t, 'firstSheet', String(edit.firstSheet));
      return t;
    });
    xml = xml.slice(0, bookViews.start) + views + xml.slice(bookViews.end);
  }
  return xml;
}

/**
 * Replaces an element, or removes it (`replacement` ''), or inserts it after the last
 * present element of `after` (in document order) when missing.
 */
function replaceElement(xml: string, p: string, name: string, replacement: string, after: string[] | null): string {
  const el = findElement(xml, p, name);
  if (el) return xml.slice(0, el.start) + replacement + xml.slice(el.end);
  if (!replacement || !after) return xml;
  for (const anchor of after) {
    const a = findElement(xml, p, anchor);
    if (a) return xml.slice(0, a.end) + replacement + xml.slice(a.end);
  }
  return xml;
}
