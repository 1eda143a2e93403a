import type { CellSpec, SheetSpec } from '../../src/core/report/sheetspec';
import { OfficeWorkbook } from '../../src/office/workbook';
import { WorkbookError } from '../../src/workbook/port';
import { FakeExcel, type FakeSheet } from '../fake-excel';

const c = (value: CellSpec['value'], style?: string, link?: CellSpec['link']): CellSpec => ({ value, style, link });

function summary(name = 'Samlet status'): SheetSpec {
  return {
    name,
    owner: 'summary',
    visibility: 'visible',
    rows: [
      [c('Samlet status', 'title'), null, null],
      [c('Rapportdato', 'label'), c(new Date(Date.UTC(2019, 11, 15)))],
      [c('Område', 'head'), c('Grøn', 'head'), c('Rød', 'head')],
      [c('1. Digital kommunikation', 'cell', { sheet: '1. Digital kommunikation', cell: 'A1' }), c(3, 'cell'), c(1, 'cell')],
      [c('2. Data', 'cell', { url: 'https://www.kl.dk/' }), c(2, 'cell'), c(0, 'cell')],
      [c('=HYPERLINK("http://x")'), c('+45 33 70 33 70'), c('-')],
      [c('@navn'), c('1.10'), c("'citat'")],
    ],
    styles: {
      title: { bold: true, size: 16 },
      label: { italic: true, color: '595959' },
      head: { bold: true, fill: '1F3A5F', color: 'FFFFFF', border: 'bottom', align: 'center' },
      cell: { border: 'thin', wrap: true, valign: 'top' },
    },
    columns: [30, 10, 10],
    merges: ['A1:C1'],
    freeze: { rows: 3, cols: 1 },
    autoFilter: 'A3:C5',
    chart: {
      type: 'barStacked',
      title: 'Status pr. område',
      categories: 'A4:A5',
      series: [
        { name: 'Grøn', values: 'B4:B5', color: '00B050' },
        { name: 'Rød', values: 'C4:C5', color: 'FF0000' },
      ],
      from: 'E3',
      to: 'L20',
    },
    print: { orientation: 'landscape', fitToWidth: true, header: 'Status & opfølgning' },
    tabColor: '1F3A5F',
  };
}

function area(): SheetSpec {
  return {
    name: '1. Digital kommunikation',
    owner: 'area:1',
    visibility: 'visible',
    rows: [[c('Nr.'), c('Titel')], [c('1.1'), c('Borgerservice')]],
    styles: {},
    columns: [8, 40],
    merges: [],
  };
}

function history(): SheetSpec {
  return { name: 'Leverance historik', owner: 'snapshot', visibility: 'veryHidden', rows: [[c('2019-12-15')]], styles: {}, columns: [], merges: [] };
}

function big(rows: number): SheetSpec {
  const spec = area();
  spec.name = 'Validering';
  spec.owner = 'validation';
  spec.styles = { error: { fill: 'FFC7CE' }, warning: { fill: 'FFEB9C' } };
  spec.rows = [[c('Alvorlighed'), c('Regel'), c('Celle'), c('Initiativ'), c('Besked')]];
  for (let k = 0; k < rows; k++) {
    spec.rows.push([
      c(k % 3 === 0 ? 'Fejl' : 'Advarsel', k % 3 === 0 ? 'error' : 'warning'),
      c('status.reason-missing'),
      c(`H${k + 5}`, undefined, { sheet: 'Leveranceoversigt', cell: `H${k + 5}` }),
      c(`${1 + (k % 9)}.${k}`),
      c(`Status er Gul, men bemærkningen, der forklarer hvorfor, er tom (række ${k + 5}) — æøå.`),
    ]);
  }
  return spec;
}

function workbook(): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet('Leveranceoversigt', { rows: [['Initiativ', 'Status'], ['1.1', 'Grøn']] });
  return fake;
}

const value = (sheet: FakeSheet, address: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1].charCodeAt(0) - 65;
  return sheet.cells.get((Number(m[2]) - 1) * 16_384 + col);
};

describe('OfficeWorkbook.writeSheets', () => {
  it('writes values, text that looks like formulas or numbers as text, dates, styles and layout', async () => {
    const fake = workbook();
    await new OfficeWorkbook(fake.host).writeSheets([summary(), area()]);
    const s = fake.sheet('Samlet status');

    expect(value(s, 'A6')).toMatchObject({ value: '=HYPERLINK("http://x")' });
    for (const a of ['A6', 'B6', 'C6', 'A7', 'B7', 'C7']) expect(value(s, a)?.formula).toBeUndefined();
    expect([value(s, 'B6')?.value, value(s, 'C6')?.value, value(s, 'A7')?.value, value(s, 'B7')?.value, value(s, 'C7')?.value]).toEqual([
      '+45 33 70 33 70',
      '-',
      '@navn',
      '1.10',
      "'citat'",
    ]);
    expect(value(s, 'B2')).toMatchObject({ value: 43814, numberFormat: 'yyyy-mm-dd' });
    expect(value(s, 'B4')).toMatchObject({ value: 3, numberFormat: 'General' });
    expect(value(s, 'A1')?.font).toEqual({ bold: true, size: 16 });
    expect(value(s, 'B3')).toMatchObject({ fill: '#1F3A5F', font: { bold: true, color: '#FFFFFF' }, horizontalAlignment: 'Center' });
    expect(value(s, 'B3')?.borders).toEqual({ EdgeBottom: { style: 'Continuous', weight: 'Thin' } });
    expect(Object.keys(value(s, 'B5')?.borders ?? {}).sort()).toEqual(['EdgeBottom', 'EdgeLeft', 'EdgeRight', 'EdgeTop', 'InsideHorizontal', 'InsideVertical']);
    expect(value(s, 'A4')?.hyperlink).toEqual({ documentReference: "'1. Digital kommunikation'!A1", textToDisplay: '1. Digital kommunikation' });
    expect(value(s, 'A5')?.hyperlink).toEqual({ address: 'https://www.kl.dk/', textToDisplay: '2. Data' });
    expect([...s.columnWidths]).toEqual([
      [0, 161.25],
      [1, 56.25],
      [2, 56.25],
    ]);
    expect(s.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    expect(s.freeze).toEqual({ rows: 3, cols: 1 });
    expect(s.autoFilter).toBe('A3:C5');
    expect(s.charts).toEqual([
      {
        type: 'BarStacked',
        title: 'Status pr. område',
        from: 'E3',
        to: 'L20',
        series: [
          { name: 'Grøn', values: 'B4:B5', categories: 'A4:A5', color: '#00B050' },
          { name: 'Rød', values: 'C4:C5', categories: 'A4:A5', color: '#FF0000' },
        ],
      },
    ]);
    expect(s.pageLayout).toEqual({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, centerHeader: 'Status && opfølgning' });
    expect(s.tabColor).toBe('#1F3A5F');
    expect(s.names).toEqual([{ name: 'Leverance.Ejer', formula: '="summary"', visible: false }]);
    expect(fake.book.sheets.map((x) => x.name)).toEqual(['Leveranceoversigt', 'Samlet status', '1. Digital kommunikation']);
  });

  it('replaces its own sheets on a rerun, never multiplies them, and keeps hidden ones hidden', async () => {
    const fake = workbook();
    const port = new OfficeWorkbook(fake.host);
    await port.writeSheets([summary(), area(), history()]);
    expect(fake.sheet('Leverance historik').visibility).toBe('VeryHidden');
    const changed = area();
    changed.rows[1][1] = c('Ny titel');
    await port.writeSheets([summary(), changed, history()]);
    expect(fake.book.sheets.map((x) => [x.name, x.visibility])).toEqual([
      ['Leveranceoversigt', 'Visible'],
      ['Samlet status', 'Visible'],
      ['1. Digital kommunikation', 'Visible'],
      ['Leverance historik', 'VeryHidden'],
    ]);
    expect(value(fake.sheet('1. Digital kommunikation'), 'B2')?.value).toBe('Ny titel');
    expect(await port.listSheets()).toEqual([
      { name: 'Leveranceoversigt', visible: true, owner: null },
      { name: 'Samlet status', visible: true, owner: 'summary' },
      { name: '1. Digital kommunikation', visible: true, owner: 'area:1' },
      { name: 'Leverance historik', visible: false, owner: 'snapshot' },
    ]);
    // An owned sheet no longer in the specs goes.
    await port.writeSheets([summary()]);
    expect(fake.book.sheets.map((x) => x.name)).toEqual(['Leveranceoversigt', 'Samlet status']);
  });

  it('never touches a user sheet with the same name: the new sheet gets a free name and links follow it', async () => {
    const fake = workbook();
    const mine = fake.addSheet('samlet STATUS', { rows: [['Mine egne noter']] });
    fake.addSheet('1. Digital kommunikation', { rows: [['Brugerens ark']] });
    const before = JSON.stringify([...mine.cells]);
    await new OfficeWorkbook(fake.host).writeSheets([summary(), area()]);
    expect(fake.book.sheets.map((x) => x.name)).toEqual([
      'Leveranceoversigt',
      'samlet STATUS',
      '1. Digital kommunikation',
      'Samlet status (2)',
      '1. Digital kommunikation (2)',
    ]);
    expect(JSON.stringify([...fake.sheet('samlet STATUS').cells])).toBe(before);
    expect(fake.sheet('samlet STATUS').names).toEqual([]);
    expect(value(fake.sheet('Samlet status (2)'), 'A4')?.hyperlink?.documentReference).toBe("'1. Digital kommunikation (2)'!A1");
  });

  it('keeps a user’s copy of an owned sheet (it carries the marker) and takes the marker off it', async () => {
    const fake = workbook();
    const port = new OfficeWorkbook(fake.host);
    await port.writeSheets([summary(), area()]);
    const copy = fake.addSheet('Samlet status juni', { rows: [['Kopi fra juni']], names: { 'Leverance.Ejer': '="summary"' } });
    await port.writeSheets([summary(), area()]);
    expect(fake.book.sheets.map((x) => x.name)).toEqual(['Leveranceoversigt', 'Samlet status juni', 'Samlet status', '1. Digital kommunikation']);
    expect(value(copy, 'A1')?.value).toBe('Kopi fra juni');
    expect(copy.names).toEqual([]);
  });

  it('writes 20 000 rows in 2 syncs plus one per ~3 MB request, each well under 5 MB, calculation suspended', async () => {
    const fake = workbook();
    const progress: number[] = [];
    await new OfficeWorkbook(fake.host).writeSheets([summary(), big(20_000), history()], (p) => progress.push(p.done));
    const s = fake.sheet('Validering');
    expect(value(s, 'E20001')?.value).toMatch(/række 20004/);
    expect(value(s, 'C20001')?.hyperlink?.documentReference).toBe("'Leveranceoversigt'!H20004");
    expect(value(s, 'A20001')?.fill).toBe('#FFEB9C');
    expect(value(s, 'A20000')?.fill).toBe('#FFC7CE');

    // Two syncs list the sheets and their owners; every further one is a write request.
    const writes = fake.stats.slice(2);
    const sent = writes.reduce((n, x) => n + x.requestBytes, 0);
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(sent / 1_000_000));
    expect(Math.max(...writes.map((x) => x.requestBytes))).toBeLessThan(3_500_000);
    expect(writes.every((x) => x.suspendedCalculation)).toBe(true);
    expect(progress[progress.length - 1]).toBe(20_001 + 7 + 1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('refuses a protected workbook with a WorkbookError and writes nothing', async () => {
    const fake = workbook();
    fake.book.protected = true;
    await expect(new OfficeWorkbook(fake.host).writeSheets([summary()])).rejects.toEqual(new WorkbookError('workbook-protected'));
    expect(fake.book.sheets).toHaveLength(1);
  });
});
