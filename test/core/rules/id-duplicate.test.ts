import { hashOf, idDuplicate } from '../../../src/core/rules/id-duplicate';
import { brief, context, run } from './overview-builder';

describe('id.duplicate', () => {
  it('flags every later row with an id seen before, naming the first row', () => {
    const f = run(idDuplicate, context([{ id: '1.1' }, { id: '1.2' }, { id: '1.1' }, { id: ' 1.1 ' }, { id: '1.3A' }, { id: '1.3a' }]));
    expect(brief(f)).toEqual([
      { cell: 'A7', initiative: '1.1', params: { value: '1.1', firstRow: 5 } },
      { cell: 'A8', initiative: '1.1', params: { value: '1.1', firstRow: 5 } },
      { cell: 'A10', initiative: '1.3a', params: { value: '1.3a', firstRow: 9 } },
    ]);
  });

  it('ignores rows without an id', () => {
    expect(run(idDuplicate, context([{ id: null }, { id: null }, { id: '' }, { id: '' }]))).toEqual([]);
  });
});

describe('id.duplicate when two different ids share a hash', () => {
  // Rows are first grouped by a 32-bit hash of their id; different ids that collide must
  // still be told apart by text. Search the id space for such a pair.
  function collidingIds(): [string, string] {
    const seen = new Map<number, string>();
    for (let area = 1; area <= 999; area++) {
      for (let n = 1; n <= 9999; n++) {
        const id = `${area}.${n}`;
        const h = hashOf(id);
        const other = seen.get(h);
        if (other !== undefined) return [other, id];
        seen.set(h, id);
      }
    }
    throw new Error('no collision found');
  }

  it('does not flag them, and still flags a real duplicate among them', () => {
    const [a, b] = collidingIds();
    expect(hashOf(a)).toBe(hashOf(b));
    const f = run(idDuplicate, context([{ id: a }, { id: b }, { id: b }]));
    expect(brief(f)).toEqual([{ cell: 'A7', initiative: b, params: { value: b, firstRow: 6 } }]);
  });
});
