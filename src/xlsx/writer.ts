/**
 * Surgical write of SheetSpecs into an .xlsx package (SPEC §7 "Nothing is lost"): the
 * sheets this product owns are removed with the parts only they use, the new sheets are
 * added as parts written here, and the few shared parts that must list them (workbook.xml,
 * its relationships, [Content_Types].xml, styles.xml, docProps/app.xml) are edited in
 * place, in the package's own namespaces (a Strict workbook stays Strict). Every other
 * part is carried over byte for byte. Nothing reaches the package until every part to be
 * written has been parsed back as well-formed XML.
 */
import { type SheetHead, type SheetSpec, type SheetToWrite, specOf } from '../core/report/sheetspec';
import { isSheetName } from '../core/report/names';
import type { WriteProgress } from '../workbook/port';
import { WorkbookError } from '../workbook/port';
import { claimOwnedSheets, isOwnerName, OWNER_NAME, ownerConstant } from '../workbook/owner';
import { sheetRef } from '../core/address';
import { Package, dirOf, relIs, relativeTarget, relsPathOf } from './opc';
import { attrs, findElement } from './xml';
import { type NewDefinedName, type SheetSlot, ownersByIndex, parseWorkbookXml, rewriteWorkbookXml } from './workbookxml';
import { relType } from './namespaces';
import { CONTENT_TYPE, type NewOverride, type NewRel, addOverrides, addRels, ensureDefault, freeRelId, relsPart, removeOverrides, removeRels } from './packageedit';
import { StyleBook, minimalStyles } from './styles';
import { absoluteRange, sheetPartXml } from './sheetxml';
import { chartXml, drawingXml } from './chart';
import { updateAppXml } from './appxml';
import { xmlProblem } from './wellformed';
import type { PackedEntry } from './zip';

const FILTER_DATABASE = '_xlnm._FilterDatabase';
const utf8 = new TextEncoder();

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

function checkSpecs(specs: SheetHead[], userNames: Set<string>): void {
  const names = new Set<string>();
  const owners = new Set<string>();
  for (const spec of specs) {
    const key = spec.name.toLowerCase();
    if (!isSheetName(spec.name)) throw new WorkbookError('write-failed', `invalid sheet name "${spec.name}"`);
    if (names.has(key)) throw new WorkbookError('write-failed', `sheet name "${spec.name}" given twice`);
    if (owners.has(spec.owner)) throw new WorkbookError('write-failed', `owner "${spec.owner}" given twice`);
    if (userNames.has(key)) throw new WorkbookError('write-failed', `sheet name "${spec.name}" belongs to a sheet the product does not own`);
    names.add(key);
    owners.add(spec.owner);
  }
}

/** The spec of a sheet, made now when it is lazy: it must be the sheet its head announced. */
function madeSpec(sheet: SheetToWrite): SheetSpec {
  const spec = specOf(sheet);
  if (spec.name !== sheet.name || spec.owner !== sheet.owner || spec.visibility !== sheet.visibility) {
    throw new WorkbookError('write-failed', `sheet "${sheet.name}" was made as "${spec.name}"`);
  }
  return spec;
}

/** Writes the sheets into the package; lazy ones are made one at a time, each let go of once written. */
export async function writeSheetsToPackage(pkg: Package, specs: SheetToWrite[], onProgress?: (p: WriteProgress) => void): Promise<void> {
  const wbPart = await pkg.workbookPart();
  const wbText = wbPart ? await pkg.text(wbPart) : null;
  if (!wbPart || wbText === null) throw new WorkbookError('not-a-workbook', 'no workbook part');
  const wb = parseWorkbookXml(wbText);
  const ns = wb.ns;
  const wbRelsPath = relsPathOf(wbPart);
  let wbRelsXml = await pkg.text(wbRelsPath);
  const wbRels = await pkg.rels(wbPart);
  const wbDir = dirOf(wbPart);
  // What this write will change, applied only once all of it has been made. Each part is
  // checked as soon as it is made and kept deflated: the text of a hundred sheets at once
  // was most of a large run's memory.
  const written = new Map<string, PackedEntry>();
  const write = (part: string, xml: string | Uint8Array) => {
    const bytes = typeof xml === 'string' ? utf8.encode(xml) : xml;
    if (xmlProblem(bytes) !== null) throw new WorkbookError('write-invalid', part);
    written.set(part, pkg.pack(bytes));
  };
  const deleted = new Set<string>();

  // Which sheets are ours: one per owner key; the user's copies of them keep theirs.
  const markers = ownersByIndex(wb);
  const claim = claimOwnedSheets(
    wb.sheets.map((s, i) => ({ name: s.name, owner: markers.get(i) ?? null, index: i })),
    specs,
  );
  const owned = new Map(claim.owned.map((s) => [s.index, s.owner!]));
  // A copy keeps its content but not our marker, or a later run would take it for ours.
  const copies = new Set(claim.copies.map((s) => s.index));
  const isCopyMarker = (dn: { name: string; localSheetId: number | null }) => isOwnerName(dn.name) && dn.localSheetId !== null && copies.has(dn.localSheetId);
  checkSpecs(specs, new Set(wb.sheets.filter((_, i) => !owned.has(i)).map((s) => s.name.toLowerCase())));
  const specByOwner = new Map(specs.map((s) => [s.owner, s]));

  // The new sheet order: a replaced sheet keeps its place, new ones go to the end.
  type Planned = { spec: SheetToWrite; slot: number };
  const slots: SheetSlot[] = [];
  const planned: Planned[] = [];
  const nameIndexMap = new Map<number, number>();
  const oldToNew = new Map<number, number>();
  const placed = new Set<string>();
  let nextSheetId = Math.max(0, ...wb.sheets.map((s) => s.sheetId)) + 1;
  const newEntry = (spec: SheetHead) => ({ name: spec.name, sheetId: nextSheetId++, relId: '', state: spec.visibility });
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
  for (const part of [...deleted]) if (pkg.has(relsPathOf(part))) deleted.add(relsPathOf(part).toLowerCase());
  if (wbRelsXml !== null) wbRelsXml = removeRels(wbRelsXml, removedRelIds);
  let types = (await pkg.text('[Content_Types].xml')) ?? '';
  if (!types) throw new WorkbookError('not-a-workbook', 'no [Content_Types].xml');
  types = removeOverrides(types, deleted);
  types = ensureDefault(types, 'rels', CONTENT_TYPE.rels);
  // Entries for the parts added, put in at once when all are known (a hundred sheets each
  // rewriting the part cost a pass over it per sheet).
  const overrides: NewOverride[] = [];

  const wbRelsAdded: NewRel[] = [];
  const usedRelIds = new Set(wbRels.map((r) => r.id).filter((id) => !removedRelIds.has(id)));
  const takeRelId = () => {
    const id = freeRelId(usedRelIds);
    usedRelIds.add(id);
    return id;
  };
  // Part names for new parts: a removed part's name may be taken again.
  const reserved = new Set<string>();
  const reserve = (dir: string, stem: string, ext: string) => {
    for (let n = 1; ; n++) {
      const name = `${dir}${stem}${n}${ext}`;
      const key = name.toLowerCase();
      if ((pkg.has(name) && !deleted.has(key)) || reserved.has(key)) continue;
      reserved.add(key);
      return name;
    }
  };

  // Styles: edit the workbook's styles part, or create one.
  const stylesRel = wbRels.find((r) => relIs(r, 'styles') && !r.external && pkg.has(r.part));
  let stylesPart = stylesRel?.part;
  const stylesBefore = stylesPart ? await pkg.text(stylesPart) : null;
  if (!stylesPart || stylesBefore === null) {
    stylesPart = pkg.has(`${wbDir}styles.xml`) ? reserve(wbDir, 'styles', '.xml') : `${wbDir}styles.xml`;
    wbRelsAdded.push({ id: takeRelId(), type: relType(ns, 'styles'), target: relativeTarget(wbPart, stylesPart) });
    overrides.push({ part: stylesPart, contentType: CONTENT_TYPE.styles });
  }
  const styles = new StyleBook(stylesBefore ?? minimalStyles(ns));

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
  const addedNames: NewDefinedName[] = [];
  let done = 0;
  for (const { spec: sheet, slot } of planned) {
    const spec = madeSpec(sheet);
    const entry = slots[slot] as { add: { relId: string } };
    const sheetPart = reserve(`${wbDir}worksheets/`, 'sheet', '.xml');
    entry.add.relId = takeRelId();
    wbRelsAdded.push({ id: entry.add.relId, type: relType(ns, 'worksheet'), target: relativeTarget(wbPart, sheetPart) });
    overrides.push({ part: sheetPart, contentType: CONTENT_TYPE.worksheet });

    const sheetRels: NewRel[] = [];
    let drawingRelId: string | undefined;
    if (spec.chart) {
      const drawingPart = reserve(`${wbDir}drawings/`, 'drawing', '.xml');
      const chartPart = reserve(`${wbDir}charts/`, 'chart', '.xml');
      drawingRelId = 'rIdD1';
      sheetRels.push({ id: drawingRelId, type: relType(ns, 'drawing'), target: relativeTarget(sheetPart, drawingPart) });
      write(drawingPart, drawingXml(spec.chart, 'rId1', ns));
      write(relsPathOf(drawingPart), relsPart([{ id: 'rId1', type: relType(ns, 'chart'), target: relativeTarget(drawingPart, chartPart) }]));
      write(chartPart, chartXml(spec.chart, spec, ns));
      overrides.push({ part: drawingPart, contentType: CONTENT_TYPE.drawing }, { part: chartPart, contentType: CONTENT_TYPE.chart });
    }
    const part = sheetPartXml(spec, { styles, ns, date1904: wb.date1904, tabSelected: slot === activeTab, drawingRelId });
    for (const link of part.links) sheetRels.push({ id: link.id, type: relType(ns, 'hyperlink'), target: link.url, external: true });
    write(sheetPart, part.xml);
    if (sheetRels.length) write(relsPathOf(sheetPart), relsPart(sheetRels));

    addedNames.push({ name: OWNER_NAME, localSheetId: slot, value: ownerConstant(spec.owner), hidden: true });
    if (spec.autoFilter) {
      addedNames.push({ name: FILTER_DATABASE, localSheetId: slot, value: sheetRef(spec.name, absoluteRange(spec.autoFilter)), hidden: true });
    }
    onProgress?.({ done: ++done, total: planned.length, sheet: spec.name });
  }

  const stylesAfter = styles.toXml();
  if (stylesAfter !== stylesBefore) write(stylesPart, stylesAfter);
  write(wbRelsPath, addRels(wbRelsXml, wbRelsAdded));
  write('[Content_Types].xml', addOverrides(types, overrides));
  write(wbPart, rewriteWorkbookXml(wb, { slots, nameIndexMap, added: addedNames, drop: isCopyMarker, activeTab, firstSheet }));

  // Strict names the extended-properties relationship `extendedProperties`.
  const appRel = (await pkg.rels('')).find((r) => (relIs(r, 'extended-properties') || r.type.endsWith('/extendedProperties')) && !r.external);
  const appXml = appRel ? await pkg.text(appRel.part) : null;
  if (appRel && appXml !== null) {
    const ours = new Set(planned.map((p) => p.slot));
    const updated = updateAppXml(
      appXml,
      wb.sheets.map((s) => s.name),
      slots.map((s, j) => ('keep' in s ? { name: s.keep.name, ours: false, state: s.keep.state } : { name: s.add.name, ours: ours.has(j), state: s.add.state })),
    );
    if (updated !== appXml) write(appRel.part, updated);
  }

  for (const part of deleted) pkg.remove(part);
  for (const [part, packed] of written) pkg.put(part, packed);
}
