import { BUILTIN_PROFILES } from '../../../src/core/profile/load';
import { readOverview } from '../../../src/core/read/overview';
import { cellOf, deliveryCell, type Initiative, type Overview } from '../../../src/core/overview';
import { OVERVIEW_HEAD, OVERVIEW_HEAD_MERGES, gridOf, overviewRow } from '../../helpers/grid';

const profile = BUILTIN_PROFILES['2016-2020'];

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
