import { BUILTIN_PROFILES } from '../../../src/core/profile/load';
import { readOverview } from '../../../src/core/read/overview';
import { validate } from '../../../src/core/validate';
import { gridOf, type CellInput } from '../../helpers/grid';

const profile = BUILTIN_PROFILES['2016-2020'];

function read(rows: CellInput[][]) {
  const result = readOverview(gridOf(rows), profile);
  if (!result.ok) throw new Error('no overview');
  return result.overview;
}

const findings = (o: ReturnType<typeof read>) => validate(o, profile).map((f) => [f.rule, f.cell]);

describe('header wordings offices keep', () => {
  it('reads qualified and reworded headers, and the status of the latest round', () => {
    const o = read([
      ['Status for handlingsplanen'],
      [],
      ['Initiativnummer', 'Titel på initiativ', 'Leverancer 2016', 'Leverancer 2017', '2018*', 'Kontaktperson i KL', 'E-mailadresse', 'Center', 'Status (G/G/R) juni 2018', 'Status pr. 15. december 2018', 'Bemærkninger til status'],
      ['1.1', 'Borgerservice', 'ultimo 2016', 'ultimo 2018', null, 'Flemming Engstrøm', 'feng@kl.dk', 'Teknik og Miljø', 'Grøn', 'Rød', null],
    ]);
    expect(o.header.row).toBe(3);
    expect(o.header.columns).toEqual({ id: 1, title: 2, contact: 6, email: 7, office: 8, status: 10, remark: 11 });
    expect(o.header.years.map((y) => [y.year, y.col])).toEqual([
      [2016, 3],
      [2017, 4],
      [2018, 5],
    ]);
    expect(o.initiatives[0].status.value).toBe('red');
    expect(findings(o)).toEqual([
      ['timeline.wrong-year', 'D4'],
      ['status.reason-missing', 'K4'],
    ]);
  });

  it('reads English headers', () => {
    const o = read([
      ['ID', 'Initiative', 'Focus area', '2016', '2017', 'Contact person', 'E-mail', 'Office', 'Status colour', 'Comments'],
      ['1.1', 'Digital post', '1', 'Q4 2016', null, 'Flemming Engstrøm', 'feng@kl.dk', 'Teknik og Miljø', 'Green', null],
    ]);
    expect(o.header.columns).toEqual({ id: 1, title: 2, area: 3, contact: 6, email: 7, office: 8, status: 9, remark: 10 });
    expect(o.initiatives[0]).toMatchObject({ id: '1.1', title: 'Digital post', areaSource: 'column' });
    expect(findings(o)).toEqual([]);
  });
});

describe('a two-row header naming columns under a group cell', () => {
  it('reads Navn and E-mail under a merged Kontaktperson, beside the years under Tidshorisont', () => {
    const result = readOverview(
      gridOf(
        [
          ['LEVERANCEOVERSIGT'],
          ['Initiativ', 'Tidshorisont', null, null, null, null, 'Kontaktperson', null, 'Kontor', 'Status', 'Bemærkning'],
          [null, 2016, 2017, 2018, 2019, 2020, 'Navn', 'E-mail'],
          ['1.1 Digital post', 'ultimo 2016', null, null, null, null, 'Flemming Engstrøm', 'feng@kl.dk', 'Teknik og Miljø', 'Grøn'],
          ['1.2 Adgang til egne data', 'ultimo 2017', null, null, null, null, 'Kirsten Elbo', null, 'Teknik og Miljø', 'Grøn'],
        ],
        { merges: [{ top: 1, left: 1, bottom: 1, right: 5 }, { top: 1, left: 6, bottom: 1, right: 7 }] },
      ),
      profile,
    );
    if (!result.ok) throw new Error('no overview');
    const o = result.overview;
    expect([o.header.top, o.header.row, o.titles]).toEqual([2, 3, ['LEVERANCEOVERSIGT']]);
    expect(o.header.columns).toEqual({ id: 1, contact: 7, email: 8, office: 9, status: 10, remark: 11 });
    expect(o.header.years.map((y) => y.year)).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(findings(o)).toEqual([
      ['timeline.wrong-year', 'B5'],
      ['email.missing', 'H5'],
    ]);
  });

  it('reads Nr. and Titel under an Initiativ group', () => {
    const o = read([['Initiativ', null, 'Status', 'Kontaktperson'], ['Nr.', 'Titel', null, null], ['1.1', 'Digital post', 'Grøn', 'Flemming Engstrøm']]);
    expect(o.header.columns).toEqual({ id: 1, title: 2, status: 3, contact: 4 });
    expect(o.initiatives.map((i) => [i.id, i.title])).toEqual([['1.1', 'Digital post']]);
  });

  it('does not take a data row with one header word in it for a second header row', () => {
    const o = read([['Nr.', 'Titel', 'Status', 'Gennemført'], [null, null, 'Gennemført', null], ['1.1', 'Digital post', 'Grøn', null]]);
    expect(o.header.row).toBe(1);
  });
});

describe('a Kontakt column without a contact-person column', () => {
  it('is the contact column when it holds names, and the e-mail column when it holds addresses', () => {
    const names = read([
      ['Nr.', 'Titel', 'Kontakt', 'Status'],
      ['1.1', 'Digital post', 'Flemming Engstrøm', 'Grøn'],
      ['1.2', 'Adgang til egne data', 'NN', 'Grøn'],
    ]);
    expect(names.header.columns).toEqual({ id: 1, title: 2, contact: 3, status: 4 });
    expect(findings(names)).toEqual([
      ['header.missing-column', 'A1'],
      ['contact.unassigned', 'C3'],
    ]);
    const emails = read([
      ['Nr.', 'Titel', 'Kontakt', 'Status'],
      ['1.1', 'Digital post', 'feng@kl.dk', 'Grøn'],
    ]);
    expect(emails.header.columns).toEqual({ id: 1, title: 2, email: 3, status: 4 });
  });
});

describe('year columns written other ways', () => {
  it('reads a column per half-year, and years typed as dates shown as years', () => {
    const y = (year: number) => ({ value: new Date(Date.UTC(year, 0, 1)), numFmt: 'yyyy' });
    const halves = read([
      ['Nr.', 'Titel', '1. halvår 2017', '2. halvår 2017', 'Status'],
      ['1.1', 'Digital post', 'primo 2017', 'primo 2018', 'Grøn'],
    ]);
    expect(halves.header.years.map((c) => [c.year, c.col])).toEqual([
      [2017, 3],
      [2017, 4],
    ]);
    expect(findings(halves).filter(([rule]) => rule.startsWith('timeline.'))).toEqual([['timeline.wrong-year', 'D2']]);
    const dated = read([
      ['Nr.', 'Titel', y(2016), y(2017), 'Status'],
      ['1.1', 'Digital post', 'ultimo 2017', null, 'Grøn'],
    ]);
    expect(dated.period).toEqual([2016, 2017]);
    expect(findings(dated).filter(([rule]) => rule.startsWith('timeline.'))).toEqual([['timeline.wrong-year', 'C2']]);
  });
});

describe('a sheet without year columns', () => {
  it('does not take its first initiative, with a half-year or quarter in it, for a row of years', () => {
    const o = read([
      ['Nr.', 'Titel', 'Frist', 'Status'],
      ['1.1', 'Digital post', 'Q3 2019', 'Grøn'],
      ['1.2', 'Adgang til egne data', '2. halvår 2018', 'Grøn'],
    ]);
    expect(o.header.row).toBe(1);
    expect(o.header.years).toEqual([]);
    expect(o.initiatives.map((i) => i.id)).toEqual(['1.1', '1.2']);
  });
});
