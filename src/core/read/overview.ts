import { a1 } from '../address';
import { isErrorValue, type Grid } from '../grid';
import { memoize } from '../memo';
import type { Area, Delivery, ErrorCell, FieldName, HeaderInfo, Initiative, Overview, Sourced } from '../overview';
import { formatNumberAsDisplayed, idAreaPrefix, splitIdTitle } from '../parse/id';
import { cellMilestones } from '../parse/time';
import { parseStatusWord, statusFromFill } from '../parse/status';
import { parseYesNo } from '../parse/yesno';
import type { Profile } from '../profile/types';
import { SheetView, cellDate, cellText } from './cells';
import { detectHeader } from './header';
import { parseAreaCell, parseSectionTitle } from './sections';

export type ReadResult =
  | { ok: true; overview: Overview; score: number }
  | { ok: false; reason: 'no-header' };

/** An id in its own column may be typed as a number: read it as Excel displays it. */
function idText(view: SheetView, row: number, col: number): string {
  const cell = view.cell(row, col);
  if (cell && typeof cell.value === 'number' && !cell.text) return formatNumberAsDisplayed(cell.value, cell.numFmt);
  return cellText(cell);
}

/** `1.1: Titel` or `1.1 Titel` in one cell; a colon form keeps even a malformed id so id.format can name it. */
function splitCombined(text: string): { id: string | null; title: string | null } {
  if (text === '') return { id: null, title: null };
  const split = splitIdTitle(text);
  if (split) return { id: split.id, title: split.title || null };
  const colon = /^([^\s:]{1,20})\s*:\s*(.*)$/s.exec(text);
  if (colon) return { id: colon[1], title: colon[2].trim() || null };
  if (/^\d[\w.]*$/.test(text)) return { id: text, title: null };
  return { id: null, title: text };
}

/** A value with the cell it came from; '' as the cell when the sheet has no such column (0). */
function sourced<T>(value: T, row: number, col: number): Sourced<T> {
  return { value, cell: col === 0 ? '' : a1(row, col) };
}

/** The trimmed text of a cell; null when empty or when the sheet has no such column (0). */
function optionalText(view: SheetView, row: number, col: number): string | null {
  if (col === 0) return null;
  const text = view.text(row, col);
  return text === '' ? null : text;
}

function deliveriesOf(view: SheetView, row: number, header: HeaderInfo): Delivery[] {
  const out: Delivery[] = [];
  for (const { year, col } of header.years) {
    const cell = view.cell(row, col);
    const text = cellText(cell);
    if (text === '') continue;
    const date = cellDate(cell);
    const delivery: Delivery = { year, text, cell: a1(row, col), milestones: cellMilestones(text, date) };
    if (date !== undefined) delivery.date = date;
    out.push(delivery);
  }
  return out;
}

/**
 * Which sheet columns make a row an initiative row when filled (not the yes/no columns
 * alone), one byte per column number: looked up for every cell of the sheet.
 */
function contentColumns(header: HeaderInfo, lastCol: number): Uint8Array {
  const content = new Uint8Array(lastCol + 1);
  const fields: FieldName[] = ['id', 'title', 'area', 'contact', 'email', 'office', 'status', 'remark'];
  for (const f of fields) {
    const col = header.columns[f];
    if (col !== undefined && col <= lastCol) content[col] = 1;
  }
  for (const { col } of header.years) if (col <= lastCol) content[col] = 1;
  return content;
}

function lastDataRow(view: SheetView, grid: Grid, header: HeaderInfo): number {
  const table = header.table ? grid.tables.find((t) => t.name === header.table) : undefined;
  return table ? Math.min(view.lastRow, table.bottom + grid.originRow) : view.lastRow;
}

function collectErrors(grid: Grid): ErrorCell[] {
  const errors: ErrorCell[] = [];
  grid.cells.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cell && isErrorValue(cell.value)) {
        const sheetRow = r + grid.originRow;
        errors.push({ cell: a1(sheetRow, c + grid.originCol), row: sheetRow, error: cell.value.error });
      }
    });
  });
  return errors;
}

/**
 * Reads the overview from a grid as it is: header row (with title rows above and an
 * optional two-row header), area section rows, initiative rows. Never throws on cell values.
 */
export function readOverview(grid: Grid, profile: Profile): ReadResult {
  const view = new SheetView(grid);
  const found = detectHeader(view);
  if (!found) return { ok: false, reason: 'no-header' };
  const { header } = found;
  const cols = header.columns;

  const areas = new Map<string, Area>();
  const content = contentColumns(header, view.lastCol);
  const first = header.row + 1;
  const last = lastDataRow(view, grid, header);
  const initiatives: Initiative[] = [];
  // The sheet column of each text field; 0 where the sheet has none.
  const columnOf = {
    id: cols.id ?? 0,
    title: header.combinedIdTitle && cols.id !== undefined ? cols.id : (cols.title ?? 0),
    contact: cols.contact ?? 0,
    email: cols.email ?? 0,
    office: cols.office ?? 0,
    status: cols.status ?? 0,
    remark: cols.remark ?? 0,
  };
  const statusWord = memoize((text) => parseStatusWord(text, profile.statusWords));
  const fillStatus = memoize(statusFromFill);
  let section: Area | null = null;
  let sectionCell: string | null = null;

  for (let row = first; row <= last; row++) {
    let filled = 0;
    let firstFilled = 0;
    let hasContent = false;
    for (let col = view.firstCol; col <= view.lastCol; col++) {
      if (view.isBlank(row, col)) continue;
      if (filled++ === 0) firstFilled = col;
      if (content[col] === 1) hasContent = true;
    }
    const sectionTitle = filled === 1 ? parseSectionTitle(view.text(row, firstFilled)) : null;
    if (sectionTitle) {
      section = areas.get(sectionTitle.id) ?? { id: sectionTitle.id, name: sectionTitle.name, row };
      if (!areas.has(sectionTitle.id)) areas.set(sectionTitle.id, section);
      sectionCell = a1(row, firstFilled);
      continue;
    }
    if (!hasContent) continue;

    let id: string | null;
    let title: string | null;
    if (header.combinedIdTitle && cols.id !== undefined) {
      ({ id, title } = splitCombined(view.text(row, cols.id)));
    } else {
      const idValue = cols.id === undefined ? '' : idText(view, row, cols.id);
      id = idValue === '' ? null : idValue;
      title = optionalText(view, row, columnOf.title);
    }

    let areaId: string | null = null;
    let areaSource: Initiative['areaSource'] = null;
    let areaCell: string | null = null;
    const areaText = cols.area === undefined ? '' : view.text(row, cols.area);
    const fromColumn = parseAreaCell(areaText, profile.areas);
    if (fromColumn && fromColumn.id !== null) {
      areaId = fromColumn.id;
      areaSource = 'column';
      areaCell = a1(row, cols.area as number);
      if (!areas.has(areaId)) areas.set(areaId, { id: areaId, name: fromColumn.name || profile.areas[areaId] || '' });
    } else if (section) {
      areaId = section.id;
      areaSource = 'section';
      areaCell = sectionCell;
    } else if (id) {
      areaId = idAreaPrefix(id);
      if (areaId !== null) {
        areaSource = 'id';
        if (!areas.has(areaId)) areas.set(areaId, { id: areaId, name: profile.areas[areaId] ?? '' });
      }
    }

    const completed = cols.completed === undefined ? null : parseYesNo(view.cell(row, cols.completed)?.value ?? null);
    const political = cols.political === undefined ? null : parseYesNo(view.cell(row, cols.political)?.value ?? null);
    const statusCell = cols.status === undefined ? undefined : view.cell(row, cols.status);
    const statusText = cellText(statusCell);
    const statusFromText = statusText === '' ? null : statusWord(statusText);
    const statusFill = statusCell?.fill ? fillStatus(statusCell.fill) : null;

    initiatives.push({
      row,
      id: sourced(id, row, columnOf.id),
      title: sourced(title, row, columnOf.title),
      areaId,
      areaSource,
      areaCell,
      deliveries: deliveriesOf(view, row, header),
      contact: sourced(optionalText(view, row, columnOf.contact), row, columnOf.contact),
      email: sourced(optionalText(view, row, columnOf.email), row, columnOf.email),
      office: sourced(optionalText(view, row, columnOf.office), row, columnOf.office),
      status: {
        fromText: statusFromText,
        fromFill: statusFill,
        text: statusText,
        // Text wins, then fill; `completed = ja` makes it done whatever the cell says.
        value: completed ? 'done' : statusText === '' ? statusFill : statusFromText,
        cell: columnOf.status === 0 ? '' : a1(row, columnOf.status),
      },
      remark: sourced(optionalText(view, row, columnOf.remark), row, columnOf.remark),
      completed,
      political,
    });
  }

  const titles: string[] = [];
  for (let row = view.firstRow; row < header.top; row++) {
    for (let col = view.firstCol; col <= view.lastCol; col++) {
      const text = view.text(row, col);
      if (text === '') continue;
      titles.push(text);
      break;
    }
  }
  const years = header.years.map((y) => y.year);
  const period: [number, number] | null = years.length ? [Math.min(...years), Math.max(...years)] : null;
  const orderedAreas = [...areas.values()].sort((a, b) => Number(a.id) - Number(b.id));
  return {
    ok: true,
    score: found.score,
    overview: {
      sheet: grid.sheetName,
      titles,
      header,
      areas: orderedAreas,
      initiatives,
      errorCells: collectErrors(grid),
      period,
    },
  };
}
