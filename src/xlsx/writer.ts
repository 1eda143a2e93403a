/**
 * Surgical write of SheetSpecs into an .xlsx package (SPEC §7 "Nothing is lost"): the
 * sheets this product owns are removed with the parts only they use, the new sheets are
 * added as parts written here, and the few shared parts that must list them (workbook.xml,
 * its relationships, [Content_Types].xml, styles.xml, docProps/app.xml) are edited in
 * place. Every other part is carried over byte for byte.
 */
import type { SheetSpec } from '../core/report/sheetspec';
import type { WriteProgress } from '../workbook/port';
import { WorkbookError } from '../workbook/port';
import { sheetRef } from '../core/address';
import {
  CONTENT_TYPE,
  Package,
  REL_TYPE,
  addOverride,
  dirOf,
  emptyRels,
  ensureDefault,
  freeRelId,
  relElement,
  relIs,
  relativeTarget,
  relsPathOf,
  removeOverrides,
} from './opc';
import { attrs, elementRe, findElement } from './xml';
import {
  OWNER_NAME,
  type NewDefinedName,
  type SheetSlot,
  ownersByIndex,
  parseWorkbookXml,
  rewriteWorkbookXml,
  stringConstant,
} from './workbookxml';
import { MINIMAL_STYLES, StyleBook } from './styles';
import { absoluteRange, sheetPartXml } from './sheetxml';
import { chartXml, drawingXml } from './chart';
import { updateAppXml } from './appxml';

const FILTER_DATABASE = '_xlnm._FilterDatabase';

function insertRels(relsXml: string, elements: string[]): string {
  return relsXml.replace(/<\/((?:[\w.-]+:)?)Relationships\s*>/, (m) => elements.join('') + m);
}

function removeRels(relsXml: string, ids: Set<string>): string {
  return relsXml.replace(elementRe('', 'Relationship'), (el) => (ids.has(attrs(el).Id ?? '') ? '' : el));
}

/** Sheet ids (calcChain `i`) the calculation chain refers to; an `i` carries over to following cells. */
function calcChainSheetIds(xml: string): Set<number> {
  const ids = new Set<number>();
  let current = 0;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?c(?=[\s/>])[^>]*>/g)) {
    const i = attrs(m[0]).i;
    if (i !== undefined) current = Number(i);
    ids.add(current);
  }
  return ids;
}

function checkSpecs(specs: SheetSpec[], userNames: Set<string>): void {
  const names = new Set<string>();
  const owners = new Set<string>();
  for (const spec of specs) {
    const key = spec.name.toLowerCase();
    if (!spec.name || spec.name.length > 31 || /[[\]:*?/\\]/.test(spec.name)) throw new WorkbookError('write-failed', `invalid sheet name "${spec.name}"`);
    if (names.has(key)) throw new WorkbookError('write-failed', `sheet name "${spec.name}" given twice`);
    if (owners.has(spec.owner)) throw new WorkbookError('write-failed', `owner "${spec.owner}" given twice`);
    if (userNames.has(key)) throw new WorkbookError('write-failed', `sheet name "${spec.name}" belongs to a sheet the product does not own`);
    names.add(key);
    owners.add(spec.owner);
  }
}

export async function writeSheetsToPackage(pkg: Package, specs: SheetSpec[], onProgress?: (p: WriteProgress) => void): Promise<void> {
  const wbPart = await pkg.workbookPart();
  const wbText = wbPart ? await pkg.text(wbPart) : null;
  if (!wbPart || wbText === null) throw new WorkbookError('not-a-workbook', 'no workbook part');
  const wb = parseWorkbookXml(wbText);
  const wbRelsPath = relsPathOf(wbPart);
  let wbRelsXml = (await pkg.text(wbRelsPath)) ?? emptyRels();
  const wbRels = await pkg.rels(wbPart);
  const wbDir = dirOf(wbPart);

  // Which sheets are ours. Excel copies sheet-scoped names with a copied sheet, so a user's
  // copy of one of our sheets carries the marker too: per owner key only one sheet (the one
  // still bearing the spec's name, else the first) is ours, copies stay the user's.
  const markers = ownersByIndex(wb);
  const specByOwner = new Map(specs.map((s) => [s.owner, s]));
  const owned = new Map<number, string>();
  const claimed = new Set<string>();
  const byName = (i: number) => wb.sheets[i].name.toLowerCase() === specByOwner.get(markers.get(i)!)?.name.toLowerCase();
  for (const i of [...markers.keys()].sort((a, b) => Number(byName(b)) - Number(byName(a)) || a - b)) {
    const key = markers.get(i)!;
    if (claimed.has(key)) continue;
    claimed.add(key);
    owned.set(i, key);
  }
  // A copy keeps its content but not our marker, or a later run would take it for ours.
  const copies = new Set([...markers.keys()].filter((i) => !owned.has(i)));
  const isCopyMarker = (dn: { name: string; localSheetId: number | null }) =>
    dn.name.toLowerCase() === OWNER_NAME.toLowerCase() && dn.localSheetId !== null && copies.has(dn.localSheetId);
  checkSpecs(specs, new Set(wb.sheets.filter((_, i) => !owned.has(i)).map((s) => s.name.toLowerCase())));

  // The new sheet order: a replaced sheet keeps its place, new ones go to the end.
  type Planned = { spec: SheetSpec; slot: number };
  const slots: SheetSlot[] = [];
  const planned: Planned[] = [];
  const nameIndexMap = new Map<number, number>();
  const oldToNew = new Map<number, number>();
  const placed = new Set<string>();
  let nextSheetId = Math.max(0, ...wb.sheets.map((s) => s.sheetId)) + 1;
  const newEntry = (spec: SheetSpec) => ({ name: spec.name, sheetId: nextSheetId++, relId: '', state: spec.visibility });
  wb.sheets.forEach((sheet, i) => {
    const owner = owned.get(i);
    if (owner === undefined) {
      nameIndexMap.set(i, slots.length);
      oldToNew.set(i, slots.length);
      slots.push({ keep: sheet });
      return;
    }
    const spec = specByOwner.get(owner);
    if (!spec) return;
    placed.add(owner);
    oldToNew.set(i, slots.length);
    planned.push({ spec, slot: slots.length });
    slots.push({ add: newEntry(spec) });
  });
  for (const spec of specs) {
    if (placed.has(spec.owner)) continue;
    planned.push({ spec, slot: slots.length });
    slots.push({ add: newEntry(spec) });
  }
  // Excel refuses a workbook without a visible sheet.
  if (!slots.some((s) => ('keep' in s ? s.keep.state : s.add.state) === 'visible')) {
    throw new WorkbookError('write-failed', 'the workbook would have no visible sheet');
  }

  // Remove the owned sheets and every part only they reach (drawings, charts, …).
  const removedRelIds = new Set<string>();
  const removedSheetParts: string[] = [];
  const removedSheetIds = new Set<number>();
  for (const i of owned.keys()) {
    const rel = wbRels.find((r) => r.id === wb.sheets[i].relId);
    removedSheetIds.add(wb.sheets[i].sheetId);
    if (!rel) continue;
    removedRelIds.add(rel.id);
    if (!rel.external && pkg.has(rel.part)) removedSheetParts.push(rel.part);
  }
  const deleted = new Set<string>();
  if (removedSheetParts.length) {
    const kept = await pkg.reachable([''], (source, rel) => source === wbPart && removedRelIds.has(rel.id));
    for (const part of await pkg.reachable(removedSheetParts)) if (!kept.has(part)) deleted.add(part);
  }
  const calcChain = wbRels.find((r) => relIs(r, 'calcChain') && !r.external);
  if (calcChain && removedSheetIds.size) {
    const chain = await pkg.text(calcChain.part);
    // Entries for a removed sheet make Excel report the file as damaged; Excel rebuilds the chain.
    if (chain !== null && [...calcChainSheetIds(chain)].some((id) => removedSheetIds.has(id))) {
      deleted.add(calcChain.part.toLowerCase());
      removedRelIds.add(calcChain.id);
    }
  }
  for (const part of deleted) {
    pkg.remove(part);
    pkg.remove(relsPathOf(part));
  }
  wbRelsXml = removeRels(wbRelsXml, removedRelIds);
  let types = (await pkg.text('[Content_Types].xml')) ?? '';
  if (!types) throw new WorkbookError('not-a-workbook', 'no [Content_Types].xml');
  types = removeOverrides(types, deleted);
  types = ensureDefault(types, 'rels', CONTENT_TYPE.rels);

  // Styles: edit the workbook's styles part, or create one.
  const usedRelIds = new Set(wbRels.map((r) => r.id).filter((id) => !removedRelIds.has(id)));
  const takeRelId = () => {
    const id = freeRelId(usedRelIds);
    usedRelIds.add(id);
    return id;
  };
  const stylesRel = wbRels.find((r) => relIs(r, 'styles') && !r.external && pkg.has(r.part));
  let stylesPart = stylesRel?.part;
  const stylesBefore = stylesPart ? await pkg.text(stylesPart) : null;
  if (!stylesPart || stylesBefore === null) {
    stylesPart = pkg.has(`${wbDir}styles.xml`) ? pkg.freePartName(wbDir, 'styles', '.xml') : `${wbDir}styles.xml`;
    const id = takeRelId();
    wbRelsXml = insertRels(wbRelsXml, [relElement(id, REL_TYPE.styles, relativeTarget(wbPart, stylesPart))]);
    types = addOverride(types, stylesPart, CONTENT_TYPE.styles);
  }
  const styles = new StyleBook(stylesBefore ?? MINIMAL_STYLES);

  // Which tab is active afterwards: the same sheet if it survives, else the first visible one.
  const viewTag = findElement(wb.xml, wb.prefix, 'workbookView');
  const viewAttrs = viewTag ? attrs(viewTag.text) : {};
  const visibleAt = (j: number) => {
    const s = slots[j];
    return s !== undefined && ('keep' in s ? s.keep.state : s.add.state) === 'visible';
  };
  const firstVisible = Math.max(0, slots.findIndex((_, j) => visibleAt(j)));
  const mapped = oldToNew.get(Number(viewAttrs.activeTab ?? 0));
  const activeTab = mapped !== undefined && visibleAt(mapped) ? mapped : firstVisible;
  const firstSheet = Math.min(oldToNew.get(Number(viewAttrs.firstSheet ?? 0)) ?? 0, activeTab);

  // Write the new sheets.
  const reserved = new Set<string>();
  const reserve = (dir: string, stem: string, ext: string) => {
    const name = pkg.freePartName(dir, stem, ext, reserved);
    reserved.add(name.toLowerCase());
    return name;
  };
  const addedNames: NewDefinedName[] = [];
  let done = 0;
  for (const { spec, slot } of planned) {
    const entry = slots[slot] as { add: { relId: string } };
    const sheetPart = reserve(`${wbDir}worksheets/`, 'sheet', '.xml');
    entry.add.relId = takeRelId();
    wbRelsXml = insertRels(wbRelsXml, [relElement(entry.add.relId, REL_TYPE.worksheet, relativeTarget(wbPart, sheetPart))]);
    types = addOverride(types, sheetPart, CONTENT_TYPE.worksheet);

    const sheetRels: string[] = [];
    let drawingRelId: string | undefined;
    if (spec.chart) {
      const drawingPart = reserve(`${wbDir}drawings/`, 'drawing', '.xml');
      const chartPart = reserve(`${wbDir}charts/`, 'chart', '.xml');
      drawingRelId = 'rIdD1';
      sheetRels.push(relElement(drawingRelId, REL_TYPE.drawing, relativeTarget(sheetPart, drawingPart)));
      pkg.put(drawingPart, drawingXml(spec.chart, 'rId1'));
      pkg.put(relsPathOf(drawingPart), insertRels(emptyRels(), [relElement('rId1', REL_TYPE.chart, relativeTarget(drawingPart, chartPart))]));
      pkg.put(chartPart, chartXml(spec.chart, spec));
      types = addOverride(types, drawingPart, CONTENT_TYPE.drawing);
      types = addOverride(types, chartPart, CONTENT_TYPE.chart);
    }
    const part = sheetPartXml(spec, { styles, date1904: wb.date1904, tabSelected: slot === activeTab, drawingRelId });
    for (const link of part.links) sheetRels.push(relElement(link.id, REL_TYPE.hyperlink, link.url, true));
    pkg.put(sheetPart, part.xml);
    if (sheetRels.length) pkg.put(relsPathOf(sheetPart), insertRels(emptyRels(), sheetRels));

    addedNames.push({ name: OWNER_NAME, localSheetId: slot, value: stringConstant(spec.owner), hidden: true });
    if (spec.autoFilter) {
      addedNames.push({ name: FILTER_DATABASE, localSheetId: slot, value: sheetRef(spec.name, absoluteRange(spec.autoFilter)), hidden: true });
    }
    onProgress?.({ done: ++done, total: planned.length, sheet: spec.name });
  }

  const stylesAfter = styles.toXml();
  if (stylesAfter !== stylesBefore) pkg.put(stylesPart, stylesAfter);
  pkg.put(wbRelsPath, wbRelsXml);
  pkg.put('[Content_Types].xml', types);
  pkg.put(wbPart, rewriteWorkbookXml(wb, { slots, nameIndexMap, added: addedNames, drop: isCopyMarker, activeTab, firstSheet }));

  const appRel = (await pkg.rels('')).find((r) => relIs(r, 'extended-properties') && !r.external);
  const appXml = appRel ? await pkg.text(appRel.part) : null;
  if (appRel && appXml !== null) {
    const ours = new Set(planned.map((p) => p.slot));
    const updated = updateAppXml(
      appXml,
      wb.sheets.map((s) => s.name),
      slots.map((s, j) => ('keep' in s ? { name: s.keep.name, ours: false, state: s.keep.state } : { name: s.add.name, ours: ours.has(j), state: s.add.state })),
    );
    if (updated !== appXml) pkg.put(appRel.part, updated);
  }
}
