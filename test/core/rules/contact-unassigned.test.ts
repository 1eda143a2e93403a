import { contactUnassigned, isUnassigned } from '../../../src/core/rules/contact-unassigned';
import { emailMissing } from '../../../src/core/rules/email-missing';
import { brief, context, run } from './overview-builder';

describe('contact.unassigned', () => {
  it('flags NN, N.N., ?, - and empty contacts at the contact cell', () => {
    const rows = ['NN', 'n.n.', ' ? ', '-', null, 'Gitte Duelund Jensen', 'NN Teknik og Miljø'].map((contact) => ({ contact }));
    expect(brief(run(contactUnassigned, context(rows)))).toEqual([
      { cell: 'H5', initiative: '1.5', params: { value: 'NN' }, variant: 'placeholder' },
      { cell: 'H6', initiative: '1.6', params: { value: 'n.n.' }, variant: 'placeholder' },
      { cell: 'H7', initiative: '1.7', params: { value: '?' }, variant: 'placeholder' },
      { cell: 'H8', initiative: '1.8', params: { value: '-' }, variant: 'placeholder' },
      { cell: 'H9', initiative: '1.9', params: { value: '' }, variant: 'empty' },
    ]);
  });

  it('says nothing per row when the sheet has no contact column', () => {
    expect(run(contactUnassigned, context([{ contact: null }], {}, { omit: ['contact'] }))).toEqual([]);
  });

  it('isUnassigned tolerates odd values', () => {
    expect([isUnassigned(null), isUnassigned('N.N'), isUnassigned('x'.repeat(10_000))]).toEqual([true, true, false]);
  });

  it('flags the words planners write for nobody yet, with or without a note, and not email.missing too', () => {
    const rows = ['Ikke udpeget', 'TBD', 'NN (udpeges i 2017)', 'Ukendt', 'Kirsten Elbo (KIEB)'].map((contact) => ({ contact }));
    expect(brief(run(contactUnassigned, context(rows))).map((b) => [b.cell, b.params.value])).toEqual([
      ['H5', 'Ikke udpeget'],
      ['H6', 'TBD'],
      ['H7', 'NN (udpeges i 2017)'],
      ['H8', 'Ukendt'],
    ]);
    expect(run(emailMissing, context(rows))).toHaveLength(1);
  });
});
