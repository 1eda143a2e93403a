import { idDuplicate } from '../../../src/core/rules/id-duplicate';
import { brief, context, run } from './overview-builder';

describe('id.duplicate', () => {
  it('flags every later row with an id seen before, naming the first row', () => {
    const f = run(idDuplicate, context([{ id: '1.1' }, { id: '1.2' }, { id: '1.1' }, { id: ' 1.1 ' }, { id: '1.3A' }, { id: '1.3a' }]));
    expect(brief(f)).toEqual([
      { cell: 'A7', initiative: '1.1', params: { value: '1.1', firstRow: 5 } },
      { cell: 'A8', initiative: ' 1.1 ', params: { value: ' 1.1 ', firstRow: 5 } },
      { cell: 'A10', initiative: '1.3a', params: { value: '1.3a', firstRow: 9 } },
    ]);
  });

  it('ignores rows without an id', () => {
    expect(run(idDuplicate, context([{ id: null }, { id: null }, { id: '' }, { id: '' }]))).toEqual([]);
  });
});
