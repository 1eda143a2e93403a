import { fieldOfHeader, yearOfHeader } from '../../../src/core/read/aliases';

describe('fieldOfHeader', () => {
  it('reads a header however it is spaced, cased or dotted', () => {
    expect(fieldOfHeader('Kontakt-person hos KL')).toBe('contact');
    expect(fieldOfHeader('  K o n t a k t p e r s o n  ')).toBe('contact');
    expect(fieldOfHeader('SKAL BEHANDLES POLITISK IGEN?')).toBe('political');
    expect(fieldOfHeader('Kontor i KL.')).toBe('office');
  });

  it('reads a header written with a combining mark as its composed letter', () => {
    expect(fieldOfHeader('Bemærkning')).toBe('remark');
    expect(fieldOfHeader('Fokusomra\u030Ade')).toBe('area');
  });

  it('gives no field for long text, nor for text close to an alias', () => {
    expect(fieldOfHeader('Løbende implementering i kommunerne, status følges op på hvert møde')).toBeNull();
    expect(fieldOfHeader('Skal behandles politisk igen? Ja')).toBeNull();
    expect(fieldOfHeader('')).toBeNull();
  });
});

describe('yearOfHeader', () => {
  it('reads a year 2000–2099 as a number or as text', () => {
    expect(yearOfHeader(2016)).toBe(2016);
    expect(yearOfHeader(' 2020 ')).toBe(2020);
    expect(yearOfHeader('2099')).toBe(2099);
  });

  it('gives no year for anything else', () => {
    expect(yearOfHeader(2016.5)).toBeNull();
    expect(yearOfHeader(1999)).toBeNull();
    expect(yearOfHeader('2016a')).toBeNull();
    expect(yearOfHeader('20166')).toBeNull();
    expect(yearOfHeader('1999')).toBeNull();
    expect(yearOfHeader(null)).toBeNull();
  });
});
