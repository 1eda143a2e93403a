import { statusConflict } from '../../../src/core/rules/status-conflict';
import { brief, context, run } from './overview-builder';

describe('status.conflict', () => {
  it('flags the status cell when text and fill disagree', () => {
    const f = run(
      statusConflict,
      context([
        { status: 'green', fill: 'red' },
        { status: 'yellow', fill: 'yellow' },
        { status: 'red', fill: null },
        { status: null, fill: 'green' },
        { status: 'done', fill: 'yellow' },
      ]),
    );
    expect(brief(f)).toEqual([
      { cell: 'K5', initiative: '1.5', params: { text: 'green', fill: 'red' } },
      { cell: 'K9', initiative: '1.9', params: { text: 'done', fill: 'yellow' } },
    ]);
  });

  it('accepts Afsluttet on a green cell', () => {
    expect(run(statusConflict, context([{ status: 'done', fill: 'green' }]))).toEqual([]);
  });
});
