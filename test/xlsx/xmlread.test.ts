import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { Parser } from 'saxen';
import { PREFIXES, XmlError, parseXmlText, type XmlHandler } from '../../src/xlsx/xmlread';
import { unesc } from '../../src/xlsx/xml';

type Event = (string | boolean | Record<string, string>)[];

/** Every event a handler sees, every element's attributes read. */
function recorder(): { events: Event[]; handler: XmlHandler } {
  const events: Event[] = [];
  return {
    events,
    handler: {
      open: (name, attrs, selfClosing) => events.push(['open', name, attrs(), selfClosing]),
      close: (name) => events.push(['close', name]),
      text: (t) => events.push(['text', t]),
    },
  };
}

/** What the reader gave before it left namespaces to saxen only where a document needs them. */
function withNamespaces(xml: string): Event[] | string {
  const { events, handler } = recorder();
  const parser = new Parser();
  parser.ns(PREFIXES);
  const fail = (e: Error) => {
    throw new XmlError(e.message);
  };
  parser.on('error', fail);
  parser.on('warn', fail);
  parser.on('openTag', (name, attrs, _d, selfClosing) => handler.open(name, attrs, selfClosing));
  parser.on('closeTag', (name) => handler.close!(name));
  parser.on('text', (t) => handler.text!(t.includes('&') ? unesc(t) : t));
  parser.on('cdata', (t) => handler.text!(t));
  try {
    parser.parse(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml);
  } catch (e) {
    return e instanceof XmlError ? 'damaged' : String(e);
  }
  return events;
}

/** The text with white space around attributes' `=` taken out: the reader reads it (see below), saxen refuses it. */
function tightEquals(xml: string): string {
  return xml.replace(/<[^<>]*>/g, (tag) => tag.replace(/\s*=\s*(["'])/g, '=$1'));
}

function read(xml: string): Event[] | string {
  const { events, handler } = recorder();
  try {
    parseXmlText(xml, handler);
  } catch (e) {
    return e instanceof XmlError ? 'damaged' : String(e);
  }
  return events;
}

async function workbooks(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries) {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await workbooks(file)));
    else if (e.name.endsWith('.xlsx')) out.push(file);
  }
  return out;
}

const ROOT = path.join(__dirname, '../..');
const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

describe('reading names without saxen namespaces where the root declares them all', () => {
  it('reads every part of the fixtures and the corpus as saxen namespace mode does', async () => {
    const files = [...(await workbooks(path.join(ROOT, 'test/fixtures'))), ...(await workbooks(path.join(ROOT, 'examples')))];
    let parts = 0;
    for (const file of files) {
      let zip: JSZip;
      try {
        zip = await JSZip.loadAsync(await fs.readFile(file));
      } catch {
        continue;
      }
      for (const entry of Object.values(zip.files)) {
        if (entry.dir || !/\.(xml|rels)$/i.test(entry.name)) continue;
        const xml = await entry.async('string');
        // The large sheets say nothing the small ones do not, and would make the test slow.
        if (xml.length > 200_000) continue;
        expect([file, entry.name, read(xml)]).toEqual([file, entry.name, withNamespaces(tightEquals(xml))]);
        parts++;
      }
    }
    expect(parts).toBeGreaterThan(100);
  });

  it('names as saxen does what the root binds, and refuses what nothing binds', () => {
    const cases = [
      `<worksheet ${MAIN} ${REL}><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c></row></sheetData><hyperlinks><hyperlink r:id="rId1"/></hyperlinks></worksheet>`,
      `<?xml version="1.0"?>\n<x:worksheet xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main"><x:sheetData/></x:worksheet>`,
      `<worksheet ${MAIN} xmlns:mc="urn:mc" mc:Ignorable="x14ac"><row x:r="1" mc:a="b" r:c="d"/></worksheet>`,
      `<worksheet ${MAIN}><row xml:space="preserve"/></worksheet>`,
      `<worksheet ${MAIN}><q:row/></worksheet>`,
      `<worksheet ${MAIN}><row q:a="1"/></worksheet>`,
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1"/></Relationships>`,
      `<a><b c="1">t &amp; u</b></a>`,
      `<worksheet ${MAIN} xmlns:x="urn:other"><x:row/></worksheet>`,
      `<worksheet ${MAIN} xmlns:p="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><row p:id="1"/></worksheet>`,
      `<worksheet ${MAIN}><row><c xmlns:p="urn:p" p:a="1"/></row></worksheet>`,
      `<!-- a comment --><worksheet ${MAIN}><row/></worksheet>`,
      `<worksheet ${MAIN} a="1" a="2"><row/></worksheet>`,
      `<worksheet ${MAIN} a=1><row/></worksheet>`,
      `<worksheet ${MAIN}><row></worksheet>`,
      `<worksheet xmlns="urn:unknown"><row/></worksheet>`,
    ];
    for (const xml of cases) expect([xml, read(xml)]).toEqual([xml, withNamespaces(xml)]);
  });
});

describe('white space around the = of an attribute (XML allows it; old MiniExcel wrote `t ="str"`)', () => {
  const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const attrsOf = (xml: string) => {
    const { events, handler } = recorder();
    parseXmlText(xml, handler);
    return events.filter((e) => e[0] === 'open').map((e) => [e[1], e[2]]);
  };

  it.each([
    ['the fast path', `<worksheet ${MAIN}>`],
    ['saxen namespace mode', `<!-- first --><worksheet ${MAIN} xmlns:o="urn:o">`],
  ])('reads them in %s, each tag its own, past comments, CDATA and declarations', (_label, root) => {
    const xml =
      `<?xml version="1.0"?>${root}<sheetData><row r="1"><c r="A1" t ="str"><v>a</v></c>` +
      `<!-- <c r="Z9" t="n"> --><c r = 'B1'  t= "n" s="2"/><is><t><![CDATA[<c r="Y9">]]></t></is><c r="C1" t="n"/></row></sheetData></worksheet>`;
    const cells = attrsOf(xml).filter(([name]) => name === 'x:c');
    expect(cells.map(([, a]) => a)).toEqual([
      { r: 'A1', t: 'str' },
      { r: 'B1', t: 'n', s: '2' },
      { r: 'C1', t: 'n' },
    ]);
  });

  it('still refuses a name given twice, or a value without quotes, in such a tag', () => {
    expect(() => attrsOf(`<worksheet ${MAIN}><row r ="1" r="2"/></worksheet>`)).toThrow(XmlError);
    expect(() => attrsOf(`<worksheet ${MAIN}><row r = 1/></worksheet>`)).toThrow(XmlError);
  });
});
