import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SaxesParser } from 'saxes';
import type { LazySheet, SheetSpec } from '../../src/core/report/sheetspec';
import { type WriteProgress, WorkbookError } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/xlsx';
import { main } from '../../src/cli/main';
import { t } from '../../src/core/i18n';
import { editZip, excelBuffer, reopen, sdkPackage, zipEntries, zipText } from './helpers';

const GREEN = '00B050';

function summarySpec(overrides: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: 'Samlet status',
    owner: 'summary',
    visibility: 'visible',
    styles: {
      title: { bold: true, size: 16 },
      head: { bold: true, fill: 'D9D9D9', border: 'bottom' },
      green: { fill: GREEN, align: 'center' },
      date: { numFmt: 'yyyy-mm-dd' },
      wrap: { wrap: true, valign: 'top', border: 'thin' },
    },
    rows: [
      [{ value: 'Samlet status & overblik', style: 'title' }],
      [{ value: 'Rapportdato' }, { value: new Date(Date.UTC(2019, 11, 15)), style: 'date' }],
      [{ value: 'Område', style: 'head' }, { value: 'Grøn', style: 'head' }, { value: 'Gul', style: 'head' }, { value: 'Kilde', style: 'head' }],
      [{ value: '1. Digital kommunikation' }, { value: 3, style: 'green' }, { value: 1 }, { value: '1.1', link: { sheet: 'Leveranceoversigt', cell: 'A12' } }],
      [{ value: '2. Velfærd' }, { value: 2, style: 'green' }, { value: 0 }, { value: 'KL', link: { url: 'https://www.kl.dk/?a=1&b=2' } }],
      [{ value: '=HYPERLINK("x")' }, { value: '+45 33 70 33 70' }, { value: '@a' }, { value: '-' }],
      [{ value: 'tekst\u0007med <markup> & "citat"', style: 'wrap' }, { value: true }, null, { value: 1.5 }],
    ],
    columns: [30, 10, 10, 12],
    merges: ['A1:D1'],
    freeze: { rows: 3, cols: 0 },
    autoFilter: 'A3:D5',
    chart: {
      type: 'barStacked',
      title: 'Status pr. område',
      categories: 'A4:A5',
      series: [
        { name: 'Grøn', values: 'B4:B5', color: GREEN },
        { name: 'Gul', values: 'C4:C5', color: 'FFC000' },
      ],
      from: 'F3',
      to: 'M18',
    },
    print: { orientation: 'landscape', fitToWidth: true, header: 'Leverance & status', footer: 'KL' },
    tabColor: '1F4E79',
    ...overrides,
  };
}

function snapshotSpec(): SheetSpec {
  return {
    name: 'Leverance.Snapshot',
    owner: 'snapshot',
    visibility: 'veryHidden',
    styles: {},
    rows: [[{ value: '1.1' }, { value: 'green' }]],
    columns: [],
    merges: [],
  };
}

function areaSpec(): SheetSpec {
  return {
    name: '1. Digital kommunikation',
    owner: 'area:1',
    visibility: 'visible',
    styles: { head: { bold: true } },
    rows: [[{ value: 'Nr.', style: 'head' }, { value: 'Titel', style: 'head' }], [{ value: '1.1' }, { value: 'Digital post' }]],
    columns: [8, 40],
    merges: [],
    freeze: { rows: 1, cols: 1 },
  };
}

/** A user's workbook with parts ExcelJS round trips would lose or rewrite. */
async function userWorkbook(): Promise<Buffer> {
  const base = await excelBuffer((wb) => {
    const ws = wb.addWorksheet('Leveranceoversigt');
    ws.getCell('A1').value = 'LEVERANCEOVERSIGT';
    ws.getCell('A2').value = { formula: 'SUM(1,2)', result: 3 };
    ws.getCell('B2').note = 'En kommentar';
    ws.getCell('C2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Grøn,Gul,Rød"'] };
    const other = wb.addWorksheet('Noter', { state: 'hidden' });
    other.getCell('A1').value = 'noter';
    wb.definedNames.add("'Leveranceoversigt'!$A$1:$A$2", 'Overskrift');
  });
  // Parts no library here models: a chart and custom XML. They must survive byte for byte.
  return editZip(base, async (zip) => {
    zip.file('customXml/item1.xml', '<?xml version="1.0"?><leverance xmlns="urn:x-test">behold mig</leverance>');
    zip.file('xl/charts/chart1.xml', '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
    zip.file('xl/drawings/drawing1.xml', '<?xml version="1.0"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>');
    zip.file(
      'xl/drawings/_rels/drawing1.xml.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
    );
    const rels = await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string');
    zip.file(
      'xl/worksheets/_rels/sheet1.xml.rels',
      rels.replace('</Relationships>', '<Relationship Id="rIdUserDrawing" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>'),
    );
  });
}

async function write(bytes: Uint8Array, specs: SheetSpec[], progress?: (p: WriteProgress) => void): Promise<Buffer> {
  const wb = await XlsxWorkbook.fromBuffer(bytes);
  await wb.writeSheets(specs, progress);
  return wb.toBuffer();
}

describe('XlsxWorkbook writing', () => {
  let input: Buffer;
  let once: Buffer;

  beforeAll(async () => {
    input = await userWorkbook();
    once = await write(input, [summarySpec(), areaSpec(), snapshotSpec()]);
  });

  it('adds the sheets with their owners and visibility', async () => {
    const wb = await XlsxWorkbook.fromBuffer(once);
    expect(await wb.listSheets()).toEqual([
      { name: 'Leveranceoversigt', visible: true, owner: null },
      { name: 'Noter', visible: false, owner: null },
      { name: 'Samlet status', visible: true, owner: 'summary' },
      { name: '1. Digital kommunikation', visible: true, owner: 'area:1' },
      { name: 'Leverance.Snapshot', visible: false, owner: 'snapshot' },
    ]);
    const workbookXml = await zipText(once, 'xl/workbook.xml');
    expect(workbookXml).toMatch(/<sheet name="Leverance.Snapshot" sheetId="\d+" state="veryHidden" r:id="rId\d+"\/>/);
    expect(workbookXml).toContain('<definedName name="Leverance.Ejer" localSheetId="2" hidden="1">&quot;summary&quot;</definedName>');
    expect(workbookXml).toContain('<definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">&apos;Samlet status&apos;!$A$3:$D$5</definedName>');
  });

  it('writes values ExcelJS reads back, text staying text', async () => {
    const ws = (await reopen(once)).getWorksheet('Samlet status')!;
    expect(ws.getCell('A1').value).toBe('Samlet status & overblik');
    expect(ws.getCell('B2').value).toEqual(new Date(Date.UTC(2019, 11, 15)));
    expect(ws.getCell('B2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('B4').value).toBe(3);
    for (const [ref, text] of [
      ['A6', '=HYPERLINK("x")'],
      ['B6', '+45 33 70 33 70'],
      ['C6', '@a'],
      ['D6', '-'],
    ]) {
      expect(ws.getCell(ref).value).toBe(text);
      expect(ws.getCell(ref).formula).toBeUndefined();
    }
    // The control character is dropped: XML cannot carry it.
    expect(ws.getCell('A7').value).toBe('tekstmed <markup> & "citat"');
    expect(ws.getCell('B7').value).toBe(true);
    expect(ws.getCell('D7').value).toBe(1.5);
  });

  it('keeps outer and repeated whitespace, marking only the texts that need it', async () => {
    const spaced = await write(input, [areaSpec(), { ...snapshotSpec(), rows: [[{ value: '  indrykket' }, { value: 'a  b' }, { value: 'linje\nto' }, { value: 'almindelig' }]] }]);
    const sheet = (await zipEntries(spaced)).get('xl/worksheets/sheet4.xml')!.toString();
    expect(sheet).toContain('<t xml:space="preserve">  indrykket</t>');
    expect(sheet).toContain('<t xml:space="preserve">a  b</t>');
    expect(sheet).toContain('<t xml:space="preserve">linje&#10;to</t>');
    expect(sheet).toContain('<t>almindelig</t>');
    const ws = (await reopen(spaced)).getWorksheet('Leverance.Snapshot')!;
    expect([1, 2, 3, 4].map((c) => ws.getCell(1, c).value)).toEqual(['  indrykket', 'a  b', 'linje\nto', 'almindelig']);
  });

  it('writes styles, merges, frozen panes, autofilter, widths, print setup and tab colour', async () => {
    const ws = (await reopen(once)).getWorksheet('Samlet status')!;
    expect(ws.getCell('B4').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${GREEN}` }, bgColor: { indexed: 64 } });
    expect(ws.getCell('B4').alignment).toEqual({ horizontal: 'center' });
    expect(ws.getCell('A1').font).toEqual(expect.objectContaining({ bold: true, size: 16 }));
    expect(ws.getCell('A3').border?.bottom).toEqual({ style: 'thin', color: { indexed: 64 } });
    expect(ws.getCell('A7').alignment).toEqual({ wrapText: true, vertical: 'top' });
    expect(ws.model.merges).toEqual(['A1:D1']);
    expect(ws.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 3, topLeftCell: 'A4' }));
    expect(ws.autoFilter).toBe('A3:D5');
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.pageSetup).toEqual(expect.objectContaining({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, fitToPage: true }));
    expect(ws.headerFooter.oddHeader).toBe('&CLeverance && status');
    expect(ws.properties.tabColor).toEqual({ argb: 'FF1F4E79' });

    const area = (await reopen(once)).getWorksheet('1. Digital kommunikation')!;
    expect(area.views[0]).toEqual(expect.objectContaining({ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2' }));
  });

  it('writes internal and external hyperlinks', async () => {
    const sheet = await zipText(once, 'xl/worksheets/sheet3.xml');
    expect(sheet).toContain('<hyperlink ref="D4" location="&apos;Leveranceoversigt&apos;!A12" display="1.1"/>');
    const ws = (await reopen(once)).getWorksheet('Samlet status')!;
    expect(ws.getCell('D5').value).toEqual({ text: 'KL', hyperlink: 'https://www.kl.dk/?a=1&b=2' });
  });

  it('writes a stacked bar chart referenced from the sheet, with cached values', async () => {
    const entries = await zipEntries(once);
    const sheetRels = entries.get('xl/worksheets/_rels/sheet3.xml.rels')!.toString();
    const drawingTarget = /Type="[^"]*\/drawing" Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(sheetRels)?.[1];
    expect(drawingTarget).toBe('drawing2.xml');
    expect(entries.get('xl/worksheets/sheet3.xml')!.toString()).toContain('<drawing r:id="rIdD1"/>');
    const drawingRels = entries.get('xl/drawings/_rels/drawing2.xml.rels')!.toString();
    expect(drawingRels).toContain('Target="../charts/chart2.xml"');
    const chart = entries.get('xl/charts/chart2.xml')!.toString();
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(chart).toContain('<c:overlap val="100"/>');
    expect(chart).toContain('<c:f>&apos;Samlet status&apos;!$A$4:$A$5</c:f>');
    expect(chart).toContain('<c:pt idx="0"><c:v>1. Digital kommunikation</c:v></c:pt>');
    expect(chart).toContain('<c:f>&apos;Samlet status&apos;!$B$4:$B$5</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="2"/><c:pt idx="0"><c:v>3</c:v></c:pt>');
    expect(chart).toContain(`<a:srgbClr val="${GREEN}"/>`);
    const types = entries.get('[Content_Types].xml')!.toString();
    expect(types).toContain('<Override PartName="/xl/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
  });

  it('writes only well-formed, namespace-correct XML', async () => {
    const before = await zipEntries(input);
    for (const [name, bytes] of await zipEntries(once)) {
      if (!/\.(xml|rels)$/.test(name) || before.get(name)?.equals(bytes)) continue;
      const parser = new SaxesParser({ xmlns: true });
      expect(() => parser.write(bytes.toString('utf8')).close()).not.toThrow();
    }
  });

  it('reports progress per sheet', async () => {
    const seen: WriteProgress[] = [];
    await write(input, [summarySpec(), areaSpec()], (p) => seen.push(p));
    expect(seen).toEqual([
      { done: 1, total: 2, sheet: 'Samlet status' },
      { done: 2, total: 2, sheet: '1. Digital kommunikation' },
    ]);
  });

  it('makes lazy sheets one at a time as it writes them, the same package as from their specs', async () => {
    const made: string[] = [];
    const lazy = (spec: SheetSpec): LazySheet => ({
      name: spec.name,
      owner: spec.owner,
      visibility: spec.visibility,
      make: () => {
        made.push(spec.name);
        return spec;
      },
    });
    const seen: string[] = [];
    const wb = await XlsxWorkbook.fromBuffer(input);
    await wb.writeSheets([lazy(summarySpec()), lazy(areaSpec()), snapshotSpec()], (p) => seen.push(`${made.length}:${p.sheet}`));
    expect(seen).toEqual(['1:Samlet status', '2:1. Digital kommunikation', '2:Leverance.Snapshot']);
    const parts = await zipEntries(await wb.toBuffer());
    for (const [name, bytes] of await zipEntries(once)) expect([name, parts.get(name)?.equals(bytes)]).toEqual([name, true]);
  });

  it('refuses a lazy sheet made unlike its head', async () => {
    const wb = await XlsxWorkbook.fromBuffer(input);
    const sheet: LazySheet = { name: 'Samlet status', owner: 'summary', visibility: 'visible', make: () => summarySpec({ name: 'Andet navn' }) };
    await expect(wb.writeSheets([sheet])).rejects.toMatchObject({ code: 'write-failed' });
  });

  it('reads back what it wrote', async () => {
    const grid = await (await XlsxWorkbook.fromBuffer(once)).readGrid('Samlet status');
    expect(grid.cells[3][1]).toEqual({ value: 3, text: '3', fill: GREEN });
    expect(grid.cells[5][0]?.value).toBe('=HYPERLINK("x")');
  });

  describe('a second run', () => {
    let twice: Buffer;
    beforeAll(async () => {
      twice = await write(once, [summarySpec({ rows: [[{ value: 'Ny kørsel' }]], chart: undefined }), snapshotSpec()]);
    });

    it('replaces its sheets in place and removes those no longer written', async () => {
      const wb = await XlsxWorkbook.fromBuffer(twice);
      expect((await wb.listSheets()).map((s) => [s.name, s.owner])).toEqual([
        ['Leveranceoversigt', null],
        ['Noter', null],
        ['Samlet status', 'summary'],
        ['Leverance.Snapshot', 'snapshot'],
      ]);
      expect((await wb.readGrid('Samlet status')).cells[0][0]?.value).toBe('Ny kørsel');
      const workbookXml = await zipText(twice, 'xl/workbook.xml');
      expect(workbookXml.match(/name="Leverance.Ejer"/g)).toHaveLength(2);
      expect(workbookXml).toContain('<definedName name="Leverance.Ejer" localSheetId="3" hidden="1">&quot;snapshot&quot;</definedName>');
    });

    it('removes the parts of replaced sheets, including their chart, and their content types', async () => {
      const entries = await zipEntries(twice);
      expect([...entries.keys()].filter((n) => /\/(chart|drawing)\d+\.xml/.test(n)).sort()).toEqual([
        'xl/charts/chart1.xml',
        'xl/drawings/_rels/drawing1.xml.rels',
        'xl/drawings/drawing1.xml',
      ]);
      const types = entries.get('[Content_Types].xml')!.toString();
      expect(types).not.toContain('chart2.xml');
      const sheetParts = [...entries.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
      expect(sheetParts).toHaveLength(4);
      for (const part of sheetParts) expect(types).toContain(`PartName="/${part}"`);
    });

    it('does not grow styles.xml when the same styles are written again', async () => {
      const thrice = await write(twice, [summarySpec(), snapshotSpec()]);
      const again = await write(thrice, [summarySpec(), snapshotSpec()]);
      expect(await zipText(again, 'xl/styles.xml')).toBe(await zipText(thrice, 'xl/styles.xml'));
    });

    it('carries every part it does not own over byte for byte', async () => {
      const before = await zipEntries(input);
      const after = await zipEntries(twice);
      const edited = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docProps/app.xml'];
      for (const [name, bytes] of before) {
        if (edited.includes(name)) continue;
        expect([name, after.get(name)]).toEqual([name, bytes]);
      }
      // The edited shared parts keep what they had.
      const workbookXml = after.get('xl/workbook.xml')!.toString();
      expect(workbookXml).toContain('<definedName name="Overskrift">');
      expect(workbookXml).toMatch(/<sheet sheetId="2" name="Noter" state="hidden" r:id="rId\d+"\/>/);
    });
  });

  it('renumbers the sheet-scoped names of user sheets when an owned sheet before them goes', async () => {
    // Our sheet first, the user's sheets after it: removing ours shifts their indices.
    const first = await write(input, [areaSpec()]);
    const moved = await editZip(first, async (zip) => {
      const xml = await zip.file('xl/workbook.xml')!.async('string');
      const sheets = /<sheets>(<sheet[^>]*\/>)(<sheet[^>]*\/>)(<sheet[^>]*\/>)<\/sheets>/.exec(xml)!;
      let out = xml.replace(sheets[0], `<sheets>${sheets[3]}${sheets[1]}${sheets[2]}</sheets>`);
      out = out.replace('localSheetId="2"', 'localSheetId="0"');
      out = out.replace('<definedName name="Overskrift">', '<definedName name="Lokal" localSheetId="2">Noter!$A$1</definedName><definedName name="Overskrift">');
      zip.file('xl/workbook.xml', out);
    });
    expect((await (await XlsxWorkbook.fromBuffer(moved)).listSheets()).map((s) => s.owner)).toEqual(['area:1', null, null]);
    const out = await write(moved, [summarySpec({ chart: undefined })]);
    const workbookXml = await zipText(out, 'xl/workbook.xml');
    expect(workbookXml).toContain('<definedName name="Lokal" localSheetId="1">Noter!$A$1</definedName>');
    expect((await (await XlsxWorkbook.fromBuffer(out)).listSheets()).map((s) => s.name)).toEqual(['Leveranceoversigt', 'Noter', 'Samlet status']);
    expect(workbookXml).toContain('localSheetId="2" hidden="1">&quot;summary&quot;');
  });

  it('keeps the active tab on the same sheet, or on a visible one when its sheet went', async () => {
    const activeOn = (bytes: Uint8Array, tab: number) =>
      editZip(bytes, async (zip) => {
        const xml = await zip.file('xl/workbook.xml')!.async('string');
        zip.file('xl/workbook.xml', xml.replace('<sheets>', `<bookViews><workbookView xWindow="0" activeTab="${tab}" firstSheet="${tab}"/></bookViews><sheets>`));
      });
    const activeTab = async (bytes: Uint8Array) => /activeTab="(\d+)"/.exec(await zipText(bytes, 'xl/workbook.xml'))?.[1];

    // The summary (index 2) stays where it was: still active, and marked selected.
    const kept = await write(await activeOn(once, 2), [summarySpec({ chart: undefined })]);
    expect(await activeTab(kept)).toBe('2');
    expect(await zipText(kept, 'xl/worksheets/sheet3.xml')).toContain('<sheetView tabSelected="1" workbookViewId="0">');

    // The area sheet (index 3) goes: the first visible sheet becomes active.
    const gone = await write(await activeOn(once, 3), [summarySpec({ chart: undefined })]);
    expect(await activeTab(gone)).toBe('0');
    expect(await zipText(gone, 'xl/workbook.xml')).toContain('firstSheet="0"');
  });

  it('refuses to leave the workbook without a visible sheet', async () => {
    const onlyOurs = await write(await excelBuffer((wb) => wb.addWorksheet('Ark1', { state: 'hidden' }).getCell('A1').value = 1), [summarySpec({ chart: undefined })]);
    const wb = await XlsxWorkbook.fromBuffer(onlyOurs);
    await expect(wb.writeSheets([snapshotSpec()])).rejects.toMatchObject({ code: 'write-failed' });
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(['Ark1', 'Samlet status']);
  });

  it('writes into an openpyxl-style package with absolute targets, and removes its own parts again', async () => {
    const absolute = await editZip(input, async (zip) => {
      for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.rels'))) {
        const dir = name.replace(/_rels\/[^/]+$/, '');
        const xml = await zip.file(name)!.async('string');
        zip.file(
          name,
          xml.replace(/Target="(?!https?:)([^"]+)"/g, (_m, t: string) => {
            const parts = `${dir}${t}`.split('/');
            const out: string[] = [];
            for (const p of parts) if (p === '..') out.pop(); else if (p && p !== '.') out.push(p);
            return `Target="/${out.join('/')}"`;
          }),
        );
      }
    });
    expect(await zipText(absolute, 'xl/_rels/workbook.xml.rels')).toContain('Target="/xl/worksheets/sheet1.xml"');
    const first = await write(absolute, [summarySpec()]);
    const second = await write(first, [summarySpec({ chart: undefined })]);
    const before = await zipEntries(absolute);
    const after = await zipEntries(second);
    for (const name of ['xl/worksheets/sheet1.xml', 'xl/worksheets/_rels/sheet1.xml.rels', 'xl/drawings/drawing1.xml', 'xl/charts/chart1.xml', 'xl/comments1.xml']) {
      expect(after.get(name)).toEqual(before.get(name));
    }
    expect([...after.keys()].filter((n) => /chart\d/.test(n))).toEqual(['xl/charts/chart1.xml']);
    const grid = await (await XlsxWorkbook.fromBuffer(second)).readGrid('Samlet status');
    expect(grid.cells[3][1]?.value).toBe(3);
  });

  it('writes into a namespace-prefixed package in its own prefix', async () => {
    const out = await write(await sdkPackage(), [summarySpec({ chart: undefined })]);
    const types = await zipText(out, '[Content_Types].xml');
    expect(types.match(/PartName="\/xl\/styles.xml"/g)).toHaveLength(1);
    const workbookXml = await zipText(out, 'xl/workbook.xml');
    expect(workbookXml).toMatch(/<x:sheet name="Samlet status" sheetId="2" r:id="rId\d+"\/><\/x:sheets><x:definedNames><x:definedName name="Leverance.Ejer"/);
    const wb = await XlsxWorkbook.fromBuffer(out);
    expect((await wb.listSheets()).map((s) => [s.name, s.owner])).toEqual([
      ['SDK', null],
      ['Samlet status', 'summary'],
    ]);
    expect((await wb.readGrid('Samlet status')).cells[3][1]).toEqual({ value: 3, text: '3', fill: GREEN });
  });

  describe('a part that would not parse back as XML', () => {
    // The writer edits workbook.xml as text; a comment that quotes an element it edits
    // throws the edit off, and the check before saving must catch what comes out.
    const quoting = () =>
      editZip(input, async (zip) => {
        const xml = await zip.file('xl/workbook.xml')!.async('string');
        zip.file('xl/workbook.xml', xml.replace(/(<workbook[^>]*>)/, '$1<!-- kopieret fra <definedNames> i en anden fil -->'));
      });

    it('fails the write with the part named, and leaves the package as it was', async () => {
      const bytes = await quoting();
      const wb = await XlsxWorkbook.fromBuffer(bytes);
      await expect(wb.writeSheets([summarySpec()])).rejects.toMatchObject({ code: 'write-invalid', detail: 'xl/workbook.xml' });
      expect(await zipEntries(await wb.toBuffer())).toEqual(await zipEntries(bytes));
    });

    it('makes summarize exit 2 with one sentence, the input and the target untouched', async () => {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'leverance-invalid-'));
      try {
        const source = await editZip(await fs.readFile(path.join(__dirname, '../fixtures/overview-2016-2020.xlsx')), async (zip) => {
          const xml = await zip.file('xl/workbook.xml')!.async('string');
          zip.file('xl/workbook.xml', xml.replace(/(<workbook[^>]*>)/, '$1<!-- <definedNames> -->'));
        });
        const inFile = path.join(dir, 'in.xlsx');
        const outFile = path.join(dir, 'out.xlsx');
        await fs.writeFile(inFile, source);
        await fs.writeFile(outFile, 'the previous result');
        const err: string[] = [];
        const io = { stdout: () => undefined, stderr: (s: string) => void err.push(s), isTTY: false };
        expect(await main(['summarize', inFile, '--out', outFile, '--report-date', '2018-12-15'], io)).toBe(2);
        expect(err.join('').trimEnd().split('\n')).toEqual([t('da', 'error.write-invalid', { detail: 'xl/workbook.xml' })]);
        expect(await fs.readFile(inFile)).toEqual(source);
        expect(await fs.readFile(outFile, 'utf8')).toBe('the previous result');
        expect((await fs.readdir(dir)).sort()).toEqual(['in.xlsx', 'out.xlsx']);
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    });
  });

  it('refuses a sheet name taken by a user sheet', async () => {
    const wb = await XlsxWorkbook.fromBuffer(input);
    await expect(wb.writeSheets([summarySpec({ name: 'noter', chart: undefined })])).rejects.toThrow(WorkbookError);
  });

  it('keeps a user copy of an owned sheet (Excel copies the marker with it)', async () => {
    const copied = await editZip(once, async (zip) => {
      const xml = await zip.file('xl/workbook.xml')!.async('string');
      const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
      zip.file('xl/worksheets/sheet9.xml', await zip.file('xl/worksheets/sheet4.xml')!.async('string'));
      zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdCopy" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet9.xml"/></Relationships>'));
      zip.file(
        'xl/workbook.xml',
        xml
          .replace('</sheets>', '<sheet name="Kopi af område" sheetId="99" r:id="rIdCopy"/></sheets>')
          .replace('</definedNames>', '<definedName name="Leverance.Ejer" localSheetId="5" hidden="1">"area:1"</definedName></definedNames>'),
      );
    });
    const out = await write(copied, [summarySpec({ chart: undefined })]);
    const sheets = (await (await XlsxWorkbook.fromBuffer(out)).listSheets()).map((s) => [s.name, s.owner]);
    // The copy loses the marker, so a later run does not take it for ours either.
    expect(sheets).toEqual([
      ['Leveranceoversigt', null],
      ['Noter', null],
      ['Samlet status', 'summary'],
      ['Kopi af område', null],
    ]);
  });

  it('creates styles.xml when the package has none', async () => {
    const bare = await editZip(input, async (zip) => {
      zip.remove('xl/styles.xml');
      const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
      zip.file('xl/_rels/workbook.xml.rels', rels.replace(/<Relationship [^>]*styles\.xml"\/>/, ''));
    });
    const out = await write(bare, [summarySpec({ chart: undefined })]);
    const ws = (await reopen(out)).getWorksheet('Samlet status')!;
    expect(ws.getCell('B4').fill).toEqual(expect.objectContaining({ fgColor: { argb: `FF${GREEN}` } }));
  });

  it('updates the sheet list of docProps/app.xml', async () => {
    const app = await zipText(once, 'docProps/app.xml');
    expect(app).toContain('<vt:lpstr>Samlet status</vt:lpstr><vt:lpstr>1. Digital kommunikation</vt:lpstr>');
    expect(app).not.toContain('Leverance.Snapshot');
  });

  describe('save', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'leverance-xlsx-'));
    });
    afterAll(async () => {
      await fs.rm(dir, { recursive: true, force: true });
    });

    it('writes atomically and leaves no temporary file', async () => {
      const inFile = path.join(dir, 'in.xlsx');
      const outFile = path.join(dir, 'out.xlsx');
      await fs.writeFile(inFile, input);
      const wb = await XlsxWorkbook.open(inFile);
      await wb.writeSheets([summarySpec()]);
      await wb.save(outFile);
      expect((await fs.readdir(dir)).sort()).toEqual(['in.xlsx', 'out.xlsx']);
      expect((await (await XlsxWorkbook.open(outFile)).listSheets()).map((s) => s.name)).toContain('Samlet status');
    });

    it('reports a directory that does not exist as a write failure', async () => {
      const wb = await XlsxWorkbook.fromBuffer(input);
      await expect(wb.save(path.join(dir, 'nope', 'out.xlsx'))).rejects.toMatchObject({ code: 'write-failed' });
    });
  });
});
