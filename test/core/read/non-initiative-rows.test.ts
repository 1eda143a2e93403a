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
      ['Gul:', 'Udfordret'],
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

  it('reports a title with no id in its own column: only a lone text in the first column is a heading or note', () => {
    const o = read([['1.1', 'Borgerservice', 'ultimo 2016', 'Grøn'], [null, 'Digital post til alle borgere']], [['Nr.', 'Titel', '2016', 'Status']]);
    expect(o.initiatives.map((i) => i.title)).toEqual(['Borgerservice', 'Digital post til alle borgere']);
    expect(findings(o)).toContainEqual(['id.missing', 'A3']);
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

describe('section rows written other ways', () => {
  it('reads a dash after the number, a known name after a bare number, the number and name in two cells, and a note beside', () => {
    const o = read(
      [
        ['Indsatsområde 2 - Digital velfærd'],
        ['2.1 Velfærdsteknologi', null, null, 'A B', 'ab@kl.dk', 'Grøn'],
        ['3 Vækst og beskæftigelse'],
        ['3.1 Ydelsesrefusion', null, null, 'A B', 'ab@kl.dk', 'Grøn'],
        ['6.', 'Effektiv administration og styring'],
        ['6.1 Effektmåling', null, null, 'A B', 'ab@kl.dk', 'Grøn'],
        ['5. Teknologi giver bedre fysiske rammer', '3 initiativer'],
        ['5.1 Byg og miljø', null, null, 'A B', 'ab@kl.dk', 'Grøn'],
        ['4.1 Under område 5', null, null, 'A B', 'ab@kl.dk', 'Grøn'],
      ],
      [['Initiativ', 2016, 2017, 'Kontaktperson', 'E-mail', 'Status']],
    );
    expect(o.areas.map((a) => [a.id, a.row])).toEqual([
      ['2', 2],
      ['3', 4],
      ['5', 8],
      ['6', 6],
    ]);
    expect(o.initiatives.map((i) => [i.id, i.areaId, i.areaSource])).toEqual([
      ['2.1', '2', 'section'],
      ['3.1', '3', 'section'],
      ['6.1', '6', 'section'],
      ['5.1', '5', 'section'],
      ['4.1', '5', 'section'],
    ]);
    expect(findings(o)).toEqual([['id.area-mismatch', 'A10']]);
  });

  it('keeps a lone number and text that names no known area as rows to report', () => {
    const o = read([['3 kommuner mangler'], ['1.1 Borgerservice', null, null, 'A B', 'ab@kl.dk', 'Grøn']], [['Initiativ', 2016, 2017, 'Kontaktperson', 'E-mail', 'Status']]);
    expect(findings(o).map(([rule, cell]) => `${rule} ${cell}`)).toEqual(['id.missing A2', 'contact.unassigned D2', 'status.missing F2']);
  });
});

describe('an area column merged down its rows', () => {
  it('gives each row the area of the merge, at its top cell, and checks the id against it', () => {
    const result = readOverview(
      gridOf(
        [
          ['Indsatsområde', 'Nr.', 'Titel', 'Status'],
          ['1. Digital kommunikation og borgerbetjening', '1.1', 'A', 'Grøn'],
          [null, '1.2', 'B', 'Grøn'],
          [null, '2.1', 'C', 'Grøn'],
          ['2. Digital velfærd', '2.2', 'D', 'Grøn'],
          [null, '2.3', 'E', 'Grøn'],
        ],
        { merges: [{ top: 1, left: 0, bottom: 3, right: 0 }] },
      ),
      profile,
    );
    if (!result.ok) throw new Error('no overview');
    const o = result.overview;
    expect(o.initiatives.map((i) => [i.id, i.areaId, i.areaSource, i.areaCell])).toEqual([
      ['1.1', '1', 'column', 'A2'],
      ['1.2', '1', 'column', 'A2'],
      ['2.1', '1', 'column', 'A2'],
      ['2.2', '2', 'column', 'A5'],
      // Not merged: an empty area cell names no area.
      ['2.3', '2', 'id', null],
    ]);
    expect(validate(o, profile).filter((f) => f.rule === 'id.area-mismatch').map((f) => f.cell)).toEqual(['B4']);
  });
});

describe('headings in an older plan', () => {
  it("knows an area by the head of its name, before the dash (2011-2015's `Beskæftigelse – enstrenget indsats, der virker`)", () => {
    const old = BUILTIN_PROFILES['2011-2015'];
    const result = readOverview(
      gridOf([
        ['Projekt nr.', 'Titel', 2011, 2012, 'Status'],
        ['BESKÆFTIGELSE'],
        ['2.1', 'Data og snitflader på beskæftigelsesområdet', 'Medio 2011', null, 'G'],
        ['Børn og kultur – fra analog til digital'],
        ['3.2', 'It-infrastruktur i folkeskolen', null, '3. kvartal 2012', 'G'],
        ['2.3', 'Digitalisering af løntilskud og fleksjob', null, null, 'G'],
      ]),
      old,
    );
    if (!result.ok) throw new Error('no overview');
    expect(result.overview.initiatives.map((i) => [i.id, i.areaId, i.areaSource])).toEqual([
      ['2.1', '2', 'section'],
      ['3.2', '3', 'section'],
      ['2.3', '3', 'section'],
    ]);
    expect(validate(result.overview, old).filter((f) => f.rule.startsWith('id.')).map((f) => [f.rule, f.cell])).toEqual([['id.area-mismatch', 'A6']]);
  });
});
