import { emailDomain, emailList, isValidEmail, normalizeEmail } from '../../../src/core/parse/email';

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

describe('emailList', () => {
  it('reads the addresses of a cell naming several, each valid and none twice', () => {
    expect(emailList('feng@kl.dk; KIEB@kl.dk')).toEqual(['feng@kl.dk', 'kieb@kl.dk']);
    expect(emailList('sni@kl.dk / kiro@kl.dk og alh@kl.dk')).toEqual(['sni@kl.dk', 'kiro@kl.dk', 'alh@kl.dk']);
    expect(emailList('feng@kl.dk')).toBeNull();
    expect(emailList('GDJ@kl.dk GDJ@kl.dk')).toBeNull();
    expect(emailList('feng@kl.dk, kieb(at)kl.dk')).toBeNull();
    expect(emailList('cd @kl.dk')).toBeNull();
  });
});
