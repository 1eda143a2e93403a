import { contactInconsistent } from '../../../src/core/rules/contact-inconsistent';
import { brief, context, run } from './overview-builder';

describe('contact.inconsistent', () => {
  it('flags the minority name used with one email (variant name)', () => {
    const f = run(
      contactInconsistent,
      context([
        { contact: 'Annie Bekke Kjær', email: 'anbk@kl.dk' },
        { contact: 'annie bekke kjær ', email: 'ANBK@kl.dk' },
        { contact: 'Anne Kjær', email: 'anbk@kl.dk' },
      ]),
    );
    expect(brief(f)).toEqual([
      { cell: 'H7', initiative: '1.7', variant: 'name', params: { value: 'Anne Kjær', other: 'anbk@kl.dk', expected: 'Annie Bekke Kjær' } },
    ]);
  });

  it('flags the minority email used by one name (variant email)', () => {
    const f = run(
      contactInconsistent,
      context([
        { contact: 'Camilla Rosenhagen', email: 'CRO@kl.dk' },
        { contact: 'Camilla Rosenhagen', email: 'cro@kl.dk' },
        { contact: 'Camilla  Rosenhagen', email: 'camilla@kl.dk' },
      ]),
    );
    expect(brief(f)).toEqual([
      {
        cell: 'H7',
        initiative: '1.7',
        variant: 'email',
        params: { value: 'camilla@kl.dk', other: 'Camilla  Rosenhagen', expected: 'CRO@kl.dk' },
      },
    ]);
  });

  it('takes the first occurrence as the majority on a tie', () => {
    const f = run(
      contactInconsistent,
      context([
        { contact: 'Kit Roesen', email: 'kiro@kl.dk' },
        { contact: 'Kit Rosen', email: 'kiro@kl.dk' },
      ]),
    );
    expect(brief(f)).toEqual([
      { cell: 'H6', initiative: '1.6', variant: 'name', params: { value: 'Kit Rosen', other: 'kiro@kl.dk', expected: 'Kit Roesen' } },
    ]);
  });

  it('leaves out unassigned contacts and invalid or missing emails', () => {
    const f = run(
      contactInconsistent,
      context([
        { contact: 'NN', email: 'feng@kl.dk' },
        { contact: 'Flemming Engstrøm', email: 'feng@kl.dk' },
        { contact: 'Flemming Engstrøm', email: 'feng(at)kl.dk' },
        { contact: 'Flemming Engstrøm', email: null },
      ]),
    );
    expect(f).toEqual([]);
  });

  it('reads initials or a role in parentheses after a name as the same name', () => {
    const f = run(
      contactInconsistent,
      context([
        { contact: 'Flemming Engstrøm', email: 'feng@kl.dk' },
        { contact: 'Flemming Engstrøm (FENG)', email: 'feng@kl.dk' },
        { contact: 'Flemming Engstrøm (projektleder)', email: 'feng@kl.dk' },
        { contact: 'Flemming Enstrøm', email: 'feng@kl.dk' },
      ]),
    );
    expect(brief(f).map((b) => [b.cell, b.variant])).toEqual([['H8', 'name']]);
  });
});
