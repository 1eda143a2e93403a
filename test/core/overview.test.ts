import { cellOf, deliveryCell, type Overview } from '../../src/core/overview';
import { BUILTIN_PROFILES } from '../../src/core/profile/load';
import { readOverview } from '../../src/core/read/overview';
import { gridOf } from '../helpers/grid';

function read(rows: Parameters<typeof gridOf>[0], opts: Parameters<typeof gridOf>[1] = {}): Overview {
  const result = readOverview(gridOf(rows, opts), BUILTIN_PROFILES['2016-2020']);
  if (!result.ok) throw new Error('no overview');
  return result.overview;
}

describe('the cells of an initiative, from the header', () => {
  it('places each field in its column on the initiative’s row, with the sheet’s offset', () => {
    const overview = read(
      [
        ['Nr.', 'Titel', '2017', 'Kontaktperson', 'Status'],
        ['1.1', 'Borgerservice', 'ultimo 2017', 'Anna', 'Grøn'],
      ],
      { originRow: 3, originCol: 2 },
    );
    const [i] = overview.initiatives;
    expect((['id', 'title', 'contact', 'status'] as const).map((f) => cellOf(overview, i, f))).toEqual(['B4', 'C4', 'E4', 'F4']);
    expect(i.deliveries.map((d) => deliveryCell(i, d))).toEqual(['D4']);
  });

  it('finds a title written with its id in the id’s cell', () => {
    const overview = read([
      ['Initiativ', 'Status'],
      ['1.1: Borgerservice', 'Grøn'],
    ]);
    const [i] = overview.initiatives;
    expect([cellOf(overview, i, 'id'), cellOf(overview, i, 'title')]).toEqual(['A2', 'A2']);
  });

  it('gives no cell for a field the sheet has no column for', () => {
    const overview = read([
      ['Nr.', 'Titel', 'Status'],
      ['1.1', 'Borgerservice', 'Grøn'],
    ]);
    const [i] = overview.initiatives;
    expect([cellOf(overview, i, 'email'), cellOf(overview, i, 'remark')]).toEqual(['', '']);
  });
});
