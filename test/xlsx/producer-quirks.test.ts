/**
 * What other producers write that the product took for damage, found by sweeping ~2 500
 * workbooks from other libraries' test suites (2026-12-02); each package here is made to
 * show one such thing alone:
 * - `xml:space` on a root element, which PhpSpreadsheet writes on workbook.xml (the `xml`
 *   prefix is bound in every document without a declaration);
 * - parts in UTF-16 without a byte-order mark, or in a declared single-byte encoding;
 * - `r:id=""` on a sheet, which Excel writes for an Excel 5 dialog or VBA module sheet;
 * - a styles or theme relationship to a part the zip lacks;
 * - white space around the `=` of an attribute, which old MiniExcel versions wrote in cells;
 * - a bare `<styleSheet/>`, which the writer must fill, not break.
 * Each is read, and summarized twice with an overview added: the parts the product does not
 * own keep their bytes, and what it writes parses.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/xlsx';
import { addOverview, partKey } from '../hardening/add-overview';
import { editZip, handMadeBook, xmlFaults, zipEntries } from './helpers';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A one-sheet package (sheet "Ark1": A1 "Série", B1 2) with its parts edited. */
function book(edit: Parameters<typeof editZip>[1], styles?: string): Promise<Buffer> {
  const sheet = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Série</t></is></c><c r="B1"><v>2</v></c></row></sheetData>';
  return editZip(handMadeBook({ sheet, styles }), edit);
}

/** UTF-16 big-endian bytes of a text, without a byte-order mark. */
function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

async function firstRow(bytes: Uint8Array, sheet = 'Ark1'): Promise<unknown[]> {
  const grid = await (await XlsxWorkbook.fromBuffer(bytes)).readGrid(sheet);
  return (grid.cells[0] ?? []).map((c) => c?.value ?? null);
}

const QUIRKS: [string, () => Promise<Buffer>][] = [
  [
    'xml:space on the workbook root (PhpSpreadsheet)',
    () =>
      book(async (zip) => {
        const wb = await zip.file('xl/workbook.xml')!.async('string');
        zip.file('xl/workbook.xml', wb.replace('<workbook ', '<workbook xml:space="preserve" '));
      }),
  ],
  [
    'workbook.xml and the sheet in UTF-16 big-endian without a byte-order mark',
    () =>
      book(async (zip) => {
        for (const part of ['xl/workbook.xml', 'xl/worksheets/sheet1.xml']) {
          const text = await zip.file(part)!.async('string');
          zip.file(part, utf16be(text.replace('encoding="UTF-8"', 'encoding="UTF-16BE"')));
        }
      }),
  ],
  [
    'a worksheet in ISO-8859-1, as it declares',
    () =>
      book(async (zip) => {
        const text = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
        zip.file('xl/worksheets/sheet1.xml', Buffer.from(text.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'), 'latin1'));
      }),
  ],
  [
    'a sheet with r:id="" (an Excel 5 module sheet kept from an .xls)',
    () =>
      book(async (zip) => {
        const wb = await zip.file('xl/workbook.xml')!.async('string');
        zip.file('xl/workbook.xml', wb.replace('</sheets>', '<sheet name="Module1" sheetId="2" state="veryHidden" r:id=""/></sheets>'));
      }),
  ],
  [
    'styles and theme relationships to parts the zip lacks',
    () =>
      book(async (zip) => {
        const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
        zip.file(
          'xl/_rels/workbook.xml.rels',
          rels.replace(
            '</Relationships>',
            `<Relationship Id="rId8" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId9" Type="${REL}/theme" Target="theme/theme1.xml/../../../1.txt"/></Relationships>`,
          ),
        );
      }),
  ],
  [
    'white space around = in cells (old MiniExcel: t ="n") and relationships (Type = "…")',
    () =>
      book(async (zip) => {
        const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
        zip.file('xl/worksheets/sheet1.xml', sheet.replace('<c r="A1" t="inlineStr">', '<c r="A1" t ="inlineStr">').replace('<c r="B1">', '<c r= "B1"  t = "n">'));
        for (const part of ['_rels/.rels', 'xl/_rels/workbook.xml.rels']) {
          zip.file(part, (await zip.file(part)!.async('string')).replace(/ Type="/g, ' Type = "'));
        }
      }),
  ],
  [
    'a bare <styleSheet/> carrying xml:space',
    () =>
      book(async (zip) => {
        zip.file('xl/styles.xml', `${DECL}<styleSheet xmlns="${MAIN}" xml:space="preserve"/>`);
      }, ''),
  ],
];

describe('what other producers write, that is no damage', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'leverance-quirks-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(QUIRKS)('reads %s', async (_label, make) => {
    expect(await firstRow(await make())).toEqual(['Série', 2]);
  });

  it('gives a sheet without a relationship no cells', async () => {
    const bytes = await QUIRKS.find(([label]) => label.includes('r:id=""'))![1]();
    const wb = await XlsxWorkbook.fromBuffer(bytes);
    expect((await wb.listSheets()).map((s) => s.name)).toEqual(['Ark1', 'Module1']);
    expect((await wb.readGrid('Module1')).cells).toEqual([]);
  });

  it.each(QUIRKS)('summarizes %s twice: the user parts keep their bytes, the written ones parse and say UTF-8', async (label, make) => {
    const { bytes, touched } = await addOverview(await make());
    const input = join(dir, 'in.xlsx');
    writeFileSync(input, bytes);
    const outputs = [join(dir, 'once.xlsx'), join(dir, 'twice.xlsx')];
    let from = input;
    for (const out of outputs) {
      let stderr = '';
      const code = await main(['summarize', from, '--out', out, '--report-date', '2018-12-15'], { stdout: () => undefined, stderr: (s) => (stderr += s), isTTY: false });
      expect([label, code, stderr]).toEqual([label, 0, '']);
      from = out;
    }
    const before = new Map([...(await zipEntries(bytes))].map(([name, content]) => [partKey(name), content]));
    const shared = new Set([...touched.map(partKey), 'xl/styles.xml', 'docprops/app.xml']);
    for (const out of outputs) {
      const after = new Map([...(await zipEntries(readFileSync(out)))].map(([name, content]) => [partKey(name), content]));
      for (const [part, content] of before) if (!shared.has(part)) expect([part, after.get(part)?.equals(content)]).toEqual([part, true]);
      for (const [part, content] of after) {
        if (before.get(part)?.equals(content) || !/\.(xml|rels)$/.test(part)) continue;
        const text = content.toString('utf8');
        expect([part, xmlFaults(text), /^<\?xml[^>]*encoding="(?!UTF-8")/.test(text)]).toEqual([part, [], false]);
      }
      expect(await firstRow(readFileSync(out))).toEqual(['Série', 2]);
    }
  });

  it('fills a bare <styleSheet/> with the default entries before its own, so xf 0 stays plain', async () => {
    const input = join(dir, 'bare-styles.xlsx');
    writeFileSync(input, (await addOverview(await QUIRKS.find(([label]) => label.includes('<styleSheet/>'))![1]())).bytes);
    const out = join(dir, 'bare-styles-out.xlsx');
    expect(await main(['summarize', input, '--out', out, '--report-date', '2018-12-15'], { stdout: () => undefined, stderr: () => undefined, isTTY: false })).toBe(0);
    const styles = (await zipEntries(readFileSync(out))).get('xl/styles.xml')!.toString('utf8');
    expect(styles).toMatch(/<fills count="\d+"><fill><patternFill patternType="none"\/><\/fill><fill><patternFill patternType="gray125"\/><\/fill>/);
    expect(styles).toMatch(/<cellXfs count="\d+"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"\/>/);
  });
});
