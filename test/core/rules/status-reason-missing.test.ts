import { statusReasonMissing } from '../../../src/core/rules/status-reason-missing';
import { brief, context, run } from './overview-builder';

describe('status.reason-missing', () => {
  it('flags the remark cell of yellow and red initiatives without a remark', () => {
    const f = run(
      statusReasonMissing,
      context([
        { status: 'yellow', remark: null },
        { status: 'red', remark: '   ' },
        { fill: 'red', remark: null },
        { status: 'red', remark: 'Forsinket leverance fra KOMBIT' },
        { status: 'green', remark: null },
        { status: 'done', remark: null },
        { status: null, remark: null },
      ]),
    );
    expect(brief(f)).toEqual([
      { cell: 'L5', initiative: '1.5', params: { status: 'yellow' } },
      { cell: 'L6', initiative: '1.6', params: { status: 'red' } },
      { cell: 'L7', initiative: '1.7', params: { status: 'red' } },
    ]);
  });

  it('says nothing per row when the sheet has no remark column', () => {
    expect(run(statusReasonMissing, context([{ status: 'red' }], {}, { omit: ['remark'] }))).toEqual([]);
  });
});
