import { formatNumberAsDisplayed, idAreaPrefix, splitIdTitle } from '../../../src/core/parse/id';

describe('splitIdTitle', () => {
  it.each([
    ['1.1: Sammenhængende og digital borgerservice', '1.1', 'Sammenhængende og digital borgerservice'],
    ['1.2 Adgang til egne data', '1.2', 'Adgang til egne data'],
    ['1.3a: Digitale medarbejderkompetencer', '1.3a', 'Digitale medarbejderkompetencer'],
    ['6.1c Fælleskommunalt arkitekturråd', '6.1c', 'Fælleskommunalt arkitekturråd'],
    ['Projektbeskrivelse 3.1: Den digitale skole', '3.1', 'Den digitale skole'],
    ['  8.2500 – Teknologispring  ', '8.2500', 'Teknologispring'],
    ['2.3: videreudvikling af Fælles Sprog III', '2.3', 'videreudvikling af Fælles Sprog III'],
    ['4.4. Anskaffelse af Brugerportalsinitiativet', '4.4', 'Anskaffelse af Brugerportalsinitiativet'],
    ['1.1', '1.1', ''],
    ['1.1:', '1.1', ''],
  ])('%j', (text, id, title) => {
    expect(splitIdTitle(text)).toEqual({ id, title });
  });

  it.each(['', '?', '2019', '1. Digital kommunikation og borgerbetjening', 'Titel uden nummer', '1.1.2 Titel', '1.1Titel', 'x'.repeat(200_000)])(
    'is null for %j',
    (text) => {
      expect(splitIdTitle(text)).toBeNull();
    },
  );
});

describe('formatNumberAsDisplayed', () => {
  it.each([
    [1.1, undefined, '1.1'],
    [6.12, 'General', '6.12'],
    [1.1, '0.00', '1.10'],
    [1.1, '0.0#', '1.1'],
    [1.125, '0.0#', '1.13'],
    [8.25, '0.000', '8.250'],
    [3, '0', '3'],
    [0.1 + 0.2, undefined, '0.3'],
    [1234.5, '#,##0.00', '1,234.50'],
    [0.25, '0%', '25%'],
    [1.1, '@', '1.1'],
    [43000, 'dd-mm-yyyy', '43000'],
    [-2.5, '0.00', '-2.50'],
  ])('%p with %p', (value, fmt, text) => {
    expect(formatNumberAsDisplayed(value, fmt)).toBe(text);
  });

  it('does not throw on odd values', () => {
    expect(formatNumberAsDisplayed(NaN)).toBe('NaN');
    expect(formatNumberAsDisplayed(1.1, '"x";;;')).toBe('1.1');
  });
});

describe('idAreaPrefix', () => {
  it.each([
    ['1.3a', '1'],
    ['6.12', '6'],
    ['01.2', '1'],
    ['8.2500', '8'],
    ['1', null],
    ['', null],
    ['?', null],
    ['a.1', null],
  ])('%j → %j', (id, prefix) => {
    expect(idAreaPrefix(id)).toBe(prefix);
  });
});
