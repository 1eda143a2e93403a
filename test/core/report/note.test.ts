import type { Lang } from '../../../src/core/i18n';
import type { Overview } from '../../../src/core/overview';
import { BUILTIN_PROFILES } from '../../../src/core/profile/load';
import { readOverview } from '../../../src/core/read/overview';
import { MAX_LISTED, addMonths, buildNote, type Note, type NoteBlock, type NoteSentence } from '../../../src/core/report/note';
import { noteToText, sentenceText } from '../../../src/core/report/note-render';
import { rollup } from '../../../src/core/rollup';
import { snapshotOf, trendSince, type Snapshot } from '../../../src/core/trend';
import { OVERVIEW_HEAD, OVERVIEW_HEAD_MERGES, gridOf, overviewRow, type CellInput } from '../../helpers/grid';

const profile = BUILTIN_PROFILES['2016-2020'];
const REPORT_DATE = '2018-12-15';

/** The overview layout of the helpers plus column L, `Skal behandles politisk igen?`. */
const HEAD: CellInput[][] = OVERVIEW_HEAD.map((row, k) => (k === 3 ? [...row, 'Skal behandles politisk igen?'] : row));

interface Row {
  id: string;
  status: string;
  remark?: string;
  years?: CellInput[];
  political?: boolean;
}

function overviewOf(rows: Row[]): Overview {
  const body = rows.map((r) => [
    ...overviewRow(`${r.id}: Titel ${r.id}`, r.years ?? [], 'Kirsten Elbo', 'kieb@kl.dk', 'Teknik og Miljø', r.status, r.remark ?? ''),
    r.political ? 'Ja' : 'Nej',
  ]);
  const read = readOverview(gridOf([...HEAD, ['1. Digital kommunikation og borgerbetjening'], ...body], { merges: OVERVIEW_HEAD_MERGES }), profile);
  if (!read.ok) throw new Error('fixture');
  return read.overview;
}

function noteOf(rows: Row[], history: Snapshot[] = [], reportDate = REPORT_DATE): Note {
  const overview = overviewOf(rows);
  return buildNote({ overview, rollup: rollup(overview, profile, reportDate), trend: trendSince(history, snapshotOf(overview, reportDate)) });
}

const sentencesOf = (b: NoteBlock): NoteSentence[] =>
  b.kind === 'heading' ? [b.sentence] : b.kind === 'paragraph' ? b.sentences : [b.lead, ...b.items];
const allSentences = (note: Note) => note.blocks.flatMap(sentencesOf);
const find = (note: Note, key: string) => allSentences(note).find((s) => s.key === key);
const say = (s: NoteSentence | undefined, lang: Lang = 'da') => (s ? sentenceText(s, lang, 'text') : '(none)');

/** `n` rows with the given status, ids 1.1, 1.2, … after `from`. */
const rowsOf = (n: number, status: string, from = 0): Row[] =>
  Array.from({ length: n }, (_, k) => ({ id: `1.${from + k + 1}`, status, remark: `Bemærkning ${from + k + 1}` }));

describe('the counts in words: 0, 1, 2 and many', () => {
  it('says how many initiatives there are and how many of each colour', () => {
    const note = noteOf([...rowsOf(20, 'Grøn'), ...rowsOf(9, 'Gul', 20), ...rowsOf(1, 'Rød', 29)]);
    expect(say(find(note, 'note.portfolio.period'))).toBe('Handlingsplanen for 2016–2020 omfatter 30 initiativer pr. 15. december 2018.');
    expect(say(find(note, 'note.portfolio.split'))).toBe('Heraf er 20 i grøn, ni i gul og ét i rød.');
    expect(say(find(note, 'note.portfolio.split'), 'en')).toBe('Of these, 20 are green, nine are yellow and one is red.');
  });

  it('names a colour no initiative has', () => {
    const note = noteOf(rowsOf(2, 'Grøn'));
    expect(say(find(note, 'note.portfolio.split'))).toBe('Heraf er to i grøn.');
    expect(say(find(note, 'note.portfolio.noAttention'))).toBe('Ingen initiativer er i gul eller rød.');
    expect(say(find(note, 'note.portfolio.noAttention'), 'en')).toBe('No initiative is yellow or red.');
    expect(find(note, 'note.red.lead')).toBeUndefined();
    expect(find(note, 'note.yellow.lead')).toBeUndefined();
  });

  it('writes one initiative in the singular', () => {
    const note = noteOf(rowsOf(1, 'Rød'));
    expect(say(find(note, 'note.portfolio.period'))).toBe('Handlingsplanen for 2016–2020 omfatter ét initiativ pr. 15. december 2018.');
    expect(say(find(note, 'note.portfolio.single'))).toBe('Det er i rød.');
    expect(say(find(note, 'note.red.lead'))).toBe('Ét initiativ er i rød:');
    expect(say(find(note, 'note.red.lead'), 'en')).toBe('One initiative is red:');
  });

  it('writes two and many in the plural, in words up to twelve', () => {
    expect(say(find(noteOf(rowsOf(2, 'Rød')), 'note.red.lead'))).toBe('To initiativer er i rød:');
    expect(say(find(noteOf(rowsOf(2, 'Rød')), 'note.red.lead'), 'en')).toBe('Two initiatives are red:');
    expect(say(find(noteOf(rowsOf(12, 'Gul')), 'note.yellow.lead'))).toBe('Tolv initiativer er i gul.');
    expect(say(find(noteOf(rowsOf(13, 'Gul')), 'note.yellow.lead'))).toBe('13 initiativer er i gul.');
    expect(say(find(noteOf(rowsOf(13, 'Gul')), 'note.yellow.lead'), 'en')).toBe('13 initiatives are yellow.');
  });

  it('counts done and missing statuses with their own words', () => {
    const note = noteOf([...rowsOf(1, 'Afsluttet'), ...rowsOf(2, 'Afsluttet', 1), ...rowsOf(1, '', 3)]);
    expect(say(find(note, 'note.portfolio.split'))).toBe('Heraf er tre afsluttede og ét uden status.');
    expect(say(find(note, 'note.portfolio.split'), 'en')).toBe('Of these, three are completed and one has no status.');
  });

  it('says so when the overview holds no initiatives, and nothing more', () => {
    const overview = overviewOf([]);
    const note = buildNote({ overview, rollup: rollup(overview, profile, REPORT_DATE), trend: trendSince([], snapshotOf(overview, REPORT_DATE)) });
    expect(noteToText(note, 'da')).toBe('Status ved andet halvår af 2018\n\nOversigten indeholder ingen initiativer pr. 15. december 2018.\n');
  });
});

describe('the heading', () => {
  const heading = (note: Note) => note.blocks.find((b): b is Extract<NoteBlock, { kind: 'heading' }> => b.kind === 'heading' && b.level === 1)?.sentence;

  it('names the half-year of the report date', () => {
    expect(say(heading(noteOf(rowsOf(1, 'Grøn'), [], '2019-06-30')))).toBe('Status ved første halvår af 2019');
    expect(say(heading(noteOf(rowsOf(1, 'Grøn'), [], '2019-07-01')))).toBe('Status ved andet halvår af 2019');
    expect(say(heading(noteOf(rowsOf(1, 'Grøn'))), 'en')).toBe('Status for the second half of 2018');
  });
});

describe('red and yellow initiatives', () => {
  it('lists every red initiative with its remark, resting on its id, status and remark cells', () => {
    const note = noteOf([{ id: '1.1', status: 'Grøn' }, { id: '1.2', status: 'Rød', remark: 'Bagud; særlig opmærksomhed.' }]);
    const item = find(note, 'note.item.remark');
    expect(say(item)).toBe('1.2 Titel 1.2: Bagud; særlig opmærksomhed.');
    expect(item?.cells).toEqual(['A8', 'J8', 'K8']);
    expect(find(note, 'note.red.lead')?.cells).toEqual(['J8']);
  });

  it('says when a red initiative has no remark', () => {
    expect(say(find(noteOf([{ id: '1.1', status: 'Rød' }]), 'note.item.noRemark'))).toBe('1.1 Titel 1.1 (ingen bemærkning).');
  });

  it('groups the reason yellow initiatives share and lists the rest one by one', () => {
    const note = noteOf([
      { id: '1.1', status: 'Gul', remark: 'Forsinkelser i tidsplanen; kræver opmærksomhed.' },
      { id: '1.2', status: 'Gul', remark: 'Leverandøren er forsinket.' },
      { id: '1.3', status: 'Gul', remark: 'forsinkelser i tidsplanen.' },
      { id: '1.4', status: 'Gul', remark: 'Forsinkelser i tidsplanen for implementeringen.' },
      { id: '1.5', status: 'Grøn' },
    ]);
    const group = find(note, 'note.yellow.group');
    expect(say(group)).toBe('Tre af de fire gule initiativer angiver «Forsinkelser i tidsplanen»: 1.1 Titel 1.1, 1.3 Titel 1.3 og 1.4 Titel 1.4.');
    expect(say(group, 'en')).toBe('Three of the four yellow initiatives cite “Forsinkelser i tidsplanen”: 1.1 Titel 1.1, 1.3 Titel 1.3 and 1.4 Titel 1.4.');
    expect(group?.cells).toEqual(['A7', 'K7', 'A9', 'K9', 'A10', 'K10']);
    expect(say(find(note, 'note.yellow.rest'))).toBe('Det øvrige gule initiativ har sin egen bemærkning:');
    const rest = note.blocks.find((b) => b.kind === 'list' && b.lead.key === 'note.yellow.rest');
    expect(rest?.kind === 'list' && rest.items.map((s) => say(s))).toEqual(['1.2 Titel 1.2: Leverandøren er forsinket.']);
  });

  it('says "each of" when every yellow initiative shares the reason', () => {
    const note = noteOf(rowsOf(2, 'Gul').map((r) => ({ ...r, remark: 'Afventer KOMBIT.' })));
    expect(say(find(note, 'note.yellow.groupAll'))).toBe('Hvert af de to gule initiativer angiver «Afventer KOMBIT»: 1.1 Titel 1.1 og 1.2 Titel 1.2.');
    expect(find(note, 'note.yellow.rest')).toBeUndefined();
  });

  it('lists yellow initiatives that share nothing under one lead', () => {
    const note = noteOf(rowsOf(2, 'Gul'));
    expect(find(note, 'note.yellow.group')).toBeUndefined();
    expect(say(find(note, 'note.yellow.each'))).toBe('Initiativerne og deres bemærkninger:');
  });
});

describe('changes since the last snapshot', () => {
  const before: Snapshot = {
    reportDate: '2018-06-15',
    statuses: { '1.1': 'green', '1.2': 'yellow', '1.3': 'yellow', '1.9': 'green' },
    titles: { '1.1': 'Titel 1.1', '1.2': 'Titel 1.2', '1.3': 'Titel 1.3', '1.9': 'Udgået' },
  };

  it('says who went from which colour to which, what is new and what is gone', () => {
    const note = noteOf(
      [
        { id: '1.1', status: 'Gul', remark: 'Bagud.' },
        { id: '1.2', status: 'Grøn' },
        { id: '1.3', status: 'Gul', remark: 'Bagud.' },
        { id: '1.4', status: 'Rød', remark: 'Ny og bagud.' },
      ],
      [before],
    );
    const text = noteToText(note, 'da');
    expect(text).toContain('Ændringer siden 15. juni 2018\n\nTo initiativer har skiftet status:\n- 1.1 Titel 1.1 er gået fra grøn til gul.\n- 1.2 Titel 1.2 er gået fra gul til grøn.\n');
    expect(text).toContain('Ét initiativ er kommet til: 1.4 Titel 1.4 (rød). Ét initiativ er udgået: 1.9 Udgået.');
    expect(find(note, 'note.changes.item')?.cells).toEqual(['A7', 'J7']);
    expect(noteToText(note, 'en')).toContain('- 1.1 Titel 1.1 has moved from green to yellow.');
  });

  it('says when nothing changed, and is silent on the first run', () => {
    const same: Snapshot = { reportDate: '2018-06-15', statuses: { '1.1': 'green' }, titles: { '1.1': 'Titel 1.1' } };
    expect(say(find(noteOf([{ id: '1.1', status: 'Grøn' }], [same]), 'note.changes.none'))).toBe('Ingen initiativer har skiftet status.');
    expect(find(noteOf([{ id: '1.1', status: 'Grøn' }]), 'note.changes.heading')).toBeUndefined();
  });
});

describe('political review', () => {
  it('names the initiatives marked for political review, resting on the marking cell', () => {
    const note = noteOf([
      { id: '1.1', status: 'Grøn', political: true },
      { id: '1.2', status: 'Grøn' },
      { id: '1.3', status: 'Gul', remark: 'x', political: true },
    ]);
    const s = find(note, 'note.political');
    expect(say(s)).toBe('To initiativer skal behandles politisk igen: 1.1 Titel 1.1 og 1.3 Titel 1.3.');
    expect(s?.cells).toEqual(['A7', 'L7', 'A9', 'L9']);
    expect(say(find(noteOf([{ id: '1.1', status: 'Grøn', political: true }]), 'note.political'), 'en')).toBe(
      'One initiative needs another political review: 1.1 Titel 1.1.',
    );
  });
});

describe('milestones', () => {
  const rows: Row[] = [
    { id: '1.1', status: 'Grøn', years: [null, null, 'Medio 2018 og ultimo 2018', 'primo 2019', 'medio 2019'] },
    { id: '1.2', status: 'Afsluttet', years: [null, null, 'medio 2018'] },
    { id: '1.3', status: 'Gul', remark: 'x', years: [null, 'ultimo 2017', 'ultimo 2017'] },
    // Open-ended: runs to the end of the plan period, nothing is due.
    { id: '1.4', status: 'Grøn', years: [null, 'fra medio 2017', 'Primo 2018 og frem'] },
  ];

  it('lists milestones due before the report date in initiatives not done, each once, with their cells, and no open-ended span', () => {
    const note = noteOf(rows);
    const lead = find(note, 'note.overdue.lead');
    expect(say(lead)).toBe('Der er milepæle med frist før 15. december 2018 i to initiativer, som ikke er afsluttet:');
    const items = note.blocks.find((b) => b.kind === 'list' && b.lead.key === 'note.overdue.lead');
    expect(items?.kind === 'list' && items.items.map((s) => [say(s), s.cells])).toEqual([
      ['1.1 Titel 1.1: medio 2018 (31. august 2018).', ['A7', 'D7']],
      ['1.3 Titel 1.3: ultimo 2017 (31. december 2017).', ['A9', 'C9', 'D9']],
    ]);
  });

  it('lists what falls due in the next six months', () => {
    const note = noteOf(rows);
    expect(say(find(note, 'note.ahead.lead'))).toBe('Frem til 15. juni 2019 har ét initiativ milepæle med frist:');
    const items = note.blocks.find((b) => b.kind === 'list' && b.lead.key === 'note.ahead.lead');
    expect(items?.kind === 'list' && items.items.map((s) => say(s, 'en'))).toEqual([
      '1.1 Titel 1.1: ultimo 2018 (31 December 2018) and primo 2019 (30 April 2019).',
    ]);
  });

  it('says so when nothing is overdue or due', () => {
    const note = noteOf([{ id: '1.1', status: 'Grøn' }]);
    expect(say(find(note, 'note.overdue.none'))).toBe('Ingen initiativer, som ikke er afsluttet, har milepæle med frist før 15. december 2018.');
    expect(say(find(note, 'note.ahead.none'), 'en')).toBe('No milestones fall due by 15 June 2019.');
  });
});

describe('long lists', () => {
  it('lists at most MAX_LISTED initiatives and counts the rest', () => {
    const note = noteOf(rowsOf(MAX_LISTED + 3, 'Rød'));
    const red = note.blocks.find((b) => b.kind === 'list' && b.lead.key === 'note.red.lead');
    expect(red?.kind === 'list' && red.items.length).toBe(MAX_LISTED);
    const more = find(note, 'note.more');
    expect(say(more)).toBe(`Listen viser de første ${MAX_LISTED}; tre initiativer mere står i oversigten.`);
    expect(more?.cells).toHaveLength(3);
  });

  it('names at most MAX_LISTED initiatives in running text and counts the others', () => {
    const note = noteOf(Array.from({ length: MAX_LISTED + 2 }, (_, k) => ({ id: `1.${k + 1}`, status: 'Grøn', political: true })));
    const s = say(find(note, 'note.political'));
    expect(s.endsWith(`1.${MAX_LISTED} Titel 1.${MAX_LISTED} og to andre.`)).toBe(true);
    expect(find(note, 'note.political')?.cells).toHaveLength(2 * (MAX_LISTED + 2));
    const one = noteOf(Array.from({ length: MAX_LISTED + 1 }, (_, k) => ({ id: `1.${k + 1}`, status: 'Grøn', political: true })));
    expect(say(find(one, 'note.political'), 'en').endsWith(' and one other.')).toBe(true);
  });
});

describe('a note without its cells', () => {
  it('says the same in the same blocks, resting on no cell', () => {
    const rows: Row[] = [
      ...rowsOf(3, 'Gul'),
      { id: '1.4', status: 'Rød', remark: 'Bagud.', political: true, years: [null, 'ultimo 2017', 'medio 2019'] },
      ...rowsOf(MAX_LISTED + 2, 'Gul', 4).map((r) => ({ ...r, remark: `Forsinket ${r.id}` })),
    ];
    const overview = overviewOf(rows);
    const before: Snapshot = { reportDate: '2018-06-15', statuses: { '1.1': 'green', '1.9': 'red' }, titles: { '1.1': 'Titel 1.1', '1.9': 'Udgået' } };
    const input = { overview, rollup: rollup(overview, profile, REPORT_DATE), trend: trendSince([before], snapshotOf(overview, REPORT_DATE)) };
    const full = buildNote(input);
    const words = buildNote({ ...input, cells: false });
    expect(allSentences(full).some((s) => s.cells.length > 0)).toBe(true);
    expect(allSentences(words).every((s) => s.cells.length === 0)).toBe(true);
    expect(noteToText(words, 'da')).toBe(noteToText(full, 'da'));
    const withoutCells = (note: Note) => JSON.stringify(note, (k, v) => (k === 'cells' ? undefined : v));
    expect(withoutCells(words)).toBe(withoutCells(full));
  });
});

describe('addMonths', () => {
  it('keeps the day, or takes the last day of a shorter month', () => {
    expect(addMonths('2018-12-15', 6)).toBe('2019-06-15');
    expect(addMonths('2018-08-31', 6)).toBe('2019-02-28');
    expect(addMonths('2019-08-31', 6)).toBe('2020-02-29');
  });
});
