/**
 * Finding the product's marks in the open workbook and writing new ones through Office.js.
 * Finding takes two steps (the record, then each sheet's conditional formats with their
 * formulas and its notes), and on the sheet to be marked a third (where the user's notes
 * are, and how many cells our formats cover); each step is queued into a sync the caller may
 * share with its reads, and the second goes with the first for sheets reached without their
 * names. Writing is a list of steps the caller sends with its other writes: on the sheet
 * being marked only what changed (markdiff.ts), elsewhere the removal of every mark.
 */
import type { Severity } from '../core/finding';
import type { CellMark, MarksOutcome } from '../workbook/port';
import { decodeFormatCells, decodeNoteCells, encodeFormatCells, encodeNoteCells, formatsStay, planNotes } from './markdiff';
import { MARKS_SETTING, MARK_COLORS, NOTE_PREFIX, markFormula, markSeverity, parseMarksRecord, type MarkedSheet, type MarksRecord } from './marks';
import type { WriteStep } from './requests';
import { addressLists } from './write';

/** Request bytes of one note added besides its text: the method's object path (with the cell) and its instantiation, ~160, and a margin. */
const NOTE_BYTES = 200;
/** Request bytes of one conditional format with its four borders, besides its address list. */
const FORMAT_BYTES = 3_000;
/** Request bytes of one deletion (a format or a note). */
const DELETE_BYTES = 210;
/** Response bytes of one note's location or one format's cell count: `{"ActionId":…,"Value":{"Address":"'…'!XFD1048576"}}`. */
const DETAIL_BYTES = 100;
/**
 * Where the notes went is recorded up to this size (~28 000 notes): document settings have a
 * size limit Office does not state. Beyond it the next click writes the notes again.
 */
const RECORD_NOTES_MAX = 500_000;
/** Cells per conditional format: its address list stays a few kB. */
const CELLS_PER_FORMAT = 1000;

export interface ScannedSheet {
  ws: Excel.Worksheet;
  id: string;
  name: string;
}

interface SheetScan extends ScannedSheet {
  protection: Excel.WorksheetProtection;
  formats: Excel.ConditionalFormatCollection;
  notes: Excel.NoteCollection | null;
  /** Where the user's notes are, asked for on the sheet to be marked only. */
  located: { note: Excel.Note; cell: Excel.Range }[];
  /** How many cells our formats cover, asked for on the sheet to be marked only. */
  covered: Map<Excel.ConditionalFormat, Excel.RangeAreas>;
}

/** One of the product's conditional formats, with how many cells it covers where that was asked. */
export interface OurFormat {
  cf: Excel.ConditionalFormat;
  severity: Severity;
  cells: number | null;
}

/** What a write needs: the product's marks, and per sheet its protection and the user's notes. */
export interface MarksFound {
  record: MarksRecord;
  /** The record's setting, when there is one. */
  setting: Excel.Setting | null;
  sheets: {
    id: string;
    name: string;
    ws: Excel.Worksheet;
    protected: boolean;
    ours: OurFormat[];
    ourNotes: { note: Excel.Note; content: string }[];
    /** Cells holding a note that is not the product's. */
    userNotes: Set<string>;
  }[];
}

export class MarksScan {
  private setting: Excel.Setting | null = null;
  private scans: SheetScan[] = [];
  /** Sheets whose step 2 went with step 1, before their ids were known. */
  private ahead: Omit<SheetScan, 'id' | 'name'>[] = [];

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly notesApi: boolean,
  ) {}

  /** Step 1: the record of the sheets marked before. */
  queueRecord(): void {
    this.setting = this.context.workbook.settings.getItemOrNullObject(MARKS_SETTING);
    this.setting.load('value');
  }

  get record(): MarksRecord {
    return this.setting === null || this.setting.isNullObject ? { sheets: [] } : parseMarksRecord(this.setting.value);
  }

  /**
   * Step 2 ahead, with step 1, for a sheet reached without its name (it may be a null object
   * past the last sheet): its id, loaded with this, matches it to the record after step 1.
   */
  queueAhead(ws: Excel.Worksheet): void {
    ws.load('id,name');
    this.ahead.push(this.queueScan(ws));
  }

  /**
   * Step 2: protection, conditional formats and notes of the recorded sheets and of `also`
   * (sheets that may be marked now). False when step 1 already asked for all of them.
   */
  queueSheets(sheets: ScannedSheet[], also: (sheet: ScannedSheet) => boolean): boolean {
    const recorded = new Set(this.record.sheets.map((s) => s.id));
    const ahead = new Map(this.ahead.filter((scan) => !scan.ws.isNullObject).map((scan) => [scan.ws.id, scan]));
    let queued = false;
    this.scans = sheets
      .filter((s) => recorded.has(s.id) || also(s))
      .map((s) => {
        const early = ahead.get(s.id);
        if (early) return { ...early, id: s.id, name: s.name };
        queued = true;
        return { ...this.queueScan(s.ws), id: s.id, name: s.name };
      });
    return queued;
  }

  private queueScan(ws: Excel.Worksheet): Omit<SheetScan, 'id' | 'name'> {
    const protection = ws.protection;
    protection.load('protected');
    const formats = ws.getRange().conditionalFormats;
    // The formula comes with the list, so marks can be removed after this sync.
    formats.load('items/customOrNullObject/rule/formula');
    const notes = this.notesApi ? ws.notes : null;
    notes?.load('items/content');
    return { ws, protection, formats, notes, located: [], covered: new Map() };
  }

  /**
   * Step 3, on the sheet to be marked: where the user's own notes are, so the product adds
   * none there, and how many cells our formats cover, so unchanged ones stay. Returns the
   * response bytes this adds (an address or a count per item, at most ~100 bytes), 0 when
   * there is nothing to ask.
   */
  queueDetails(target: string | null): number {
    const scan = target === null ? undefined : this.scans.find((s) => s.name.toLowerCase() === target.toLowerCase());
    if (!scan) return 0;
    const theirs = scan.notes?.items.filter((note) => !note.content.startsWith(NOTE_PREFIX)) ?? [];
    scan.located = theirs.map((note) => {
      const cell = note.getLocation();
      cell.load('address');
      return { note, cell };
    });
    scan.covered = new Map(formatsOf(scan).map(({ cf }) => [cf, cf.getRanges().load('cellCount')]));
    return (scan.located.length + scan.covered.size) * DETAIL_BYTES;
  }

  /** After step 2's sync, and step 3's where it was asked. */
  found(): MarksFound {
    return {
      record: this.record,
      setting: this.setting === null || this.setting.isNullObject ? null : this.setting,
      sheets: this.scans.map((scan) => ({
        id: scan.id,
        name: scan.name,
        ws: scan.ws,
        protected: scan.protection.protected,
        ours: formatsOf(scan).map((f) => ({ ...f, cells: scan.covered.get(f.cf)?.cellCount ?? null })),
        ourNotes: (scan.notes?.items ?? []).filter((note) => note.content.startsWith(NOTE_PREFIX)).map((note) => ({ note, content: note.content })),
        userNotes: new Set(scan.located.map(({ cell }) => bareAddress(cell.address))),
      })),
    };
  }
}

/** The product's formats among a scanned sheet's, by their formula. */
function formatsOf(scan: SheetScan): { cf: Excel.ConditionalFormat; severity: Severity }[] {
  return scan.formats.items.flatMap((cf) => {
    const severity = cf.customOrNullObject.isNullObject ? null : markSeverity(cf.customOrNullObject.rule.formula);
    return severity ? [{ cf, severity }] : [];
  });
}

/** `'Ark 1'!B3` → `B3`. */
function bareAddress(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
}

function utf8Bytes(s: string): number {
  return new TextEncoder().encode(s).length;
}

/** Steps that replace the product's marks, and what will have become of them once they are sent. */
export interface MarkSteps {
  steps: WriteStep[];
  outcome: MarksOutcome;
}

/**
 * Replaces the product's marks by `marks` on `target` (none to only remove them): there,
 * what is already as wanted stays and only the rest is written; elsewhere every mark goes.
 * A protected target is left alone, and so is every protected sheet's old marks: the outcome
 * says so, and the record keeps those sheets so a later run finds their marks. The record
 * goes first, so a write cut short still leaves every mark findable (and a note group the
 * record then misplaces does not match its count, so it is written again).
 */
export function markSteps(context: Excel.RequestContext, found: MarksFound, target: string | null, marks: CellMark[], notesApi: boolean): MarkSteps {
  const sheet = target === null ? undefined : found.sheets.find((s) => s.name.toLowerCase() === target.toLowerCase());
  if (sheet?.protected) return { steps: [], outcome: { status: 'protected', sheet: sheet.name } };
  const blocked = found.sheets.filter((s) => s.protected && found.record.sheets.some((r) => r.id === s.id));

  // Notes by where they belong (a mark's anchor, else its cell): the record names them so.
  const wantedNotes = new Map<string, string>();
  const cellOf = new Map<string, string>();
  if (sheet && notesApi) {
    for (const m of marks) {
      if (sheet.userNotes.has(m.cell)) continue;
      const key = m.anchor ?? m.cell;
      wantedNotes.set(key, `${NOTE_PREFIX}${m.note}`);
      cellOf.set(key, m.cell);
    }
  }
  const bySeverity = new Map<Severity, string[]>();
  for (const m of marks) {
    const cells = bySeverity.get(m.severity) ?? [];
    cells.push(m.cell);
    bySeverity.set(m.severity, cells);
  }
  const noteCells = wantedNotes.size > 0 ? encodeNoteCells(wantedNotes) : '';
  const marked: MarkedSheet[] =
    sheet && marks.length > 0
      ? [{ id: sheet.id, ...(noteCells !== '' && noteCells.length <= RECORD_NOTES_MAX ? { notes: noteCells } : {}), formats: encodeFormatCells(bySeverity) }]
      : [];
  const record: MarksRecord = {
    sheets: [...blocked.map((s) => found.record.sheets.find((r) => r.id === s.id) ?? { id: s.id }), ...marked],
  };
  const steps: WriteStep[] = [];
  const store = (text: string): WriteStep => ({
    bytes: 200 + utf8Bytes(JSON.stringify(text)),
    queue: () => context.workbook.settings.add(MARKS_SETTING, text),
  });
  // The record is rewritten only when it changes: an unchanged one costs no request. It goes
  // first without where the marks now are, and with it last, so a write cut short leaves a
  // record that finds every mark and trusts none of the target's to be in place. Each is
  // serialised once: with the notes' places a record can be ~500 kB.
  const was = JSON.stringify(found.record);
  const recordText = JSON.stringify(record);
  const interimText = JSON.stringify({ sheets: record.sheets.map((r) => (r.id === sheet?.id ? { id: r.id } : r)) } satisfies MarksRecord);
  let last: WriteStep | null = null;
  if (record.sheets.length === 0) {
    const setting = found.setting;
    if (setting) steps.push({ bytes: 200, queue: () => setting.delete() });
  } else if (recordText !== was) {
    if (interimText !== was) steps.push(store(interimText));
    if (recordText !== interimText) last = store(recordText);
  }
  const remove = (items: { delete(): void }[]) => {
    for (const item of items) steps.push({ bytes: DELETE_BYTES, queue: () => item.delete() });
  };
  for (const s of found.sheets) {
    if (s.protected || s === sheet) continue;
    remove(s.ours.map(({ cf }) => cf));
    remove(s.ourNotes.map(({ note }) => note));
  }
  if (!sheet) return { steps: last ? [...steps, last] : steps, outcome: outcomeOf(blocked) };

  const recorded = found.record.sheets.find((r) => r.id === sheet.id);
  const notes = planNotes(sheet.ourNotes, decodeNoteCells(recorded?.notes), wantedNotes);
  remove(notes.remove);
  const recordedFormats = decodeFormatCells(recorded?.formats);
  const severities = new Set([...sheet.ours.map((f) => f.severity), ...bySeverity.keys()]);
  for (const severity of severities) {
    const cells = bySeverity.get(severity) ?? [];
    const old = sheet.ours.filter((f) => f.severity === severity);
    if (formatsStay(recordedFormats.get(severity), cells, old.map((f) => f.cells))) continue;
    remove(old.map(({ cf }) => cf));
    for (const list of addressLists(cells, CELLS_PER_FORMAT)) steps.push({ bytes: FORMAT_BYTES + list.length, queue: () => addFormat(sheet.ws, list, severity) });
  }
  for (const { key, text } of notes.add) {
    const cell = cellOf.get(key) as string;
    steps.push({ bytes: NOTE_BYTES + utf8Bytes(text), queue: () => sheet.ws.notes.add(cell, text) });
  }
  if (last) steps.push(last);
  return { steps, outcome: outcomeOf(blocked) };
}

/** An always-true conditional format with a border in the severity's colour over `cells`. */
function addFormat(ws: Excel.Worksheet, cells: string, severity: Severity): void {
  const cf = ws.getRanges(cells).conditionalFormats.add('Custom');
  cf.custom.rule.formula = markFormula(severity);
  for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) {
    const border = cf.custom.format.borders.getItem(edge);
    border.style = 'Continuous';
    border.color = MARK_COLORS[severity];
  }
}

function outcomeOf(blocked: { name: string }[]): MarksOutcome {
  const skipped = blocked[0];
  return skipped ? { status: 'protected', sheet: skipped.name } : { status: 'done' };
}
