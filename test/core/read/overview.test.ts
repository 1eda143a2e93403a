import { BUILTIN_PROFILES } from '../../../src/core/profile/load';
import { cellOf, deliveryCell, type Initiative, type Overview } from '../../../src/core/overview';
import { readOverview } from '../../../src/core/read/overview';
import { OVERVIEW_HEAD, OVERVIEW_HEAD_MERGES, gridOf, overviewRow } from '../../helpers/grid';

const profile = BUILTIN_PROFILES['2016-2020'];

function read(rows: Parameters<typeof gridOf>[0], opts: Parameters<typeof gridOf>[1] = {}) {
  const result = readOverview(gridOf(rows, opts), profile);
  if (!result.ok) throw new Error('no overview');
  return result.overview;
}

describe('readOverview on the real layout', () => {
  const overview = read(
    [
      ...OVERVIEW_HEAD,
      ['1. Digital kommunikation og borgerbetjening'],
      overviewRow('1.1: Sammenhængende og digital borgerservice', ['ultimo 2016', 'medio 2017'], 'Flemming Engstrøm', 'feng@kl.dk', 'Digitalisering og Borgerbetjening', 'Grøn'),
      overviewRow('1.2 Adgang til egne data', [], 'Kirsten Elbo', 'KIEB@kl.dk', '', 'Gul', 'Forsinket'),
      [],
      ['2. Digital velfærd'],
      overviewRow('2.4: Telemedicinsk hjemmemonitorering', [], 'Poul Erik Kristensen', 'PRK@kl.dk', '', { value: null, fill: 'FF0000' }),
    ],
    { merges: OVERVIEW_HEAD_MERGES },
  );

  it('finds the two-row header below the title rows', () => {
    expect(overview.header.top).toBe(4);
    expect(overview.header.row).toBe(5);
    expect(overview.header.years.map((y) => y.year)).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(overview.header.combinedIdTitle).toBe(true);
    expect(overview.header.columns).toMatchObject({ id: 1, contact: 7, email: 8, office: 9, status: 10, remark: 11 });
    expect(overview.period).toEqual([2016, 2020]);
    expect(overview.titles).toEqual(['LEVERANCEOVERSIGT FÆLLESKOMMUNAL DIGITAL HANDLINGSPLAN', 'Version af 15. december 2018']);
  });

  it('splits combined id and title and keeps the source cells', () => {
    expect(overview.initiatives.map((i) => [i.id, i.title, cellOf(overview, i, 'id'), cellOf(overview, i, 'title')])).toEqual([
      ['1.1', 'Sammenhængende og digital borgerservice', 'A7', 'A7'],
      ['1.2', 'Adgang til egne data', 'A8', 'A8'],
      ['2.4', 'Telemedicinsk hjemmemonitorering', 'A11', 'A11'],
    ]);
  });

  it('assigns areas from section rows', () => {
    expect(overview.areas.map((a) => [a.id, a.name, a.row])).toEqual([
      ['1', 'Digital kommunikation og borgerbetjening', 6],
      ['2', 'Digital velfærd', 10],
    ]);
    expect(overview.initiatives.map((i) => [i.areaId, i.areaSource])).toEqual([
      ['1', 'section'],
      ['1', 'section'],
      ['2', 'section'],
    ]);
  });

  it('reads deliveries per year with their cells', () => {
    const first = overview.initiatives[0];
    const plain = first.deliveries.map((d) => ({
      year: d.year,
      text: d.text,
      cell: deliveryCell(first, d),
      milestones: d.milestones.map(({ text: t, start, due, year: y }) => ({ text: t, start, due, year: y })),
    }));
    expect(plain).toEqual([
      { year: 2016, text: 'ultimo 2016', cell: 'B7', milestones: [{ text: 'ultimo 2016', start: '2016-09-01', due: '2016-12-31', year: 2016 }] },
      { year: 2017, text: 'medio 2017', cell: 'C7', milestones: [{ text: 'medio 2017', start: '2017-05-01', due: '2017-08-31', year: 2017 }] },
    ]);
  });

  it('reads status from text, or from the fill when there is no text', () => {
    expect(overview.initiatives.map((i) => i.status.value)).toEqual(['green', 'yellow', 'red']);
    expect(overview.initiatives[2].status).toMatchObject({ text: '', fromText: null, fromFill: 'red' });
    expect(cellOf(overview, overview.initiatives[2], 'status')).toBe('J11');
  });
});

describe('readOverview on other layouts', () => {
  it('reads an Excel table with separate Nr., Titel and Indsatsområde columns', () => {
    const overview = read(
      [
        ['Nr.', 'Titel', 'Indsatsområde', '2016', '2017', 'Kontaktperson', 'E-mail', 'Status'],
        [1.1, 'Borgerservice', '1. Digital kommunikation og borgerbetjening', 'ultimo 2016', null, 'A', 'a@kl.dk', { value: null, fill: '70AD47' }],
        [{ value: 1.1, numFmt: '0.00' }, 'Ti', 'Digital velfærd', null, null, 'B', 'b@kl.dk', 'Gul'],
        ['efter tabellen', 'ikke med'],
      ],
      { tables: [{ name: 'Tabel1', top: 0, left: 0, bottom: 2, right: 7, headerRow: true }] },
    );
    expect(overview.header.table).toBe('Tabel1');
    expect(overview.header.combinedIdTitle).toBe(false);
    expect(overview.initiatives.map((i) => [i.id, i.title, i.areaId, i.areaSource, i.status.value])).toEqual([
      ['1.1', 'Borgerservice', '1', 'column', 'green'],
      ['1.10', 'Ti', '2', 'column', 'yellow'],
    ]);
  });

  it('takes Initiativ as the title when a Nr. column holds the id', () => {
    const overview = read([
      ['Nr.', 'Initiativ', 'Status'],
      ['3.1', 'Digitalt understøttet ydelsesrefusion', 'Gul'],
    ]);
    expect(overview.header.columns).toMatchObject({ id: 1, title: 2, status: 3 });
    expect(overview.initiatives[0].title).toBe('Digitalt understøttet ydelsesrefusion');
  });

  it('takes the area from the id prefix when the sheet has no sections', () => {
    const overview = read([
      ['Nr.', 'Titel', 'Status'],
      ['6.12', 'X', 'Grøn'],
    ]);
    expect(overview.initiatives[0]).toMatchObject({ areaId: '6', areaSource: 'id' });
    expect(overview.areas).toEqual([{ id: '6', name: 'Effektiv administration og styring' }]);
  });

  it('gives merged cells to their top-left cell only', () => {
    const overview = read(
      [
        ['Nr.', 'Titel', 'Status', 'Bemærkning'],
        ['1.1', 'X', 'Grøn', 'lang bemærkning'],
      ],
      { merges: [{ top: 1, left: 1, bottom: 1, right: 2 }] },
    );
    expect(overview.initiatives[0].status.text).toBe('');
  });

  it('records error values anywhere in the sheet and marks done from Gennemført', () => {
    const overview = read([
      ['Nr.', 'Titel', 'Status', 'Gennemført', 'Skal behandles politisk igen?'],
      ['1.1', { value: { error: '#REF!' } }, 'Grøn', 'ja', 'Ja'],
    ]);
    expect(overview.errorCells).toEqual([{ cell: 'B2', row: 2, error: '#REF!' }]);
    expect(overview.initiatives[0]).toMatchObject({ completed: true, political: true });
    expect(overview.initiatives[0].status.value).toBe('done');
  });

  it('reads a grid that does not start at A1', () => {
    const overview = read(
      [
        ['Nr.', 'Titel', 'Status'],
        ['1.1', 'X', 'Grøn'],
      ],
      { originRow: 3, originCol: 2 },
    );
    expect(overview.header.row).toBe(3);
    expect(cellOf(overview, overview.initiatives[0], 'id')).toBe('B4');
    expect(cellOf(overview, overview.initiatives[0], 'status')).toBe('D4');
  });

  it('says so when no row looks like a header', () => {
    expect(readOverview(gridOf([['Referat'], ['Hovedudvalget']]), profile)).toEqual({ ok: false, reason: 'no-header' });
    expect(readOverview(gridOf([]), profile).ok).toBe(false);
  });
});

function plain(o: Overview, i: Initiative) {
  return {
    row: i.row,
    id: [i.id, cellOf(o, i, 'id')],
    title: i.title,
    area: [i.areaId, i.areaSource, i.areaCell],
    deliveries: i.deliveries.map((d) => [d.year, deliveryCell(i, d), d.text, d.date, d.milestones.map((m) => [m.text, m.start, m.due, m.year])]),
    contact: [i.contact, cellOf(o, i, 'contact')],
    status: [i.status.text, i.status.fromText, i.status.fromFill, i.status.value, cellOf(o, i, 'status')],
  };
}

describe('the initiatives of an overview, kept as a table of rows', () => {
  // Rows with none, one and several delivery cells, a dated cell and a cell naming two
  // milestones: each row's deliveries and milestones must come back as its own.
  const rows = [
    overviewRow('1.1: Første', [], 'A', 'a@kl.dk', '', 'Grøn'),
    overviewRow('1.2: Anden', ['primo 2016 og ultimo 2016', { value: new Date(Date.UTC(2017, 4, 25)) }, 'Løbende'], 'B', 'b@kl.dk', '', { value: null, fill: 'FF0000' }),
    overviewRow('1.3: Tredje', [null, null, null, null, '2. halvår 2020'], '', '', '', 'Gul'),
  ];
  const result = readOverview(gridOf([...OVERVIEW_HEAD, ['1. Digital kommunikation'], ...rows], { merges: OVERVIEW_HEAD_MERGES }), profile);
  if (!result.ok) throw new Error('no overview');
  const overview = result.overview;
  const [first, second, third] = overview.initiatives;

  it('gives each row its own deliveries and milestones', () => {
    expect(plain(overview, first).deliveries).toEqual([]);
    expect(plain(overview, second).deliveries).toEqual([
      [2016, 'B8', 'primo 2016 og ultimo 2016', undefined, [['primo 2016', '2016-01-01', '2016-04-30', 2016], ['ultimo 2016', '2016-09-01', '2016-12-31', 2016]]],
      [2017, 'C8', '25.5.2017', '2017-05-25', [['25.5.2017', '2017-05-25', '2017-05-25', 2017]]],
      [2018, 'D8', 'Løbende', undefined, []],
    ]);
    expect(plain(overview, third).deliveries).toEqual([[2020, 'F9', '2. halvår 2020', undefined, [['2. halvår 2020', '2020-07-01', '2020-12-31', 2020]]]]);
  });

  it('reads fields with their cells, and the area from the section row', () => {
    expect(plain(overview, second)).toMatchObject({
      row: 8,
      id: ['1.2', 'A8'],
      title: 'Anden',
      area: ['1', 'section', 'A6'],
      contact: ['B', 'G8'],
      status: ['', null, 'red', 'red', 'J8'],
    });
    expect(plain(overview, third).contact).toEqual([null, 'G9']);
  });

  it('keeps every row of a long sheet apart', () => {
    const many = Array.from({ length: 1500 }, (_, k) => overviewRow(`1.${k + 1}: Initiativ ${k + 1}`, k % 3 === 0 ? [] : [`ultimo 2016`, `${k + 1}. maj 2017`], `K${k}`, `k${k}@kl.dk`, '', 'Grøn'));
    const long = readOverview(gridOf([...OVERVIEW_HEAD, ...many], { merges: OVERVIEW_HEAD_MERGES }), profile);
    if (!long.ok) throw new Error('no overview');
    const list = long.overview.initiatives;
    expect(list).toHaveLength(1500);
    expect(list.map((i) => i.deliveries.length)).toEqual(many.map((_, k) => (k % 3 === 0 ? 0 : 2)));
    expect(list[1499].id).toBe('1.1500');
    expect(list[1499].contact).toBe('K1499');
    expect(deliveryCell(list[1499], list[1499].deliveries[1])).toBe('C1505');
    expect(list[13].deliveries[1].milestones.map((m) => m.due)).toEqual(['2017-05-14']);
  });
});
