import JSZip from 'jszip';
import { nodeCodec } from '../../src/xlsx/nodecodec';
import { ZipError, ZipReader, crc32, writeZip } from '../../src/xlsx/zip';

const text = (s: string) => new TextEncoder().encode(s);
const entryOf = (zip: ZipReader, name: string) => zip.entries.find((e) => e.name === name)!;

function reasonOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof ZipError) return e.message;
    throw e;
  }
  return 'no error';
}

/** Rewrites the central directory entry of `name` with zip64 sizes and offset, as streaming writers do. */
function asZip64(zip: Uint8Array, name: string): Buffer {
  const bytes = Buffer.from(zip);
  const end = bytes.length - 22;
  const cdStart = bytes.readUInt32LE(end + 16);
  const parts: Buffer[] = [bytes.subarray(0, cdStart)];
  let added = 0;
  for (let p = cdStart; p < end; ) {
    const nameLen = bytes.readUInt16LE(p + 28);
    const size = 46 + nameLen + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    const header = Buffer.from(bytes.subarray(p, p + size));
    if (header.toString('utf8', 46, 46 + nameLen) === name) {
      const extra = Buffer.alloc(28);
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(header.readUInt32LE(24)), 4);
      extra.writeBigUInt64LE(BigInt(header.readUInt32LE(20)), 12);
      extra.writeBigUInt64LE(BigInt(header.readUInt32LE(42)), 20);
      for (const at of [20, 24, 42]) header.writeUInt32LE(0xffffffff, at);
      header.writeUInt16LE(28, 30);
      parts.push(Buffer.concat([header.subarray(0, 46 + nameLen), extra]));
      added += 28;
    } else parts.push(header);
    p += size;
  }
  const tail = Buffer.from(bytes.subarray(end));
  tail.writeUInt32LE(tail.readUInt32LE(12) + added, 12);
  return Buffer.concat([...parts, tail]);
}

describe('zip container', () => {
  const archive = writeZip(
    [
      { name: '[Content_Types].xml', content: text('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', content: text('<worksheet>' + 'æøå '.repeat(2000) + '</worksheet>') },
      { name: 'xl/empty.xml', content: new Uint8Array(0) },
      { name: 'xl/media/billede æ.png', content: new Uint8Array([137, 80, 78, 71]) },
    ],
    nodeCodec,
  );

  it('writes archives other readers read, and reads them back', async () => {
    const other = await JSZip.loadAsync(archive);
    expect(Object.keys(other.files)).toEqual(['[Content_Types].xml', 'xl/worksheets/sheet1.xml', 'xl/empty.xml', 'xl/media/billede æ.png']);
    expect(await other.file('xl/worksheets/sheet1.xml')!.async('string')).toMatch(/^<worksheet>æøå /);
    const zip = new ZipReader(archive, nodeCodec);
    expect(new TextDecoder().decode(zip.read(entryOf(zip, '[Content_Types].xml')))).toBe('<Types/>');
    expect(zip.read(entryOf(zip, 'xl/empty.xml')).length).toBe(0);
    expect(Array.from(zip.read(entryOf(zip, 'xl/media/billede æ.png')))).toEqual([137, 80, 78, 71]);
  });

  it('copies an entry as stored: the same compressed bytes, CRC and sizes', () => {
    const source = new ZipReader(archive, nodeCodec);
    const sheet = entryOf(source, 'xl/worksheets/sheet1.xml');
    const copy = new ZipReader(writeZip([{ name: sheet.name, copy: sheet, from: source }], nodeCodec), nodeCodec);
    const copied = entryOf(copy, sheet.name);
    expect(Buffer.from(copy.raw(copied)).equals(Buffer.from(source.raw(sheet)))).toBe(true);
    expect([copied.crc, copied.size, copied.compressedSize, copied.method]).toEqual([sheet.crc, sheet.size, sheet.compressedSize, sheet.method]);
  });

  it("reads the '\\' some Windows producers write in entry names as '/'", () => {
    const windows = writeZip([{ name: 'xl\\worksheets\\sheet1.xml', content: text('<worksheet/>') }], nodeCodec);
    const zip = new ZipReader(windows, nodeCodec);
    expect(zip.entries.map((e) => e.name)).toEqual(['xl/worksheets/sheet1.xml']);
    expect(new TextDecoder().decode(zip.read(zip.entries[0]))).toBe('<worksheet/>');
  });

  it('reads zip64 sizes and offsets from the extra field', () => {
    const zip = new ZipReader(asZip64(archive, 'xl/worksheets/sheet1.xml'), nodeCodec);
    expect(new TextDecoder().decode(zip.read(entryOf(zip, 'xl/worksheets/sheet1.xml')))).toMatch(/<\/worksheet>$/);
  });

  it('computes CRC-32 as zip does', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(nodeCodec.crc32(text('123456789'))).toBe(0xcbf43926);
  });

  describe('damage', () => {
    const withByte = (at: number, value: number) => {
      const b = Buffer.from(archive);
      b[at] = value;
      return b;
    };
    const sheetAt = () => entryOf(new ZipReader(archive, nodeCodec), 'xl/worksheets/sheet1.xml');

    it.each([
      ['not a zip', () => new ZipReader(text('Initiativ;Status'), nodeCodec), 'no end of central directory'],
      ['cut short', () => new ZipReader(archive.subarray(0, archive.length - 30), nodeCodec), 'no end of central directory'],
      ['without its first half', () => new ZipReader(archive.subarray(archive.length / 2), nodeCodec), 'central directory is cut short'],
    ])('refuses an archive %s', (_label, open, reason) => {
      expect(reasonOf(open)).toMatch(reason);
    });

    it('names an entry whose content does not match its CRC-32', () => {
      const e = sheetAt();
      const zip = new ZipReader(archive, nodeCodec);
      expect(reasonOf(() => zip.read({ ...e, crc: (e.crc ^ 1) >>> 0 }))).toBe('xl/worksheets/sheet1.xml: CRC-32 does not match');
    });

    it('names an entry whose size does not match', () => {
      const e = sheetAt();
      const zip = new ZipReader(archive, nodeCodec);
      expect(reasonOf(() => zip.read({ ...e, size: e.size - 1 }))).toMatch(/^xl\/worksheets\/sheet1.xml: (size does not match|deflate data is damaged)$/);
      expect(reasonOf(() => zip.read({ ...e, size: e.size + 1 }))).toBe('xl/worksheets/sheet1.xml: size does not match');
      expect(reasonOf(() => zip.read({ ...e, size: e.compressedSize * 2000 }))).toBe('xl/worksheets/sheet1.xml: impossible size');
    });

    it('names an entry whose deflate data is damaged', () => {
      const e = sheetAt();
      const zip = new ZipReader(withByte(e.dataStart, 0xff), nodeCodec);
      expect(reasonOf(() => zip.read(entryOf(zip, e.name)))).toMatch(/^xl\/worksheets\/sheet1.xml: (deflate data is damaged|CRC-32 does not match)$/);
    });
  });
});
