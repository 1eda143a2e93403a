/**
 * Finding the product's marks in the open workbook and writing new ones through Office.js.
 * Finding takes two steps (the record, then each sheet's conditional formats with their
 * formulas and its notes), and on the sheet to be marked a third (where the user's notes are); each
 * step is queued into a sync the caller may share with its reads, and the second goes with
 * the first for sheets reached without their names. Writing is a list of steps the caller
 * sends with its other writes.
 */
import type { CellMark, MarksOutcome } from '../workbook/port';
import { MARKS_SETTING, MARK_COLORS, NOTE_PREFIX, isMarkFormula, markFormula, parseMarksRecord, type MarksRecord } from './marks';
import type { WriteStep } from './requests';
import { addressLists } from './write';

/** Request bytes of one note added besides its text: the method's object path (with the cell) and its instantiation, ~160, and a margin. */
const NOTE_BYTES = 200;
/** Request bytes of one conditional format with its four borders, besides its address list. */
const FORMAT_BYTES = 3_000;
/** Request bytes of one deletion (a format or a note). */
const DELETE_BYTES = 210;
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
}

/** What a write needs: the product's marks to remove, and per sheet its protection and the user's notes. */
export interface MarksFound {
  record: MarksRecord;
  /** The record's setting, when there is one. */
  setting: Excel.Setting | null;
  sheets: {
    id: string;
    name: string;
    ws: Excel.Worksheet;
    protected: boolean;
    ours: Excel.ConditionalFormat[];
    ourNotes: Excel.Note[];
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
    return { ws, protection, formats, notes, located: [] };
  }

  /**
   * Step 3, on the sheet to be marked: where the user's own notes are, so the product adds
   * none there. False when there is nothing to ask.
   */
  queueDetails(target: string | null): boolean {
    const scan = target === null ? undefined : this.scans.find((s) => s.name.toLowerCase() === target.toLowerCase());
    const theirs = scan?.notes?.items.filter((note) => !note.content.startsWith(NOTE_PREFIX)) ?? [];
    if (!scan || theirs.length === 0) return false;
    scan.located = theirs.map((note) => {
      const cell = note.getLocation();
      cell.load('address');
      return { note, cell };
    });
    return true;
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
        ours: scan.formats.items.filter((cf) => !cf.customOrNullObject.isNullObject && isMarkFormula(cf.customOrNullObject.rule.formula)),
        ourNotes: (scan.notes?.items ?? []).filter((note) => note.content.startsWith(NOTE_PREFIX)),
        userNotes: new Set(scan.located.map(({ cell }) => bareAddress(cell.address))),
      })),
    };
  }
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
 * Replaces the product's marks by `marks` on `target` (none to only remove them). A protected
 * target is left alone, and so is every protected sheet's old marks: the outcome says so, and
 * the record keeps those sheets so a later run finds their marks. The record goes first, so a
 * write cut short still leaves every mark findable.
 */
export function markSteps(context: Excel.RequestContext, found: MarksFound, target: string | null, marks: CellMark[], notesApi: boolean): MarkSteps {
  const sheet = target === null ? undefined : found.sheets.find((s) => s.name.toLowerCase() === target.toLowerCase());
  if (sheet?.protected) return { steps: [], outcome: { status: 'protected', sheet: sheet.name } };
  const blocked = found.sheets.filter((s) => s.protected && found.record.sheets.some((r) => r.id === s.id));

  const record: MarksRecord = {
    sheets: [...blocked.map((s) => ({ id: s.id })), ...(sheet && marks.length > 0 ? [{ id: sheet.id }] : [])],
  };
  const steps: WriteStep[] = [];
  const recorded = found.record.sheets.map((s) => s.id).join();
  // The record is rewritten only when it changes: an unchanged one costs no request.
  if (record.sheets.length > 0 && record.sheets.map((s) => s.id).join() !== recorded) {
    steps.push({ bytes: 200, queue: () => context.workbook.settings.add(MARKS_SETTING, JSON.stringify(record)) });
  } else if (record.sheets.length === 0 && found.setting) {
    const setting = found.setting;
    steps.push({ bytes: 200, queue: () => setting.delete() });
  }
  for (const s of found.sheets) {
    if (s.protected) continue;
    for (const cf of s.ours) steps.push({ bytes: DELETE_BYTES, queue: () => cf.delete() });
    for (const note of s.ourNotes) steps.push({ bytes: DELETE_BYTES, queue: () => note.delete() });
  }
  if (sheet) {
    const bySeverity = new Map<CellMark['severity'], string[]>();
    for (const m of marks) {
      const cells = bySeverity.get(m.severity) ?? [];
      cells.push(m.cell);
      bySeverity.set(m.severity, cells);
    }
    for (const [severity, cells] of bySeverity) {
      for (const list of addressLists(cells, CELLS_PER_FORMAT)) {
        steps.push({
          bytes: FORMAT_BYTES + list.length,
          queue: () => {
            const cf = sheet.ws.getRanges(list).conditionalFormats.add('Custom');
            cf.custom.rule.formula = markFormula(severity);
            for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) {
              const border = cf.custom.format.borders.getItem(edge);
              border.style = 'Continuous';
              border.color = MARK_COLORS[severity];
            }
          },
        });
      }
    }
    if (notesApi) {
      for (const m of marks) {
        if (sheet.userNotes.has(m.cell)) continue;
        const text = `${NOTE_PREFIX}${m.note}`;
        steps.push({ bytes: NOTE_BYTES + utf8Bytes(text), queue: () => sheet.ws.notes.add(m.cell, text) });
      }
    }
  }
  const skipped = blocked[0];
  return { steps, outcome: skipped ? { status: 'protected', sheet: skipped.name } : { status: 'done' } };
}
