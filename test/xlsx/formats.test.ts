/**
 * Files that are a spreadsheet, but no .xlsx: each is named for what it is, with what to do,
 * not called damaged (the corpus sweep of 2026-12-02 found 498 .xlsb files reported as
 * "damaged", and .xls and password-protected files sharing one sentence).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { t } from '../../src/core/i18n';
import { WorkbookError } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/xlsx';
import { compoundFile, handMadeBook, zipOf } from './helpers';

async function codeOf(bytes: Uint8Array): Promise<string> {
  try {
    await XlsxWorkbook.fromBuffer(bytes, 'fil');
  } catch (e) {
    if (e instanceof WorkbookError) return e.code;
    throw e;
  }
  return 'no error';
}

/** An .xlsb as Excel saves it, as far as telling it apart needs: the officeDocument relationship to a binary part. */
function xlsb(workbookPart = 'xl/workbook.bin'): Buffer {
  return zipOf({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      `<Override PartName="/${workbookPart}" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>`,
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${workbookPart}"/></Relationships>`,
    // BrtBeginBook, BrtEndBook: records, not markup.
    [workbookPart]: new Uint8Array([0x83, 0x01, 0x00, 0x84, 0x01, 0x00]),
  });
}

const ODS = 'application/vnd.oasis.opendocument.spreadsheet';
const manifest = `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="${ODS}"/></manifest:manifest>`;

describe('a spreadsheet in another format than .xlsx', () => {
  it.each([
    ['a password-protected workbook (encrypted package in a compound file)', compoundFile(['EncryptionInfo', 'EncryptedPackage']), 'encrypted'],
    ['an Excel 97–2003 .xls (BIFF8 Workbook stream)', compoundFile(['Workbook', '\u0005SummaryInformation']), 'old-format'],
    ['an Excel 5/95 .xls (BIFF5 Book stream)', compoundFile(['Book']), 'old-format'],
    ['an Excel 2–4 worksheet (bare BIFF records)', Buffer.from([0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00]), 'old-format'],
    ['an Excel Binary Workbook (.xlsb)', xlsb(), 'binary-format'],
    ['an .xlsb whose workbook part is elsewhere', xlsb('wtf/workbook.bin'), 'binary-format'],
    ['an OpenDocument spreadsheet (.ods)', zipOf({ mimetype: ODS, 'META-INF/manifest.xml': manifest, 'content.xml': '<office:document-content/>' }), 'opendocument'],
    ['an .ods without its mimetype entry', zipOf({ 'META-INF/manifest.xml': manifest, 'content.xml': '<office:document-content/>' }), 'opendocument'],
    ['an OpenDocument text (.odt)', zipOf({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>' }), 'not-a-workbook'],
    ['a Word document from 97–2003 (.doc)', compoundFile(['WordDocument', '1Table']), 'not-a-workbook'],
  ])('names %s for what it is', async (_label, bytes, code) => {
    expect(await codeOf(bytes)).toBe(code);
  });

  it('still reads an .xlsx (the checks come only after a file failed to be one)', async () => {
    expect(await codeOf(handMadeBook({ sheet: '<sheetData/>' }))).toBe('no error');
  });

  describe('on the command line', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'leverance-formats-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each([
      ['beskyttet.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage']), 'error.encrypted'],
      ['gammel.xls', compoundFile(['Workbook']), 'error.old-format'],
      ['binaer.xlsb', xlsb(), 'error.binary-format'],
      ['regneark.ods', zipOf({ mimetype: ODS, 'content.xml': '<office:document-content/>' }), 'error.opendocument'],
    ])('%s: exit 2 and its own sentence, in Danish and English', async (name, bytes, key) => {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      for (const lang of ['da', 'en'] as const) {
        let stdout = '';
        let stderr = '';
        const code = await main(['validate', file, '--lang', lang], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
        expect([code, stdout, stderr]).toEqual([2, '', t(lang, key, { detail: file }) + '\n']);
      }
    });
  });
});
