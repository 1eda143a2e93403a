import { a1 } from '../address';
import { isErrorValue, type Grid } from '../grid';
import { memoize } from '../memo';
import type { Area, Delivery, ErrorCell, FieldName, HeaderInfo, Initiative, Overview } from '../overview';
import { formatNumberAsDisplayed, idAreaPrefix, splitIdTitle } from '../parse/id';
import { cellMilestoneLists, cellMilestones, type Milestone } from '../parse/time';
import { parseStatusWord, statusFromFill } from '../parse/status';
import { parseYesNo } from '../parse/yesno';
import type { Profile } from '../profile/types';
import { SheetView, cellDate, cellText } from './cells';
import { detectHeader } from './header';
import { knownAreaOf, parseAreaCell, parseNumberedArea, parseSectionTitle } from './sections';
import { sharedStatusReadings } from './status-readings';

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
  // A word before a colon is no id (`Note: …`, `NB: …`); one with a digit is a mistyped one (`1-1: Titel`).
  const colon = /^([^\s:]{1,20})\s*:\s*(.*)$/s.exec(text);
  if (colon && /\d/.test(colon[1])) return { id: colon[1], title: colon[2].trim() || null };
  if (/^\d[\w.]*$/.test(text)) return { id: text, title: null };
  // `1,4 Titel`, `1.8.a Titel`: a mistyped id before the title, for id.format to name.
  const mistyped = /^(\d{1,3}[.,\-]\d[\w.,\-]*)\s+(\S.*)$/s.exec(text);
  if (mistyped) return { id: mistyped[1], title: mistyped[2].trim() };
  return { id: null, title: text };
}

/** The trimmed text of a cell; null when empty or when the sheet has no such column (0). */
function optionalText(view: SheetView, row: number, col: number): string | null {
  if (col === 0) return null;
  const text = view.text(row, col);
  return text === '' ? null : text;
}

/** Shared by every row without a delivery, so such rows keep no list of their own (SPEC §7 memory). */
const NO_DELIVERIES: readonly Delivery[] = Object.freeze([]);

/**
 * The deliveries of a row. `milestonesIn` parses a delivery text: remembered per text, as a
 * column repeats its texts (`ultimo 2017`) down the sheet, and rows may share one list (see
 * `cellMilestoneLists`).
 */
function deliveriesOf(view: SheetView, row: number, header: HeaderInfo, milestonesIn: (text: string) => readonly Milestone[]): readonly Delivery[] {
  let count = 0;
  for (const { year, col } of header.years) {
    const cell = view.cell(row, col);
    const text = cellText(cell);
    if (text === '') continue;
    const date = cellDate(cell);
    const delivery: Delivery = { year, text, col, milestones: date === undefined ? milestonesIn(text) : cellMilestones(text, date) };
    if (date !== undefined) delivery.date = date;
    rowDeliveries[count++] = delivery;
  }
  // The row's list is copied out at its size: the overview keeps one per row (SPEC §7 memory).
  return count === 0 ? NO_DELIVERIES : rowDeliveries.slice(0, count);
}

/** The deliveries of the row being read, before they are copied out: one list for every row, not one grown by push for each. */
const rowDeliveries: Delivery[] = [];

/**
 * Which sheet columns make a row an initiative row when filled (not the yes/no columns
 * alone), one byte per column number: looked up for every cell of the sheet.
 */
function contentColumns(header: HeaderInfo, lastCol: number): Uint8Array {
  const content = new Uint8Array(lastCol + 1);
  const fields: FieldName[] = ['id', 'title', 'area', 'status', ...TEXT_FIELDS];
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

/** Indexed loops: this looks at every cell of the sheet (SPEC §7 budget). */
function collectErrors(grid: Grid): ErrorCell[] {
  const errors: ErrorCell[] = [];
  for (let r = 0; r < grid.cells.length; r++) {
    const row = grid.cells[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const value = row[c]?.value;
      if (!isErrorValue(value)) continue;
      const sheetRow = r + grid.originRow;
      errors.push({ cell: a1(sheetRow, c + grid.originCol), row: sheetRow, error: value.error });
    }
  }
  return errors;
}

function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) return true;
  return false;
}

/**
 * A lone text of words (`DIGITAL VELFÆRD`, `Note: opdateres i juni`) is a heading or a note; a
 * lone token (`x`, `?`) may be a stray value or a half-typed row, and one starting with a digit
 * an initiative with only its id (`1.4 Titel`): those stay rows to report.
 */
function isHeadingOrNote(text: string): boolean {
  return !/^\d/.test(text) && /\S\s+\S/.test(text) && /[A-Za-zÀ-ÿ]/.test(text);
}

const TOTALS = /^(?:i\s*alt|total[t]?|sum|antal)\b/i;

/** What may follow the status word a legend explains (`Grøn: | Følger planen`, `Gul = | …`). */
const LEGEND_MARK = /\s*[:=\-–]\s*$/;

/**
 * `I alt | 5 | 3 | 7`: a word for a total, then only numbers. (A row without an id that starts
 * with a status word and has no status, `Grøn | Følger planen`, is a legend: see `readOverview`.)
 */
function isTotalsRow(view: SheetView, row: number, first: number, lead: string): boolean {
  if (!TOTALS.test(lead)) return false;
  for (let c = first + 1; c <= view.lastCol; c++) if (!view.isBlank(row, c) && typeof view.cell(row, c)?.value !== 'number') return false;
  return true;
}

function blankIn(view: SheetView, row: number, col: number | undefined): boolean {
  return col === undefined || view.isBlank(row, col);
}

/** `6.` | `Effektiv administration og styring`: a section row written in two cells, the number first. */
function twoCellSection(view: SheetView, row: number, first: number, profile: Profile): { id: string; name: string } | null {
  const number = view.text(row, first);
  if (number.length > 20 || !/\d/.test(number)) return null;
  let second = first + 1;
  while (second <= view.lastCol && view.isBlank(row, second)) second++;
  return parseNumberedArea(number, view.text(row, second), profile.areas);
}

/** Fields read as the cell's trimmed text: adding one is its name, its aliases, its place in `Initiative`, here, and its line where `readOverview` builds a row. */
const TEXT_FIELDS = ['contact', 'email', 'office', 'remark'] as const;

/** Where a row's area comes from: an area column, else the section row above, else the id's prefix. */
class AreaTracker {
  readonly areas = new Map<string, Area>();
  private section: Area | null = null;
  private sectionCell: string | null = null;
  /** An area column repeats a few texts down the sheet: each is read once. */
  private readonly areaCells = new Map<string, ReturnType<typeof parseAreaCell>>();

  constructor(private readonly names: Profile['areas']) {}

  /** An unnumbered heading that names no known area ends the section above: its rows are not that area's. */
  closeSection(): void {
    this.section = null;
    this.sectionCell = null;
  }

  openSection(id: string, name: string, row: number, cell: string): void {
    let area = this.areas.get(id);
    if (!area) {
      area = { id, name, row };
      this.areas.set(id, area);
    }
    this.section = area;
    this.sectionCell = cell;
  }

  /** The area of a row whose area cell (on `row` of column `areaCol`) reads `areaText`, '' without an area column. */
  of(areaText: string, row: number, areaCol: number, id: string | null): Pick<Initiative, 'areaId' | 'areaSource' | 'areaCell'> {
    const fromColumn = this.areaCell(areaText);
    if (fromColumn && fromColumn.id !== null) {
      this.note(fromColumn.id, fromColumn.name);
      return { areaId: fromColumn.id, areaSource: 'column', areaCell: a1(row, areaCol) };
    }
    if (this.section) return { areaId: this.section.id, areaSource: 'section', areaCell: this.sectionCell };
    const prefix = id ? idAreaPrefix(id) : null;
    if (prefix === null) return { areaId: null, areaSource: null, areaCell: null };
    this.note(prefix, '');
    return { areaId: prefix, areaSource: 'id', areaCell: null };
  }

  private areaCell(text: string): ReturnType<typeof parseAreaCell> {
    if (text === '') return null;
    let read = this.areaCells.get(text);
    if (read === undefined) {
      read = parseAreaCell(text, this.names);
      this.areaCells.set(text, read);
    }
    return read;
  }

  private note(id: string, name: string): void {
    if (!this.areas.has(id)) this.areas.set(id, { id, name: name || this.names[id] || '' });
  }
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
  const col = (f: FieldName): number => cols[f] ?? 0;

  const areas = new AreaTracker(profile.areas);
  const content = contentColumns(header, view.lastCol);
  const last = lastDataRow(view, grid, header);
  const initiatives: Initiative[] = [];
  const statusWord = memoize((text) => parseStatusWord(text, profile.statusWords));
  const fillStatus = memoize(statusFromFill);
  const statusReading = sharedStatusReadings();
  const milestonesIn = memoize(cellMilestoneLists());
  const firstHeaderCol = Math.min(...Object.values(cols), ...header.years.map((y) => y.col));
  const yesNo = (row: number, f: FieldName): boolean | null => (cols[f] === undefined ? null : parseYesNo(view.cell(row, col(f))?.value ?? null));

  for (let row = header.row + 1; row <= last; row++) {
    let filled = 0;
    let firstFilled = 0;
    let hasContent = false;
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      if (view.isBlank(row, c)) continue;
      if (filled++ === 0) firstFilled = c;
      if (content[c] === 1) hasContent = true;
    }
    // A row inside the merge of the id cell above belongs to that initiative (its id, contact
    // and status merged down over two rows, one delivery text per row): its deliveries are added.
    const mergeTop = cols.id === undefined ? null : view.mergedFromAbove(row, cols.id);
    const owner = mergeTop === null ? undefined : initiatives[initiatives.length - 1];
    if (owner !== undefined && owner.row === mergeTop) {
      const more = deliveriesOf(view, row, header, milestonesIn);
      if (more.length > 0) owner.deliveries = [...owner.deliveries, ...more.map((d) => ({ ...d, row }))];
      continue;
    }
    const lone = filled === 1 ? view.text(row, firstFilled) : '';
    const sectionTitle = lone !== '' ? (parseSectionTitle(lone) ?? parseNumberedArea(lone, null, profile.areas)) : filled === 2 ? twoCellSection(view, row, firstFilled, profile) : null;
    if (sectionTitle) {
      areas.openSection(sectionTitle.id, sectionTitle.name, row, a1(row, firstFilled));
      continue;
    }
    // Not an initiative: a heading that names a known area (`DIGITAL VELFÆRD`, `BESKÆFTIGELSE`)
    // opens it; any other heading or note in the first column ends the section above. A lone
    // text in a title column of its own is a title with no id: a row to report.
    const named = lone === '' ? null : knownAreaOf(lone, profile.areas);
    if (named && firstFilled <= firstHeaderCol) {
      areas.openSection(named.id, named.name, row, a1(row, firstFilled));
      continue;
    }
    if (lone !== '' && firstFilled !== cols.title && isHeadingOrNote(lone)) {
      if (firstFilled <= firstHeaderCol) areas.closeSection();
      continue;
    }
    if (!hasContent) continue;

    let id: string | null;
    let title: string | null;
    if (header.combinedIdTitle) {
      ({ id, title } = splitCombined(view.text(row, col('id'))));
    } else {
      const idValue = cols.id === undefined ? '' : idText(view, row, col('id'));
      id = idValue === '' ? null : idValue;
      title = optionalText(view, row, col('title'));
    }
    if (id === null || !hasDigit(id)) {
      const lead = view.text(row, firstFilled);
      const noStatus = cols.status === undefined || view.isBlank(row, col('status'));
      if (isTotalsRow(view, row, firstFilled, lead) || (noStatus && statusWord(lead.replace(LEGEND_MARK, '')) !== null)) continue;
      // `5. Teknologi giver bedre fysiske rammer | 3 initiativer`: a section row with a note beside it.
      const section = noStatus && blankIn(view, row, cols.contact) && blankIn(view, row, cols.email) ? parseSectionTitle(lead) : null;
      if (section) {
        areas.openSection(section.id, section.name, row, a1(row, firstFilled));
        continue;
      }
    }

    const completed = yesNo(row, 'completed');
    const statusCell = cols.status === undefined ? undefined : view.cell(row, col('status'));
    const statusText = cellText(statusCell);
    const fromText = statusText === '' ? null : statusWord(statusText);
    const fromFill = statusCell?.fill ? fillStatus(statusCell.fill) : null;
    // A merge down the area column gives each row it spans its top cell.
    let areaText = cols.area === undefined ? '' : view.text(row, col('area'));
    const areaTop = areaText === '' && cols.area !== undefined ? view.mergedFromAbove(row, col('area')) : null;
    if (areaTop !== null) areaText = view.text(areaTop, col('area'));
    const area = areas.of(areaText, areaTop ?? row, col('area'), id);

    initiatives.push({
      row,
      id,
      title,
      areaId: area.areaId,
      areaSource: area.areaSource,
      areaCell: area.areaCell,
      deliveries: deliveriesOf(view, row, header, milestonesIn),
      contact: optionalText(view, row, col('contact')),
      email: optionalText(view, row, col('email')),
      office: optionalText(view, row, col('office')),
      // Text wins, then fill; `completed = ja` makes it done whatever the cell says.
      status: statusReading(statusText, fromText, fromFill, completed ? 'done' : statusText === '' ? fromFill : fromText),
      remark: optionalText(view, row, col('remark')),
      completed,
      political: yesNo(row, 'political'),
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
  const orderedAreas = [...areas.areas.values()].sort((a, b) => Number(a.id) - Number(b.id));
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
