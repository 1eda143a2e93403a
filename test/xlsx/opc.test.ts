import { nodeCodec } from '../../src/xlsx/nodecodec';
import { Package, parseRels } from '../../src/xlsx/opc';
import { ZipReader } from '../../src/xlsx/zip';
import { zipOf } from './helpers';

describe('Package', () => {
  const source = zipOf({
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    '_rels/.rels':
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/xl/Workbook.xml"/></Relationships>',
    'xl/Workbook.xml': '<workbook/>',
    'xl/worksheets/sheet1.xml': '<worksheet>' + 'x'.repeat(5000) + '</worksheet>',
    'xl/worksheets/sheet2.xml': '<worksheet/>',
  });

  it('finds parts case-insensitively and the workbook through an absolute Strict relationship', async () => {
    const pkg = await Package.load(source, nodeCodec);
    expect(await pkg.workbookPart()).toBe('xl/Workbook.xml');
    expect(pkg.has('XL/workbook.xml')).toBe(true);
    expect(await pkg.text('xl/workbook.xml')).toBe('<workbook/>');
  });

  it('writes untouched parts as stored, replaced ones in their place, new ones last, removed ones not at all', async () => {
    const pkg = await Package.load(source, nodeCodec);
    pkg.put('xl/workbook.xml', '<workbook><sheets/></workbook>');
    pkg.remove('xl/worksheets/sheet2.xml');
    pkg.put('xl/worksheets/sheet3.xml', '<worksheet/>');
    const out = new ZipReader(await pkg.generate(), nodeCodec);
    expect(out.entries.map((e) => e.name)).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/Workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet3.xml']);
    const before = new ZipReader(source, nodeCodec);
    const raw = (zip: ZipReader, name: string) => Buffer.from(zip.raw(zip.entries.find((e) => e.name === name)!));
    expect(raw(out, 'xl/worksheets/sheet1.xml').equals(raw(before, 'xl/worksheets/sheet1.xml'))).toBe(true);
    expect(new TextDecoder().decode(out.read(out.entries[2]))).toBe('<workbook><sheets/></workbook>');
  });

  it('keeps a packed part deflated until the package is written, and reads it back', async () => {
    const pkg = await Package.load(source, nodeCodec);
    const text = '<worksheet>' + 'y'.repeat(5000) + '</worksheet>';
    const packed = pkg.pack(text);
    expect(packed.data.length).toBeLessThan(text.length / 10);
    pkg.put('xl/worksheets/sheet3.xml', packed);
    pkg.put('xl/empty.xml', pkg.pack(''));
    expect(await pkg.text('xl/worksheets/sheet3.xml')).toBe(text);
    const out = new ZipReader(await pkg.generate(), nodeCodec);
    const read = (name: string) => new TextDecoder().decode(out.read(out.entries.find((e) => e.name === name)!));
    expect([read('xl/worksheets/sheet3.xml'), read('xl/empty.xml')]).toEqual([text, '']);
  });

  it('reads a part it was given with the XML reader', async () => {
    const pkg = await Package.load(source, nodeCodec);
    pkg.put('xl/worksheets/sheet3.xml', '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>');
    const names: string[] = [];
    expect(pkg.readXml('xl/worksheets/sheet3.xml', { open: (name) => void names.push(name) })).toBe(true);
    expect(names).toEqual(['x:worksheet', 'x:sheetData']);
    expect(pkg.readXml('xl/worksheets/sheet9.xml', { open: () => undefined })).toBe(false);
  });
});

describe('parseRels', () => {
  it('reads relationships with or without the package namespace, prefixed or not', () => {
    const rels = parseRels(
      '<p:Relationships xmlns:p="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<p:Relationship Id="rId1" Type="t/worksheet" Target="worksheets/sheet1.xml"/>' +
        '<p:Relationship Id="rId2" Type="t/hyperlink" Target="https://kl.dk/?a=1&amp;b=2" TargetMode="External"/></p:Relationships>',
      'xl/workbook.xml',
    );
    expect(rels).toEqual([
      { id: 'rId1', type: 't/worksheet', target: 'worksheets/sheet1.xml', external: false, part: 'xl/worksheets/sheet1.xml' },
      { id: 'rId2', type: 't/hyperlink', target: 'https://kl.dk/?a=1&b=2', external: true, part: '' },
    ]);
    expect(parseRels('<Relationships><Relationship Id="a" Type="t" Target="/xl/x.xml"/></Relationships>', '')[0].part).toBe('xl/x.xml');
  });
});
