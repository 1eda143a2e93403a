import { STRICT, TRANSITIONAL, namespacesFor, rootNamespace } from '../../src/xlsx/namespaces';
import { parseWorkbookXml, rewriteWorkbookXml, type WorkbookEdit } from '../../src/xlsx/workbookxml';
import { addOverrides, addRels, ensureDefault, removeOverrides, removeRels } from '../../src/xlsx/packageedit';
import { xmlProblem } from '../../src/xlsx/wellformed';
import { xmlFaults } from './helpers';

const workbook = (root: string, sheets = '<sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets>') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${root}>${sheets}</workbook>`;

/** Keeps the user's sheets and adds one of ours after them. */
function addOne(xml: string): string {
  const wb = parseWorkbookXml(xml);
  const edit: WorkbookEdit = {
    slots: [...wb.sheets.map((keep) => ({ keep })), { add: { name: 'Samlet status', sheetId: 2, relId: 'rId9', state: 'visible' } }],
    nameIndexMap: new Map(wb.sheets.map((_, i) => [i, i])),
    added: [],
    drop: () => false,
    activeTab: 0,
    firstSheet: 0,
  };
  return rewriteWorkbookXml(wb, edit);
}

describe('the package namespaces', () => {
  it('tells Strict from Transitional by the root namespace, prefixed or not', () => {
    expect(namespacesFor(rootNamespace(workbook(`xmlns="${STRICT.main}"`), 'workbook'))).toBe(STRICT);
    expect(namespacesFor(rootNamespace(workbook(`xmlns:x="${STRICT.main}"`).replace(/<(\/?)workbook/g, '<$1x:workbook'), 'workbook'))).toBe(STRICT);
    expect(namespacesFor(rootNamespace(workbook(`xmlns="${TRANSITIONAL.main}"`), 'workbook'))).toBe(TRANSITIONAL);
    expect(namespacesFor(null)).toBe(TRANSITIONAL);
  });
});

describe('workbook.xml edits', () => {
  it('uses the prefix the package binds to its relationships namespace, declaring nothing', () => {
    const xml = workbook(`xmlns="${STRICT.main}" xmlns:rel="${STRICT.rel}"`, '<sheets><sheet name="A" sheetId="1" rel:id="rId1"/></sheets>');
    const out = addOne(xml);
    expect(out).toContain('<sheet name="Samlet status" sheetId="2" rel:id="rId9"/>');
    expect(/<workbook[^>]*>/.exec(out)![0]).toBe(/<workbook[^>]*>/.exec(xml)![0]);
    expect(xmlFaults(out)).toEqual([]);
  });

  it('binds a free prefix when `r` means something else, never declaring `r` twice', () => {
    // The user's sheets take their ids from a namespace declared on <sheets>; the root's r is another one.
    const xml = workbook(
      `xmlns="${TRANSITIONAL.main}" xmlns:r="urn:x-other"`,
      `<sheets xmlns:s="${TRANSITIONAL.rel}"><sheet name="A" sheetId="1" s:id="rId1"/></sheets>`,
    );
    const out = addOne(xml);
    expect(out).toContain(`<sheets xmlns:s="${TRANSITIONAL.rel}"><sheet name="A" sheetId="1" s:id="rId1"/><sheet name="Samlet status" sheetId="2" s:id="rId9"/></sheets>`);
    const bare = addOne(workbook(`xmlns="${TRANSITIONAL.main}" xmlns:r="urn:x-other"`, '<sheets/>'));
    expect(bare).toMatch(new RegExp(`<workbook xmlns:r1="${TRANSITIONAL.rel}" xmlns="[^"]*" xmlns:r="urn:x-other">`));
    expect(bare).toContain('r1:id="rId9"');
    expect(xmlFaults(out)).toEqual([]);
    expect(xmlFaults(bare)).toEqual([]);
  });
});

describe('relationships and content types edits', () => {
  it('adds and removes entries in the prefix the part uses', () => {
    const rels = '<p:Relationships xmlns:p="http://schemas.openxmlformats.org/package/2006/relationships"><p:Relationship Id="rId1" Type="t" Target="a.xml"/></p:Relationships>';
    const added = addRels(rels, [{ id: 'rId2', type: 't', target: 'b.xml' }]);
    expect(added).toContain('<p:Relationship Id="rId2" Type="t" Target="b.xml"/></p:Relationships>');
    expect(removeRels(added, new Set(['rId1']))).not.toContain('a.xml');
    expect(addRels('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>', [{ id: 'rId1', type: 't', target: 'x', external: true }])).toBe(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t" Target="x" TargetMode="External"/></Relationships>',
    );

    const types = '<ct:Types xmlns:ct="http://schemas.openxmlformats.org/package/2006/content-types"><ct:Override PartName="/xl/a.xml" ContentType="c"/></ct:Types>';
    const typed = ensureDefault(addOverrides(removeOverrides(types, new Set(['xl/a.xml'])), [{ part: 'xl/b.xml', contentType: 'c' }]), 'rels', 'r');
    expect(typed).toBe(
      '<ct:Types xmlns:ct="http://schemas.openxmlformats.org/package/2006/content-types"><ct:Default Extension="rels" ContentType="r"/><ct:Override PartName="/xl/b.xml" ContentType="c"/></ct:Types>',
    );
    for (const xml of [added, typed]) expect(xmlProblem(xml)).toBeNull();
  });
});

describe('the check before saving', () => {
  it('finds what makes a part unreadable', () => {
    expect(xmlProblem('<a xmlns:r="u"><b r:id="1"/></a>')).toBeNull();
    expect(xmlProblem('<a xmlns:r="u" xmlns:r="u"/>')).not.toBeNull();
    expect(xmlProblem('<a><b r:id="1"/></a>')).not.toBeNull();
    expect(xmlProblem('<a><!-- <b> </a>')).not.toBeNull();
  });

  it('checks what the tokenizer lets pass', () => {
    const ok = ['<?xml version="1.0"?>\n<a xml:space="preserve">x &amp; &#x1F600; y</a>', '<a b=\'1\'><![CDATA[ & < ]]><?pi x?><!-- & --></a>', '<x:a xmlns:x="u"><x:b/></x:a>'];
    for (const xml of ok) expect(xmlProblem(xml)).toBeNull();
    const bad = [
      '<a>x & y</a>',
      '<a>&#0;</a>',
      '<a b="&foo;"/>',
      '<a b="<"/>',
      '<a>]]></a>',
      '<a>\u0001</a>',
      '<a>\uD800</a>',
      '<a/><b/>',
      ' <?xml version="1.0"?><a/>',
      '<!DOCTYPE a><a/>',
      '<a><!-- x -- y --></a>',
      '<x:a/>',
      '<a xmlns:p="u" xmlns:q="u"><b p:c="1" q:c="2"/></a>',
      '<a xmlns:p="u"><b/></a><c p:d="1"/>',
      '<a><b xmlns:p="u"/><c p:d="1"/></a>',
    ];
    for (const xml of bad) expect([xml, xmlProblem(xml)]).toEqual([xml, expect.any(String)]);
  });
});
