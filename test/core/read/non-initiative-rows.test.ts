import { BUILTIN_PROFILES } from '../../../src/core/profile/load';
import { readOverview } from '../../../src/core/read/overview';
import { validate } from '../../../src/core/validate';
import { OVERVIEW_HEAD, OVERVIEW_HEAD_MERGES, gridOf, overviewRow, type CellInput } from '../../helpers/grid';

const profile = BUILTIN_PROFILES['2016-2020'];

function read(rows: CellInput[][], head: CellInput[][] = OVERVIEW_HEAD) {
  const result = readOverview(gridOf([...head, ...rows], { merges: head === OVERVIEW_HEAD ? OVERVIEW_HEAD_MERGES : [] }), profile);
  if (!result.ok) throw new Error('no overview');
  return result.overview;
}

const findings = (o: ReturnType<typeof read>) => validate(o, profile).map((f) => [f.rule, f.cell]);
const ok = (id: string, title: string) => overviewRow(`${id}: ${title}`, [], 'Flemming Engstrøm', 'feng@kl.dk', 'Digitalisering og Borgerbetjening', 'Grøn');

describe('rows of an overview that are no initiatives', () => {
  it('reads an unnumbered heading naming a known area, in capitals and inflected, as that area', () => {
    // The seeds' headings: `DIGITAL SAMMENHÆNG FOR BØRN OG UNGE` for *Digitale sammenhænge for børn og unge*.
    const o = read([['DIGITAL KOMMUNIKATION OG BORGERBETJENING'], ok('1.1', 'Borgerservice'), ['DIGITAL SAMMENHÆNG FOR BØRN OG UNGE'], ok('4.1', 'Sammenhæng'), ok('5.1', 'Byg og miljø')]);
    expect(o.initiatives.map((i) => [i.id, i.areaId, i.areaSource, i.areaCell])).toEqual([
      ['1.1', '1', 'section', 'A6'],
      ['4.1', '4', 'section', 'A8'],
      ['5.1', '4', 'section', 'A8'],
    ]);
    expect(findings(o)).toEqual([['id.area-mismatch', 'A10']]);
  });

  it('lets an unnumbered heading naming no known area end the section above', () => {
    const o = read([['1. Digital kommunikation og borgerbetjening'], ok('1.1', 'Borgerservice'), ['TVÆRGÅENDE INITIATIVER'], ok('9.1', 'Fælles')]);
    expect(o.initiatives.map((i) => [i.id, i.areaId, i.areaSource])).toEqual([
      ['1.1', '1', 'section'],
      ['9.1', '9', 'id'],
    ]);
    expect(findings(o)).toEqual([]);
  });

  it('skips notes, totals and a legend below the table, in a combined or a separate id column', () => {
    const combined = read([
      ok('1.1', 'Borgerservice'),
      [],
      ['Note: status opdateres i juni og december'],
      ['Hvis der er spørgsmål ang. leveranceoversigten, kontakt da sekretariatet'],
      ['I alt', 3, 5, 2],
      ['Grøn', 'Følger planen'],
      [{ value: null, fill: 'FF0000' }, 'Kritisk forsinket'],
    ]);
    expect(combined.initiatives.map((i) => i.id)).toEqual(['1.1']);
    expect(findings(combined)).toEqual([]);

    const separate = read(
      [['1.1', 'Borgerservice', 'ultimo 2016', 'Grøn'], ['Total', null, 4, null], ['NB: 1.4 er flyttet til område 2']],
      [['Nr.', 'Titel', '2016', 'Status']],
    );
    expect(separate.initiatives.map((i) => i.id)).toEqual(['1.1']);
  });

  it('still reports a row that only lacks its id, a stray value and a mistyped id before a colon', () => {
    const o = read([
      overviewRow('Borgerservice', ['ultimo 2016'], 'Flemming Engstrøm', 'feng@kl.dk', '', 'Grøn'),
      ['x'],
      overviewRow('1-2: Digital post', [], 'Flemming Engstrøm', 'feng@kl.dk', '', 'Grøn'),
      ['I alt', 'ikke et tal', 2],
    ]);
    expect(findings(o)).toEqual([
      ['id.missing', 'A6'],
      ['id.missing', 'A7'],
      ['contact.unassigned', 'G7'],
      ['status.missing', 'J7'],
      ['id.format', 'A8'],
      ['id.missing', 'A9'],
      ['contact.unassigned', 'G9'],
      ['status.missing', 'J9'],
    ]);
  });
});

describe('an area column naming areas without their number', () => {
  it('reads a known name in capitals or inflected as that area, and checks the id against it', () => {
    const o = read(
      [
        ['1.1', 'Borgerservice', 'DIGITAL KOMMUNIKATION OG BORGERBETJENING', 'Grøn'],
        ['4.1', 'Sammenhæng', 'Digital sammenhæng for børn og unge', 'Grøn'],
        ['5.1', 'Byg og miljø', 'Digital sammenhæng for børn og unge', 'Grøn'],
        ['6.1', 'Kontrol', 'Effektiv', 'Grøn'],
      ],
      [['Nr.', 'Titel', 'Indsatsområde', 'Status']],
    );
    expect(o.initiatives.map((i) => [i.id, i.areaId, i.areaSource])).toEqual([
      ['1.1', '1', 'column'],
      ['4.1', '4', 'column'],
      ['5.1', '4', 'column'],
      ['6.1', '6', 'id'],
    ]);
    expect(findings(o).filter(([rule]) => rule !== 'header.missing-column')).toEqual([['id.area-mismatch', 'A4']]);
  });
});
