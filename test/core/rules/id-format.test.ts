import { BUILTIN_PROFILES } from '../../../src/core/profile/load';
import { readOverview } from '../../../src/core/read/overview';
import { validate } from '../../../src/core/validate';
import { OVERVIEW_HEAD, OVERVIEW_HEAD_MERGES, gridOf, overviewRow } from '../../helpers/grid';

const profile = BUILTIN_PROFILES['2016-2020'];

describe('id.format in a combined Initiativ column', () => {
  it('names a mistyped id before the title rather than calling the id missing', () => {
    const rows = ['1,4 Digital post', '1.8.a Adgang til egne data', '1-2: Borgerservice', '1.3a: Titel'].map((text) =>
      overviewRow(text, [], 'Flemming Engstrøm', 'feng@kl.dk', '', 'Grøn'),
    );
    const result = readOverview(gridOf([...OVERVIEW_HEAD, ...rows], { merges: OVERVIEW_HEAD_MERGES }), profile);
    if (!result.ok) throw new Error('no overview');
    expect(result.overview.initiatives.map((i) => [i.id, i.title])).toEqual([
      ['1,4', 'Digital post'],
      ['1.8.a', 'Adgang til egne data'],
      ['1-2', 'Borgerservice'],
      ['1.3a', 'Titel'],
    ]);
    expect(validate(result.overview, profile).map((f) => [f.rule, f.cell, f.params.value])).toEqual([
      ['id.format', 'A6', '1,4'],
      ['id.format', 'A7', '1.8.a'],
      ['id.format', 'A8', '1-2'],
    ]);
  });
});
