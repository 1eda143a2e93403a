import { statusReasonMissing } from '../../../src/core/rules/status-reason-missing';
import { statusUnknown } from '../../../src/core/rules/status-unknown';
import { brief, context, run } from './overview-builder';

describe('status.unknown', () => {
  it('flags a word outside the vocabulary, and one explained by another status', () => {
    const f = run(statusUnknown, context([{ status: 'Grå' }, { status: 'Gul - tidligere grøn' }, { status: 'green' }]));
    expect(brief(f)).toEqual([
      { cell: 'K5', initiative: '1.5', params: { value: 'Grå' } },
      { cell: 'K6', initiative: '1.6', params: { value: 'Gul - tidligere grøn' } },
    ]);
  });

  it('reads a status word followed by its explanation as that status', () => {
    const ctx = context([{ status: 'Rød (forsinket)' }, { status: 'Grøn - følger planen' }, { status: 'Gul: afventer KOMBIT', remark: 'Afventer leverandør' }]);
    expect(run(statusUnknown, ctx)).toEqual([]);
    expect(ctx.overview.initiatives.map((i) => i.status.value)).toEqual(['red', 'green', 'yellow']);
    // A red status with no remark still wants its reason, at the remark cell.
    expect(brief(run(statusReasonMissing, ctx)).map((b) => b.cell)).toEqual(['L5']);
  });
});
