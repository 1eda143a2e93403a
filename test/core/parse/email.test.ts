import { emailDomain, isValidEmail, normalizeEmail } from '../../../src/core/parse/email';

describe('email', () => {
  it.each([
    ['ANBK@kl.dk', true],
    ['anbk@kl.dk', true],
    ['  feng@kl.dk ', true],
    ['chk@kombit.dk', true],
    ['mailto:GDJ@kl.dk', true],
    ['jens.hansen@aarhus.dk', true],
    ['kieb(at)kl.dk', false],
    ['GDJ@kl.dk GDJ@kl.dk', false],
    ['ALH@kl.dk01. februar 2019', false],
    ['hgh@kl.dk.', false],
    ['@kl.dk', false],
    ['anbk@', false],
    ['anbk@kl', false],
    ['a..b@kl.dk', false],
    ['', false],
    ['?', false],
    ['NN', false],
    ['2019', false],
    [`${'a'.repeat(300)}@kl.dk`, false],
  ])('isValidEmail(%j) is %s', (text, valid) => {
    expect(isValidEmail(text)).toBe(valid);
  });

  it('normalizes for comparison', () => {
    expect(normalizeEmail(' ANBK@kl.dk ')).toBe('anbk@kl.dk');
    expect(normalizeEmail('<Feng@KL.dk>')).toBe('feng@kl.dk');
    expect(normalizeEmail('')).toBe('');
  });

  it('gives the domain of valid addresses only', () => {
    expect(emailDomain('ANBK@KL.DK')).toBe('kl.dk');
    expect(emailDomain('chk@kombit.dk')).toBe('kombit.dk');
    expect(emailDomain('kieb(at)kl.dk')).toBeNull();
    expect(emailDomain('')).toBeNull();
  });
});
