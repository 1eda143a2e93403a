/**
 * The half-yearly status note (SPEC §5 *Statusnotat*) as plain data: blocks of sentences, each
 * sentence a catalogue key with typed values and the cells of the overview it rests on. Nothing
 * here is language: `note-render.ts` turns a note into Danish or English Markdown or text, and
 * `note-sheet.ts` into the `Statusnotat` sheet.
 */
import { a1 } from '../address';
import type { Initiative, Overview } from '../overview';
import type { Milestone } from '../parse/time';
import type { Rollup } from '../rollup';
import { statusOf } from '../rollup';
import { STATUS_KEYS, type StatusOrMissing } from '../status';
import type { Trend } from '../trend';
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
  /** Values joined as a list (`a, b og c`). */
  | { kind: 'list'; items: NoteValue[] }
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
  /** The overview sheet the note was drafted from. */
  sheet: string;
  blocks: NoteBlock[];
}

export interface NoteInput {
  overview: Overview;
  rollup: Rollup;
  trend: Trend;
}

/** How far ahead the note looks for milestones falling due. */
const AHEAD_MONTHS = 6;

function phrase(key: string, values: Record<string, NoteValue> = {}, count?: number): NotePhrase {
  return count === undefined ? { key, values } : { key, values, count };
}

function sentence(p: NotePhrase, cells: string[] = []): NoteSentence {
  return { ...p, cells: sortCells(cells) };
}

/** Unique addresses ordered by row, then column, so a sentence's cells read like the sheet. */
function sortCells(cells: string[]): string[] {
  const key = (c: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(c);
    return m ? Number(m[2]) * 100000 + m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0;
  };
  return [...new Set(cells.filter((c) => c !== ''))].sort((a, b) => key(a) - key(b));
}

const count = (n: number): NoteValue => ({ kind: 'count', n });
const date = (iso: string): NoteValue => ({ kind: 'date', iso });
const initiative = (i: Initiative): NoteValue => ({ kind: 'initiative', id: i.id.value ?? '', title: i.title.value ?? '' });
const list = (items: NoteValue[]): NoteValue => ({ kind: 'list', items });

/** The cells that name an initiative: its id and title. */
const nameCells = (i: Initiative) => [i.id.cell, i.title.cell];

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

function portfolio(overview: Overview, rollup: Rollup): NoteBlock {
  const all = overview.initiatives;
  const statusCells = all.map((i) => i.status.cell);
  const asOf = date(rollup.reportDate);
  if (rollup.total === 0) return { kind: 'paragraph', sentences: [sentence(phrase('note.portfolio.empty', { date: asOf }))] };
  const period = overview.period;
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
function remarkItem(i: Initiative): NoteSentence {
  const remark = i.remark.value?.trim();
  const cells = [...nameCells(i), i.status.cell, i.remark.cell];
  return remark
    ? sentence(phrase('note.item.remark', { initiative: initiative(i), remark: { kind: 'text', text: remark } }), cells)
    : sentence(phrase('note.item.noRemark', { initiative: initiative(i) }), cells);
}

function redSection(reds: Initiative[]): NoteBlock[] {
  if (reds.length === 0) return [];
  return [
    { kind: 'heading', level: 2, sentence: sentence(phrase('note.red.heading')) },
    {
      kind: 'list',
      lead: sentence(phrase('note.red.lead', { count: count(reds.length) }, reds.length), reds.map((i) => i.status.cell)),
      items: reds.map(remarkItem),
    },
  ];
}

function yellowSection(yellows: Initiative[]): NoteBlock[] {
  if (yellows.length === 0) return [];
  const statusCells = yellows.map((i) => i.status.cell);
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
  const reasons = sharedReasons(yellows.map((i) => i.remark.value ?? ''));
  const grouped = new Set<number>();
  if (reasons.length > 0) {
    blocks.push({
      kind: 'paragraph',
      sentences: reasons.map((r) => {
        const members = r.members.map((k) => yellows[k]);
        r.members.forEach((k) => grouped.add(k));
        const values = { count: count(members.length), total: count(yellows.length), reason: { kind: 'quote', text: r.text } as NoteValue, initiatives: list(members.map(initiative)) };
        const key = members.length === yellows.length ? 'note.yellow.groupAll' : 'note.yellow.group';
        return sentence(phrase(key, values), members.flatMap((i) => [...nameCells(i), i.remark.cell]));
      }),
    });
  }
  const rest = yellows.filter((_, k) => !grouped.has(k));
  if (rest.length > 0) {
    const key = grouped.size > 0 ? 'note.yellow.rest' : 'note.yellow.each';
    blocks.push({
      kind: 'list',
      lead: sentence(phrase(key, { count: count(rest.length) }, rest.length), rest.map((i) => i.status.cell)),
      items: rest.map(remarkItem),
    });
  }
  return blocks;
}

function changesSection(overview: Overview, trend: Trend): NoteBlock[] {
  if (trend.since === null) return [];
  const byId = new Map<string, Initiative>();
  for (const i of overview.initiatives) if (i.id.value !== null && !byId.has(i.id.value)) byId.set(i.id.value, i);
  const named = (id: string, title: string): NoteValue => ({ kind: 'initiative', id, title });
  const cellsOf = (id: string) => {
    const i = byId.get(id);
    return i ? [...nameCells(i), i.status.cell] : [];
  };
  const blocks: NoteBlock[] = [{ kind: 'heading', level: 2, sentence: sentence(phrase('note.changes.heading', { date: date(trend.since) })) }];
  const { changed, added, removed } = trend;
  if (changed.length > 0) {
    blocks.push({
      kind: 'list',
      lead: sentence(phrase('note.changes.lead', { count: count(changed.length) }, changed.length), changed.flatMap((c) => cellsOf(c.id))),
      items: changed.map((c) =>
        sentence(
          phrase('note.changes.item', { initiative: named(c.id, c.title), from: { kind: 'status', status: c.from }, to: { kind: 'status', status: c.to } }),
          cellsOf(c.id),
        ),
      ),
    });
  }
  const more: NoteSentence[] = [];
  if (changed.length === 0) more.push(sentence(phrase('note.changes.none')));
  if (added.length > 0) {
    const items = added.map((a): NoteValue => {
      const status = byId.has(a.id) ? statusOf(byId.get(a.id) as Initiative) : 'missing';
      return { kind: 'phrase', phrase: phrase('note.changes.addedItem', { initiative: named(a.id, a.title), status: { kind: 'status', status } }) };
    });
    more.push(sentence(phrase('note.changes.added', { count: count(added.length), initiatives: list(items) }, added.length), added.flatMap((a) => cellsOf(a.id))));
  }
  // Removed initiatives are no longer in the overview: the sentence rests on the history sheet alone.
  if (removed.length > 0) {
    more.push(sentence(phrase('note.changes.removed', { count: count(removed.length), initiatives: list(removed.map((r) => named(r.id, r.title))) }, removed.length)));
  }
  if (more.length > 0) blocks.push({ kind: 'paragraph', sentences: more });
  return blocks;
}

function politicalSection(overview: Overview, political: Initiative[]): NoteBlock[] {
  if (political.length === 0) return [];
  const col = overview.header.columns.political;
  const cells = political.flatMap((i) => [...nameCells(i), col ? a1(i.row, col) : '']);
  return [
    { kind: 'heading', level: 2, sentence: sentence(phrase('note.political.heading')) },
    {
      kind: 'paragraph',
      sentences: [sentence(phrase('note.political', { count: count(political.length), initiatives: list(political.map(initiative)) }, political.length), cells)],
    },
  ];
}

interface Dated {
  initiative: Initiative;
  /** Each milestone once (one repeated in two year columns is one milestone), by due date, with its cells. */
  milestones: { milestone: Milestone; cells: string[] }[];
}

/** The milestones due on days `keep` accepts, of initiatives not done, per initiative in sheet order. */
function datedMilestones(overview: Overview, keep: (due: string) => boolean): Dated[] {
  const found: Dated[] = [];
  for (const i of overview.initiatives) {
    if (statusOf(i) === 'done') continue;
    const seen = new Map<string, { milestone: Milestone; cells: string[] }>();
    for (const d of i.deliveries) {
      for (const m of d.milestones) {
        if (!keep(m.due)) continue;
        const key = `${m.text.toLowerCase().replace(/\s+/g, ' ')}|${m.due}`;
        const known = seen.get(key);
        if (known) known.cells.push(d.cell);
        else seen.set(key, { milestone: m, cells: [d.cell] });
      }
    }
    if (seen.size > 0) found.push({ initiative: i, milestones: [...seen.values()].sort((a, b) => a.milestone.due.localeCompare(b.milestone.due)) });
  }
  return found;
}

/** `1.2 Adgang til egne data: ultimo 2016 (31. december 2016) og medio 2017 (31. august 2017).` */
function milestoneItem({ initiative: i, milestones }: Dated): NoteSentence {
  const values = milestones.map(({ milestone: m }): NoteValue => ({ kind: 'milestone', text: m.text, due: m.due }));
  return sentence(phrase('note.milestones.item', { initiative: initiative(i), milestones: list(values) }), [
    ...nameCells(i),
    ...milestones.flatMap((m) => m.cells),
  ]);
}

/** A section of milestones (`note.overdue`, `note.ahead`): a lead and one line per initiative, or a sentence saying there are none. */
function milestoneSection(key: string, dated: Dated[], when: string): NoteBlock[] {
  const head: NoteBlock = { kind: 'heading', level: 2, sentence: sentence(phrase(`${key}.heading`)) };
  if (dated.length === 0) return [head, { kind: 'paragraph', sentences: [sentence(phrase(`${key}.none`, { date: date(when) }))] }];
  const items = dated.map(milestoneItem);
  const lead = sentence(phrase(`${key}.lead`, { count: count(dated.length), date: date(when) }, dated.length), items.flatMap((s) => s.cells));
  return [head, { kind: 'list', lead, items }];
}

/**
 * Drafts the note from the overview, its rollup and the changes since the last snapshot.
 * Overdue milestones are those the rollup counts (due before the report date, initiative not done).
 */
export function buildNote({ overview, rollup, trend }: NoteInput): Note {
  const reportDate = rollup.reportDate;
  const reds = rollup.attention.filter((i) => statusOf(i) === 'red');
  const yellows = rollup.attention.filter((i) => statusOf(i) === 'yellow');
  const ahead = addMonths(reportDate, AHEAD_MONTHS);
  const blocks: NoteBlock[] = [{ kind: 'heading', level: 1, sentence: headingOf(reportDate) }, portfolio(overview, rollup)];
  if (rollup.total > 0) {
    blocks.push(
      ...redSection(reds),
      ...yellowSection(yellows),
      ...changesSection(overview, trend),
      ...politicalSection(overview, rollup.political),
      ...milestoneSection('note.overdue', datedMilestones(overview, (due) => due < reportDate), reportDate),
      ...milestoneSection('note.ahead', datedMilestones(overview, (due) => due >= reportDate && due <= ahead), ahead),
    );
  }
  return { reportDate, sheet: overview.sheet, blocks };
}
