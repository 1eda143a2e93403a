import { BUILTIN_PROFILES } from '../../../src/core/profile/load';
import { readOverview } from '../../../src/core/read/overview';
import { idAreaMismatch } from '../../../src/core/rules/id-area-mismatch';
import { gridOf } from '../../helpers/grid';
import { brief, context, run } from './overview-builder';

describe('id.area-mismatch', () => {
  it('flags an id whose prefix differs from the area column', () => {
    const f = run(idAreaMismatch, context([{ id: '1.1', area: '1' }, { id: '3.2a', area: '4' }, { id: '01.4', area: '1' }]));
    expect(brief(f)).toEqual([{ cell: 'A6', initiative: '3.2a', params: { value: '3.2a', area: '4', prefix: '3' } }]);
  });

  it('flags an id whose prefix differs from the section row above it', () => {
    const grid = gridOf([
      ['Nr.', 'Titel', 'Status'],
      ['1. Digital kommunikation'],
      ['1.1', 'Første', 'Grøn'],
      ['2.1', 'Anden', 'Grøn'],
      ['2. Effektiv administration'],
      ['2.2', 'Tredje', 'Grøn'],
      ['abc', 'Fjerde', 'Grøn'],
    ]);
    const read = readOverview(grid, BUILTIN_PROFILES['2016-2020']);
    if (!read.ok) throw new Error('no overview');
    const f = run(idAreaMismatch, { overview: read.overview, profile: BUILTIN_PROFILES['2016-2020'] });
    expect(brief(f)).toEqual([{ cell: 'A4', initiative: '2.1', params: { value: '2.1', area: '1', prefix: '2' } }]);
  });

  it('says nothing when the area came from the id, or the id has no prefix', () => {
    expect(run(idAreaMismatch, context([{ id: '2.1' }, { id: 'abc', area: '1' }, { id: null, area: '1' }, { id: '5.1', area: null }]))).toEqual([]);
  });
});
