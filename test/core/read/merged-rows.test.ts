import { deliveryCell } from '../../../src/core/overview';
import { BUILTIN_PROFILES } from '../../../src/core/profile/load';
import { readOverview } from '../../../src/core/read/overview';
import { rollup } from '../../../src/core/rollup';
import { validate } from '../../../src/core/validate';
import type { GridRange } from '../../../src/core/grid';
import { OVERVIEW_HEAD, OVERVIEW_HEAD_MERGES, gridOf, overviewRow, type CellInput } from '../../helpers/grid';

const profile = BUILTIN_PROFILES['2016-2020'];

/** Merges (0-based) of the initiative's own cells (id, contact, e-mail, office, status, remark) from sheet row `top` down to `bottom`. */
function mergedDown(top: number, bottom: number): GridRange[] {
  return [0, 6, 7, 8, 9, 10].map((c) => ({ top: top - 1, left: c, bottom: bottom - 1, right: c }));
}

function read(rows: CellInput[][], merges: GridRange[]) {
  const result = readOverview(gridOf([...OVERVIEW_HEAD, ...rows], { merges: [...OVERVIEW_HEAD_MERGES, ...merges] }), profile);
  if (!result.ok) throw new Error('no overview');
  return result.overview;
}

const continuation = (years: CellInput[]): CellInput[] => overviewRow('', years, '', '', '', null);

describe('an initiative kept over two rows, its own cells merged down', () => {
  const rows = [
    overviewRow('1.1: Digital post', ['ultimo 2016'], 'Flemming Engstrøm', 'feng@kl.dk', 'Digitalisering og Borgerbetjening', 'Grøn'),
    continuation([null, 'ultimo 2016']),
    overviewRow('1.2: Borgerservice', ['medio 2016'], 'Flemming Engstrøm', 'feng@kl.dk', 'Digitalisering og Borgerbetjening', 'Grøn'),
  ];

  it('is one initiative with the deliveries of both rows, each at its own cell', () => {
    const o = read(rows, mergedDown(6, 7));
    expect(o.initiatives.map((i) => i.id)).toEqual(['1.1', '1.2']);
    const [first] = o.initiatives;
    expect(first.deliveries.map((d) => [d.year, d.text, deliveryCell(first, d)])).toEqual([
      [2016, 'ultimo 2016', 'B6'],
      [2017, 'ultimo 2016', 'C7'],
    ]);
  });

  it('checks a delivery on the second row at its cell, and counts it in its year', () => {
    const o = read(rows, mergedDown(6, 7));
    expect(validate(o, profile).map((f) => [f.rule, f.cell])).toEqual([['timeline.wrong-year', 'C7']]);
    expect(rollup(o, profile, '2018-12-15').years.find((y) => y.year === 2017)?.planned).toBe(1);
  });

  it('without the merge, reads the second row as before: a row of its own, not the initiative above', () => {
    const o = read(rows, []);
    expect(o.initiatives[0].deliveries.map((d) => d.year)).toEqual([2016]);
  });
});
