import { fieldOfHeader, headerDate, yearOfHeader } from '../../../src/core/read/aliases';

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

describe('a header with a qualifier after the field', () => {
  it('names the field without its parenthesis, footnote, `i KL` or the date of the round', () => {
    expect(fieldOfHeader('Status (G/G/R)')).toBe('status');
    expect(fieldOfHeader('Gennemført (ja/nej)')).toBe('completed');
    expect(fieldOfHeader('Ansvarlig i KL')).toBe('contact');
    expect(fieldOfHeader('Status december 2018')).toBe('status');
    expect(fieldOfHeader('Status pr. 15. dec. 2018')).toBe('status');
    expect(fieldOfHeader('Bemærkning 1.12.2018')).toBe('remark');
    expect(fieldOfHeader('Kontor*')).toBe('office');
  });

  it('names no field for a qualifier alone or a text that only starts like a header', () => {
    expect(fieldOfHeader('(G/G/R)')).toBeNull();
    expect(fieldOfHeader('Status på handlingsplanen')).toBeNull();
    expect(fieldOfHeader('Kontaktperson e-mail')).toBeNull();
  });

  it('dates a header by its year and month, -1 without a date', () => {
    expect(headerDate('Status december 2018')).toBe(201812);
    expect(headerDate('Status juni 2018')).toBe(201806);
    expect(headerDate('Status maj 2019')).toBe(201905);
    expect(headerDate('Status 1.12.2018')).toBe(201812);
    expect(headerDate('Status 30/6-18')).toBe(201806);
    expect(headerDate('Status 2018')).toBe(201800);
    expect(headerDate('Status')).toBe(-1);
  });
});

describe('yearOfHeader', () => {
  it('reads a year 2000–2099 as a number or as text', () => {
    expect(yearOfHeader(2016)).toBe(2016);
    expect(yearOfHeader(' 2020 ')).toBe(2020);
    expect(yearOfHeader('2099')).toBe(2099);
  });

  it('reads a year with a word or a mark around it', () => {
    expect(yearOfHeader('Leverancer 2017')).toBe(2017);
    expect(yearOfHeader('År 2016')).toBe(2016);
    expect(yearOfHeader('2018*')).toBe(2018);
    expect(yearOfHeader('2019 (forventet)')).toBe(2019);
  });

  it('reads a column per half or quarter as a column of its year', () => {
    expect(['1. halvår 2017', '2. halvår 2017', 'H2 2018', '2019 H1', 'Q3 2019', '3. kvartal 2020'].map((h) => yearOfHeader(h))).toEqual([2017, 2017, 2018, 2019, 2019, 2020]);
  });

  it('reads a date shown only as its year', () => {
    const jan1 = new Date(Date.UTC(2016, 0, 1));
    expect(yearOfHeader(jan1, 'yyyy')).toBe(2016);
    expect(yearOfHeader(jan1, '[$-406]åååå')).toBe(2016);
    expect(yearOfHeader(jan1, 'dd-mm-yyyy')).toBeNull();
    expect(yearOfHeader(jan1)).toBeNull();
  });

  it('gives no year for anything else', () => {
    expect(yearOfHeader('Tidshorisont 2016-2020')).toBeNull();
    expect(yearOfHeader('Status 2018')).toBeNull();
    expect(yearOfHeader(2016.5)).toBeNull();
    expect(yearOfHeader(1999)).toBeNull();
    expect(yearOfHeader('2016a')).toBeNull();
    expect(yearOfHeader('20166')).toBeNull();
    expect(yearOfHeader('1999')).toBeNull();
    expect(yearOfHeader(null)).toBeNull();
  });
});
