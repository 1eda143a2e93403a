import { plainWellFormed } from '../../src/xlsx/plainxml';
import { xmlProblem } from '../../src/xlsx/wellformed';

const bytes = (xml: string) => new TextEncoder().encode(xml);

const SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheetData><row r="1" ht="26" customHeight="1"><c r="A1" s="3" t="inlineStr"><is><t xml:space="preserve"> Grøn &amp; &#8594; &#x1F600; 😀 </t></is></c>' +
  '<c r="B1"><v>12.5</v></c><c r="C1" t="b"><v>1</v></c></row></sheetData>' +
  '<hyperlinks><hyperlink ref="A1" r:id="rIdL1" display="a &quot;b&quot; &apos;c&apos; &lt;d&gt;&#10;"/></hyperlinks></worksheet>';

describe('the quick check before saving', () => {
  it('passes the plain XML the writer makes', () => {
    expect(plainWellFormed(bytes(SHEET))).toBe(true);
    expect(plainWellFormed(bytes('<a/>'))).toBe(true);
    expect(plainWellFormed(bytes("<?xml version='1.0'?>\r\n<p:a xmlns:p='u' p:b='1'>x > y</p:a>\n"))).toBe(true);
  });

  it('leaves everything outside the plain subset to the full check', () => {
    const unknown = [
      '<a><!-- x --></a>',
      '<a><![CDATA[x]]></a>',
      '<a><?pi x?></a>',
      '<!DOCTYPE a><a/>',
      '\uFEFF<a/>',
      '<?xml version="1.0" encoding="ISO-8859-1"?><a/>',
      '<a>&nbsp;</a>',
      '<a b="1" b="2"/>',
      '<a xmlns:p="u" xmlns:q="v" p:c="1" q:c="2"/>',
      '<a xmlns:xml="http://www.w3.org/XML/1998/namespace"/>',
      '<a xmlns:p=""/>',
      '<a xmlns:p="&amp;"/>',
      '<æ/>',
      '<a>\u007f</a>',
    ];
    for (const xml of unknown) expect([xml, plainWellFormed(bytes(xml))]).toEqual([xml, false]);
  });

  it('never passes what is not well-formed', () => {
    const bad = [
      '',
      '<a>x & y</a>',
      '<a>&#0;</a>',
      '<a>&#xFFFE;</a>',
      '<a>&#1114112;</a>',
      '<a b="&foo;"/>',
      '<a b="<"/>',
      '<a b=1/>',
      '<a b="1"c="2"/>',
      '<a>]]></a>',
      '<a>\u0001</a>',
      '<a/><b/>',
      '<a/>x',
      '<a>',
      '<a></b>',
      '<a></ab>',
      '<ab></a>',
      '<a></a:b>',
      ' <?xml version="1.0"?><a/>',
      '<?xml version="1.0"?><?xml version="1.0"?><a/>',
      '<x:a/>',
      '<a xmlns:p="u"><b/></a><c p:d="1"/>',
      '<a><b xmlns:p="u"/><c p:d="1"/></a>',
      '<a xmlns:p="u"></a><p:b/>',
      '<1a/>',
      '<a:/>',
      '<:a/>',
    ];
    for (const xml of bad) {
      expect([xml, plainWellFormed(bytes(xml))]).toEqual([xml, false]);
      expect([xml, xmlProblem(bytes(xml))]).toEqual([xml, expect.any(String)]);
    }
  });

  it('refuses bytes that are not UTF-8 or encode a character XML refuses', () => {
    const wrapped = (...inner: number[]) => new Uint8Array([...bytes('<a>'), ...inner, ...bytes('</a>')]);
    for (const b of [[0xff], [0xc3], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xef, 0xbf, 0xbe], [0xf4, 0x90, 0x80, 0x80], [0x80]]) {
      expect([b, plainWellFormed(wrapped(...b))]).toEqual([b, false]);
    }
    expect(plainWellFormed(wrapped(0xc3, 0xb8))).toBe(true);
  });

  it('passes nothing the full check refuses, however a part is damaged', () => {
    // A fixed pseudo-random sequence: the same damage every run.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const source = bytes(SHEET);
    const alphabet = bytes('<>/="\'&;#x:]! ab\u00f8');
    for (let k = 0; k < 3000; k++) {
      const damaged = Uint8Array.from(source);
      for (let edits = 1 + random(3); edits > 0; edits--) damaged[random(damaged.length)] = alphabet[random(alphabet.length)];
      if (plainWellFormed(damaged)) expect(xmlProblem(new TextDecoder().decode(damaged))).toBeNull();
    }
  });
});
