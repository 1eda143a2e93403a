import { idAreaMismatch } from '../../../src/core/rules/id-area-mismatch';
import { brief, context, run } from './overview-builder';

describe('id.area-mismatch', () => {
  it('flags an id whose prefix differs from the section or area column', () => {
    const f = run(
      idAreaMismatch,
      context([
        { id: '1.1', area: '1', areaSource: 'section' },
        { id: '2.1', area: '1', areaSource: 'section' },
        { id: '3.2a', area: '4', areaSource: 'column' },
        { id: '01.4', area: '1', areaSource: 'column' },
      ]),
    );
    expect(brief(f)).toEqual([
      { cell: 'A6', initiative: '2.1', params: { value: '2.1', area: '1', prefix: '2' } },
      { cell: 'A7', initiative: '3.2a', params: { value: '3.2a', area: '4', prefix: '3' } },
    ]);
  });

  it('says nothing when the area came from the id, or the id has no prefix', () => {
    const f = run(
      idAreaMismatch,
      context([
        { id: '2.1', area: '1', areaSource: 'id' },
        { id: 'abc', area: '1', areaSource: 'section' },
        { id: null, area: '1', areaSource: 'section' },
        { id: '5.1', area: null, areaSource: null },
      ]),
    );
    expect(f).toEqual([]);
  });
});
