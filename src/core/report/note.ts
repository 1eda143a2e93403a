/**
 * The half-yearly status note (SPEC §5 *Statusnotat*) as plain data: blocks of sentences, each
 * sentence a catalogue key with typed values and the cells of the overview it rests on. Nothing
 * here is language: `note-render.ts` turns a note into Danish or English Markdown or text, and
 * `note-sheet.ts` into the `Statusnotat` sheet.
 */
import { cellOf, deliveryCell, type FieldName, type Initiative, type Overview } from '../overview';
import type { Milestone } from '../parse/time';
import type { Rollup } from '../rollup';
import { statusOf } from '../rollup';
import { STATUS_KEYS, type StatusOrMissing } from '../status';
import type { StatusChange, Trend } from '../trend';
import { sharedReasons } from './note-reasons';

/** A value put into a sentence; the renderer words it per language (and escapes sheet text for Markdown). */
export type NoteValue =
  /** A count: a number word up to twelve, digits above (see note-render). */
  | { kind: 'count'; n: number }
  /** A number always written in digits (a year). */
  | { kind: 'number'; n: number }
  /** An ISO date, written out (`15. december 2018`). */
  | { kind: 'date'; iso: string }
  /** A status as a word in running text (`gul`, `yellow`). */
  | { kind: 'status'; status: StatusOrMissing }
  /** An initiative by id and title (`2.4 Telemedicinsk hjemmemonitorering …`). */
  | { kind: 'initiative'; id: string; title: string }
  /** Text from the sheet, as written (a remark). */
  | { kind: 'text'; text: string }
  /** Text from the sheet shown in quotation marks. */
  | { kind: 'quote'; text: string }
  /** A dated milestone: its words in the sheet and its due date. */
  | { kind: 'milestone'; text: string; due: string }
  /** Values joined as a list (`a, b og c`); `more` counts those left out (`… og 3 andre`). */
  | { kind: 'list'; items: NoteValue[]; more?: number }
  /** A phrase of its own (a part of a list that needs its own grammar). */
  | { kind: 'phrase'; phrase: NotePhrase };

/**
 * A catalogue key with its values. With `count`, the key gets the suffix `.one` or `.other`
 * (both languages need only these two forms; zero has keys of its own).
 */
export interface NotePhrase {
  key: string;
  values: Record<string, NoteValue>;
  count?: number;
}

export interface NoteSentence extends NotePhrase {
  /** The cells of the overview the sentence rests on (A1, no sheet name), in sheet order. */
  cells: string[];
}

export type NoteBlock =
  | { kind: 'heading'; level: 1 | 2; sentence: NoteSentence }
  | { kind: 'paragraph'; sentences: NoteSentence[] }
  /** A lead sentence ending in a colon, then one item per line. */
  | { kind: 'list'; lead: NoteSentence; items: NoteSentence[] };

export interface Note {
  reportDate: string;
  /** The overview sheet the note was drafted from: the sheet its cells are on. */
  sheet: string;
  blocks: NoteBlock[];
}

export interface NoteInput {
  overview: Overview;
  rollup: Rollup;
  trend: Trend;
  /** Whether sentences carry the cells they rest on (default true); a sheet of the note shows only its words. */
  cells?: boolean;
}

/** What drafting reads: the overview, and whether sentences carry their cells. */
interface Source {
  overview: Overview;
  /** Collecting every cell behind each sentence was most of drafting a large overview's note. */
  cells: boolean;
}

/** How far ahead the note looks for milestones falling due. */
const AHEAD_MONTHS = 6;

/**
 * A note names at most this many initiatives in one list and counts the rest, so it stays a
 * note on a sheet of thousands of rows (a plan has some tens); the overview holds them all.
 */
export const MAX_LISTED = 50;

function phrase(key: string, values: Record<string, NoteValue> = {}, count?: number): NotePhrase {
  return count === undefined ? { key, values } : { key, values, count };
}

/** `cells` in the order given: lists over many initiatives are built in sheet order from `cellsOf` lists. */
function sentence(p: NotePhrase, cells: string[] = []): NoteSentence {
  return { ...p, cells };
}

/**
 * One initiative's cells, once each, by column, without the '' of a field that has no column.
 * They all lie on the initiative's row, so the column letters order them: shorter first, then A–Z.
 */
function cellsOf(...cells: string[]): string[] {
  const sorted = cells.filter((c) => c !== '').sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  return sorted.filter((c, k) => k === 0 || c !== sorted[k - 1]);
}

/** An initiative's cell of `field`: '' when it has none, or no cells are wanted. */
const cellAt = (s: Source, i: Initiative, field: FieldName) => (s.cells ? cellOf(s.overview, i, field) : '');

/** An initiative's cells of `fields`, as `cellsOf` gives them. */
const cellsAt = (s: Source, i: Initiative, ...fields: FieldName[]) => (s.cells ? cellsOf(...fields.map((f) => cellOf(s.overview, i, f))) : []);

/** The status cells of initiatives in sheet order. */
const statusCellsOf = (s: Source, list: Initiative[]) => (s.cells ? list.map((i) => cellOf(s.overview, i, 'status')).filter((c) => c !== '') : []);

const count = (n: number): NoteValue => ({ kind: 'count', n });
const date = (iso: string): NoteValue => ({ kind: 'date', iso });
const initiative = (i: Initiative): NoteValue => ({ kind: 'initiative', id: i.id ?? '', title: i.title ?? '' });
const list = (items: NoteValue[]): NoteValue => ({ kind: 'list', items });

/** Initiatives named in running text, the first MAX_LISTED of them. */
function named<T>(all: T[], value: (x: T) => NoteValue): NoteValue {
  const items = all.slice(0, MAX_LISTED).map(value);
  return all.length > items.length ? { kind: 'list', items, more: all.length - items.length } : list(items);
}

/** A list block of the first MAX_LISTED items, then a sentence counting the rest (resting on their id cells). */
function listBlocks<T>(lead: NoteSentence, all: T[], item: (x: T) => NoteSentence, idCell: (x: T) => string): NoteBlock[] {
  const items = all.slice(0, MAX_LISTED).map(item);
  const blocks: NoteBlock[] = [{ kind: 'list', lead, items }];
  const rest = all.slice(MAX_LISTED);
  if (rest.length > 0) {
    const more = phrase('note.more', { shown: count(items.length), count: count(rest.length) }, rest.length);
    blocks.push({ kind: 'paragraph', sentences: [sentence(more, rest.map(idCell).filter((c) => c !== ''))] });
  }
  return blocks;
}

const idCellOf = (s: Source) => (i: Initiative) => cellAt(s, i, 'id');

/** `2018-12-15` plus six months: `2019-06-15`; a day the month lacks becomes its last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function headingOf(reportDate: string): NoteSentence {
  const year = Number(reportDate.slice(0, 4));
  const half = Number(reportDate.slice(5, 7)) <= 6 ? 'first' : 'second';
  return sentence(phrase(`note.heading.${half}`, { year: { kind: 'number', n: year } }));
}

function portfolio(source: Source, rollup: Rollup): NoteBlock {
  const { overview } = source;
  const all = overview.initiatives;
  const statusCells = statusCellsOf(source, all);
  const asOf = date(rollup.reportDate);
  if (rollup.total === 0) return { kind: 'paragraph', sentences: [sentence(phrase('note.portfolio.empty', { date: asOf }))] };
  const period = rollup.period;
  const lead = period
    ? phrase('note.portfolio.period', { count: count(rollup.total), from: { kind: 'number', n: period[0] }, to: { kind: 'number', n: period[1] }, date: asOf }, rollup.total)
    : phrase('note.portfolio', { count: count(rollup.total), date: asOf }, rollup.total);
  const parts = STATUS_KEYS.filter((s) => rollup.byStatus[s] > 0);
  const split =
    rollup.total === 1
      ? phrase('note.portfolio.single', { state: { kind: 'phrase', phrase: phrase(`note.state.${parts[0]}`) } })
      : phrase('note.portfolio.split', {
          parts: list(parts.map((s) => ({ kind: 'phrase', phrase: phrase(`note.part.${s}`, { count: count(rollup.byStatus[s]) }, rollup.byStatus[s]) }))),
        });
  const sentences = [sentence(lead, statusCells), sentence(split, statusCells)];
  const { yellow, red } = rollup.byStatus;
  if (yellow === 0 || red === 0) {
    const key = yellow === 0 && red === 0 ? 'note.portfolio.noAttention' : red === 0 ? 'note.portfolio.noRed' : 'note.portfolio.noYellow';
    sentences.push(sentence(phrase(key), statusCells));
  }
  return { kind: 'paragraph', sentences };
}

/** One line per initiative: `2.4 Titel: bemærkning.` */
function remarkItem(source: Source, i: Initiative): NoteSentence {
  const remark = i.remark?.trim();
  const cells = cellsAt(source, i, 'id', 'title', 'status', 'remark');
  return remark
    ? sentence(phrase('note.item.remark', { initiative: initiative(i), remark: { kind: 'text', text: remark } }), cells)
    : sentence(phrase('note.item.noRemark', { initiative: initiative(i) }), cells);
}

function redSection(source: Source, reds: Initiative[]): NoteBlock[] {
  if (reds.length === 0) return [];
  const lead = sentence(phrase('note.red.lead', { count: count(reds.length) }, reds.length), statusCellsOf(source, reds));
  return [{ kind: 'heading', level: 2, sentence: sentence(phrase('note.red.heading')) }, ...listBlocks(lead, reds, (i) => remarkItem(source, i), idCellOf(source))];
}

function yellowSection(source: Source, yellows: Initiative[]): NoteBlock[] {
  if (yellows.length === 0) return [];
  const statusCells = statusCellsOf(source, yellows);
  const blocks: NoteBlock[] = [
    { kind: 'heading', level: 2, sentence: sentence(phrase('note.yellow.heading')) },
    {
      kind: 'paragraph',
      sentences: [
        sentence(phrase('note.yellow.lead', { count: count(yellows.length) }, yellows.length), statusCells),
        sentence(phrase('note.yellow.meaning'), statusCells),
      ],
    },
  ];
  const reasons = sharedReasons(yellows.map((i) => i.remark ?? ''));
  const grouped = new Set<number>();
  if (reasons.length > 0) {
    blocks.push({
      kind: 'paragraph',
      sentences: reasons.map((r) => {
        const members = r.members.map((k) => yellows[k]);
        r.members.forEach((k) => grouped.add(k));
        const values = { count: count(members.length), total: count(yellows.length), reason: { kind: 'quote', text: r.text } as NoteValue, initiatives: named(members, initiative) };
        const key = members.length === yellows.length ? 'note.yellow.groupAll' : 'note.yellow.group';
        return sentence(phrase(key, values), members.flatMap((i) => cellsAt(source, i, 'id', 'title', 'remark')));
      }),
    });
  }
  const rest = yellows.filter((_, k) => !grouped.has(k));
  if (rest.length > 0) {
    const key = grouped.size > 0 ? 'note.yellow.rest' : 'note.yellow.each';
    blocks.push(...listBlocks(sentence(phrase(key, { count: count(rest.length) }, rest.length), statusCellsOf(source, rest)), rest, (i) => remarkItem(source, i), idCellOf(source)));
  }
  return blocks;
}

function changesSection(source: Source, trend: Trend): NoteBlock[] {
  if (trend.since === null) return [];
  const { overview } = source;
  const byId = new Map<string, Initiative>();
  for (const i of overview.initiatives) if (i.id !== null && !byId.has(i.id)) byId.set(i.id, i);
  const byName = ({ id, title }: { id: string; title: string }): NoteValue => ({ kind: 'initiative', id, title });
  const changeCells = (id: string) => {
    const i = byId.get(id);
    return i ? cellsAt(source, i, 'id', 'title', 'status') : [];
  };
  const blocks: NoteBlock[] = [{ kind: 'heading', level: 2, sentence: sentence(phrase('note.changes.heading', { date: date(trend.since) })) }];
  const { changed, added, removed } = trend;
  if (changed.length > 0) {
    const lead = sentence(phrase('note.changes.lead', { count: count(changed.length) }, changed.length), changed.flatMap((c) => changeCells(c.id)));
    const item = (c: StatusChange) =>
      sentence(phrase('note.changes.item', { initiative: byName(c), from: { kind: 'status', status: c.from }, to: { kind: 'status', status: c.to } }), changeCells(c.id));
    blocks.push(...listBlocks(lead, changed, item, (c) => {
      const i = byId.get(c.id);
      return i ? cellAt(source, i, 'id') : '';
    }));
  }
  const more: NoteSentence[] = [];
  if (changed.length === 0) more.push(sentence(phrase('note.changes.none')));
  if (added.length > 0) {
    const addedItem = (a: { id: string; title: string }): NoteValue => {
      const i = byId.get(a.id);
      return { kind: 'phrase', phrase: phrase('note.changes.addedItem', { initiative: byName(a), status: { kind: 'status', status: i ? statusOf(i) : 'missing' } }) };
    };
    more.push(sentence(phrase('note.changes.added', { count: count(added.length), initiatives: named(added, addedItem) }, added.length), added.flatMap((a) => changeCells(a.id))));
  }
  // Removed initiatives are no longer in the overview: the sentence rests on the history sheet alone.
  if (removed.length > 0) {
    more.push(sentence(phrase('note.changes.removed', { count: count(removed.length), initiatives: named(removed, byName) }, removed.length)));
  }
  if (more.length > 0) blocks.push({ kind: 'paragraph', sentences: more });
  return blocks;
}

function politicalSection(source: Source, political: Initiative[]): NoteBlock[] {
  if (political.length === 0) return [];
  const cells = political.flatMap((i) => cellsAt(source, i, 'id', 'title', 'political'));
  return [
    { kind: 'heading', level: 2, sentence: sentence(phrase('note.political.heading')) },
    {
      kind: 'paragraph',
      sentences: [sentence(phrase('note.political', { count: count(political.length), initiatives: named(political, initiative) }, political.length), cells)],
    },
  ];
}

interface Found {
  milestone: Milestone;
  cells: string[];
}

interface Dated {
  initiative: Initiative;
  /** Each milestone once (one repeated in two year columns is one milestone), by due date, with its cells. */
  milestones: Found[];
}

const sameWords = (a: string, b: string) => a === b || a.toLowerCase().replace(/\s+/g, ' ') === b.toLowerCase().replace(/\s+/g, ' ');

/** `cell` is '' when no cells are wanted. */
function addFound(found: Found[] | null, milestone: Milestone, cell: string): Found[] {
  const list = found ?? [];
  const same = list.find((f) => f.milestone.due === milestone.due && sameWords(f.milestone.text, milestone.text));
  if (!same) list.push({ milestone, cells: cell ? [cell] : [] });
  else if (cell) same.cells.push(cell);
  return list;
}

const byDue = (found: Found[]) => found.sort((a, b) => (a.milestone.due < b.milestone.due ? -1 : a.milestone.due > b.milestone.due ? 1 : 0));

/**
 * The dated milestones of initiatives not done, per initiative in sheet order: those due before
 * the report date (what the rollup counts as overdue) and those due from it up to `until`.
 */
function datedMilestones({ overview, cells }: Source, reportDate: string, until: string): { overdue: Dated[]; ahead: Dated[] } {
  const overdue: Dated[] = [];
  const ahead: Dated[] = [];
  // Indexed loops: this runs for every delivery cell of the sheet (SPEC §7 budget).
  const rows = overview.initiatives;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    if (statusOf(i) === 'done') continue;
    let late: Found[] | null = null;
    let soon: Found[] | null = null;
    const deliveries = i.deliveries;
    for (let k = 0; k < deliveries.length; k++) {
      const milestones = deliveries[k].milestones;
      for (let n = 0; n < milestones.length; n++) {
        const m = milestones[n];
        // An open-ended span (`fra medio 2017`) has nothing due, as the rollup counts it.
        if (m.open) continue;
        if (m.due < reportDate) late = addFound(late, m, cells ? deliveryCell(i, deliveries[k]) : '');
        else if (m.due <= until) soon = addFound(soon, m, cells ? deliveryCell(i, deliveries[k]) : '');
      }
    }
    if (late) overdue.push({ initiative: i, milestones: byDue(late) });
    if (soon) ahead.push({ initiative: i, milestones: byDue(soon) });
  }
  return { overdue, ahead };
}

/** `1.2 Adgang til egne data: ultimo 2016 (31. december 2016) og medio 2017 (31. august 2017).` */
function milestoneItem(source: Source, { initiative: i, milestones }: Dated): NoteSentence {
  const values = milestones.map(({ milestone: m }): NoteValue => ({ kind: 'milestone', text: m.text, due: m.due }));
  return sentence(
    phrase('note.milestones.item', { initiative: initiative(i), milestones: list(values) }),
    cellsOf(cellAt(source, i, 'id'), cellAt(source, i, 'title'), ...milestones.flatMap((m) => m.cells)),
  );
}

/** A section of milestones (`note.overdue`, `note.ahead`): a lead and one line per initiative, or a sentence saying there are none. */
function milestoneSection(source: Source, key: string, dated: Dated[], when: string): NoteBlock[] {
  const head: NoteBlock = { kind: 'heading', level: 2, sentence: sentence(phrase(`${key}.heading`)) };
  if (dated.length === 0) return [head, { kind: 'paragraph', sentences: [sentence(phrase(`${key}.none`, { date: date(when) }))] }];
  const cells: string[] = [];
  for (const d of dated) for (const m of d.milestones) cells.push(...m.cells);
  const lead = sentence(phrase(`${key}.lead`, { count: count(dated.length), date: date(when) }, dated.length), cells);
  return [head, ...listBlocks(lead, dated, (d) => milestoneItem(source, d), (d) => cellAt(source, d.initiative, 'id'))];
}

/**
 * Drafts the note from the overview, its rollup and the changes since the last snapshot.
 * Overdue milestones are those the rollup counts (due before the report date, initiative not done).
 */
export function buildNote({ overview, rollup, trend, cells = true }: NoteInput): Note {
  const source: Source = { overview, cells };
  const reportDate = rollup.reportDate;
  const reds = rollup.attention.filter((i) => statusOf(i) === 'red');
  const yellows = rollup.attention.filter((i) => statusOf(i) === 'yellow');
  const ahead = addMonths(reportDate, AHEAD_MONTHS);
  const blocks: NoteBlock[] = [{ kind: 'heading', level: 1, sentence: headingOf(reportDate) }, portfolio(source, rollup)];
  if (rollup.total > 0) {
    const dated = datedMilestones(source, reportDate, ahead);
    blocks.push(
      ...redSection(source, reds),
      ...yellowSection(source, yellows),
      ...changesSection(source, trend),
      ...politicalSection(source, rollup.political),
      ...milestoneSection(source, 'note.overdue', dated.overdue, reportDate),
      ...milestoneSection(source, 'note.ahead', dated.ahead, ahead),
    );
  }
  return { reportDate, sheet: overview.sheet, blocks };
}
