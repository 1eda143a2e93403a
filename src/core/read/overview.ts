import { a1 } from '../address';
import { isErrorValue, type Grid } from '../grid';
import type { Area, Delivery, ErrorCell, FieldName, HeaderInfo, Initiative, Overview, Sourced, StatusReading } from '../overview';
import { formatNumberAsDisplayed, idAreaPrefix, splitIdTitle } from '../parse/id';
import { cellMilestones } from '../parse/time';
import { parseStatusWord, statusFromFill } from '../parse/status';
import { parseYesNo } from '../parse/yesno';
import type { Profile } from '../profile/types';
import type { Status } from '../status';
import { SheetView, cellText, isoDate } from './cells';
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

/**
 * A field read from the sheet that builds its A1 address only when asked (mostly for a
 * finding): half a dozen address strings per row were a large share of what the garbage
 * collector had to copy while reading 100 000 rows (SPEC §7). Column 0: no such column.
 */
class SheetField<T> implements Sourced<T> {
  constructor(
    public value: T,
    private readonly row: number,
    private readonly col: number,
  ) {}

  get cell(): string {
    return this.col === 0 ? '' : a1(this.row, this.col);
  }
}

function sourced(view: SheetView, row: number, col: number | undefined): Sourced<string | null> {
  if (col === undefined) return new SheetField(null, row, 0);
  const text = view.text(row, col);
  return new SheetField(text === '' ? null : text, row, col);
}

/** The status cell's reading; its address is built on demand like a `SheetField`'s. */
class StatusField implements StatusReading {
  constructor(
    public fromText: Status | null,
    public fromFill: Status | null,
    public text: string,
    public value: Status | null,
    private readonly row: number,
    private readonly col: number,
  ) {}

  get cell(): string {
    return this.col === 0 ? '' : a1(this.row, this.col);
  }
}

function readStatus(view: SheetView, row: number, col: number | undefined, profile: Profile, completed: boolean | null): StatusReading {
  const cell = col === undefined ? undefined : view.cell(row, col);
  const text = cellText(cell);
  const fromText = text === '' ? null : parseStatusWord(text, profile.statusWords);
  const fromFill = cell?.fill ? statusFromFill(cell.fill) : null;
  let value = text === '' ? fromFill : fromText;
  if (completed) value = 'done';
  return new StatusField(fromText, fromFill, text, value, row, col ?? 0);
}

function readDeliveries(view: SheetView, row: number, header: HeaderInfo): Delivery[] {
  const out: Delivery[] = [];
  for (const { year, col } of header.years) {
    const cell = view.cell(row, col);
    const text = cellText(cell);
    if (text === '') continue;
    const date = cell?.value instanceof Date && !isNaN(cell.value.getTime()) ? isoDate(cell.value) : undefined;
    const d: Delivery = { year, text, cell: a1(row, col), milestones: cellMilestones(text, date) };
    if (date) d.date = date;
    out.push(d);
  }
  // Exact size, like the milestone lists: a pushed-to array keeps room for 17 deliveries.
  return out.slice();
}

/** Columns that make a row an initiative row when filled (not the yes/no columns alone). */
function contentColumns(header: HeaderInfo): Set<number> {
  const fields: FieldName[] = ['id', 'title', 'area', 'contact', 'email', 'office', 'status', 'remark'];
  const cols = fields.map((f) => header.columns[f]).filter((c): c is number => c !== undefined);
  return new Set([...cols, ...header.years.map((y) => y.col)]);
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
  const content = contentColumns(header);

  const areas = new Map<string, Area>();
  const initiatives: Initiative[] = [];
  let section: Area | null = null;
  let sectionCell: string | null = null;
  const last = lastDataRow(view, grid, header);

  for (let row = header.row + 1; row <= last; row++) {
    let filled = 0;
    let firstFilled = 0;
    let hasContent = false;
    for (let col = view.firstCol; col <= view.lastCol; col++) {
      if (view.isBlank(row, col)) continue;
      if (filled++ === 0) firstFilled = col;
      if (content.has(col)) hasContent = true;
    }
    if (filled === 0) continue;

    if (filled === 1) {
      const title = parseSectionTitle(view.text(row, firstFilled));
      if (title) {
        section = areas.get(title.id) ?? { id: title.id, name: title.name, row };
        if (!areas.has(title.id)) areas.set(title.id, section);
        sectionCell = a1(row, firstFilled);
        continue;
      }
    }
    if (!hasContent) continue;

    let id: Sourced<string | null>;
    let title: Sourced<string | null>;
    if (header.combinedIdTitle && cols.id !== undefined) {
      const split = splitCombined(view.text(row, cols.id));
      id = new SheetField(split.id, row, cols.id);
      title = new SheetField(split.title, row, cols.id);
    } else {
      const idValue = cols.id === undefined ? '' : idText(view, row, cols.id);
      id = new SheetField(idValue === '' ? null : idValue, row, cols.id ?? 0);
      title = sourced(view, row, cols.title);
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
    } else if (id.value) {
      areaId = idAreaPrefix(id.value);
      if (areaId !== null) {
        areaSource = 'id';
        if (!areas.has(areaId)) areas.set(areaId, { id: areaId, name: profile.areas[areaId] ?? '' });
      }
    }

    const completed = cols.completed === undefined ? null : parseYesNo(view.cell(row, cols.completed)?.value ?? null);
    const political = cols.political === undefined ? null : parseYesNo(view.cell(row, cols.political)?.value ?? null);

    initiatives.push({
      row,
      id,
      title,
      areaId,
      areaSource,
      areaCell,
      deliveries: readDeliveries(view, row, header),
      contact: sourced(view, row, cols.contact),
      email: sourced(view, row, cols.email),
      office: sourced(view, row, cols.office),
      status: readStatus(view, row, cols.status, profile, completed),
      remark: sourced(view, row, cols.remark),
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
