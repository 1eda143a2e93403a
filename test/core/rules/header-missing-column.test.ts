import { headerMissingColumn } from '../../../src/core/rules/header-missing-column';
import { context, run } from './overview-builder';

describe('header.missing-column', () => {
  it('says nothing when the header has every column a check needs', () => {
    expect(run(headerMissingColumn, context([{ status: 'green' }]))).toEqual([]);
  });

  it('names a missing contact or e-mail column as a warning, a missing status column as an error, at the header row', () => {
    const helpful = run(headerMissingColumn, context([{ status: 'green' }], {}, { omit: ['contact', 'email'] }));
    expect(helpful.map((f) => [f.cell, f.params.field, f.severity])).toEqual([
      ['A4', 'contact', 'warning'],
      ['A4', 'email', 'warning'],
    ]);
    const essential = run(headerMissingColumn, context([{ status: 'green' }], {}, { omit: ['status'] }));
    expect(essential.map((f) => [f.cell, f.params.field, f.severity])).toEqual([['A4', 'status', 'error']]);
  });
});
