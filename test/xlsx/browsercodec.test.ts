import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { browserCodec } from '../../src/xlsx/browsercodec';
import { nodeCodec } from '../../src/xlsx/nodecodec';
import { ZipReader, writeZip } from '../../src/xlsx/zip';
import { XlsxWorkbook } from '../../src/xlsx';

const text = (s: string) => new TextEncoder().encode(s);
const EXAMPLE = readFileSync('examples/leveranceoversigt-2016-2020.xlsx');

describe('the browser codec (fflate)', () => {
  it('inflates what zlib deflated and deflates what zlib inflates, with zlib’s CRC-32', () => {
    const data = text('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'.repeat(500));
    expect(Buffer.from(browserCodec.inflate(deflateRawSync(data), data.length))).toEqual(Buffer.from(data));
    expect(Buffer.from(nodeCodec.inflate(browserCodec.deflate(data), data.length))).toEqual(Buffer.from(data));
    expect(browserCodec.crc32(data)).toBe(nodeCodec.crc32(data));
  });

  it('gives no more than the stated size, so a longer stream fails the zip layer’s size check instead of filling memory', () => {
    const data = text('x'.repeat(100_000));
    expect(browserCodec.inflate(deflateRawSync(data), 1000).length).toBeLessThanOrEqual(1000);
  });

  it('reads a zip the zip layer wrote with it, entry for entry', () => {
    const zip = writeZip([{ name: 'a.xml', content: text('<a/>'.repeat(100)) }, { name: 'empty.txt', content: new Uint8Array() }], browserCodec);
    const reader = new ZipReader(zip, browserCodec);
    expect(reader.entries.map((e) => [e.name, new TextDecoder().decode(reader.read(e)).length])).toEqual([
      ['a.xml', 400],
      ['empty.txt', 0],
    ]);
  });

  it('reads the example workbook as node’s codec does', async () => {
    const withFflate = await XlsxWorkbook.fromBuffer(EXAMPLE, 'example', browserCodec);
    const withZlib = await XlsxWorkbook.fromBuffer(EXAMPLE, 'example');
    expect(await withFflate.listSheets()).toEqual(await withZlib.listSheets());
    expect(await withFflate.readGrid('Leveranceoversigt')).toEqual(await withZlib.readGrid('Leveranceoversigt'));
  });
});
