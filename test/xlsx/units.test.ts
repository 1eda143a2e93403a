import { applyTint, buildPalette, readThemeColors, resolveColor } from '../../src/xlsx/colors';
import { parseXmlText } from '../../src/xlsx/xmlread';
import { relativeTarget, resolveTarget } from '../../src/xlsx/opc';
import { updateAppXml } from '../../src/xlsx/appxml';
import { esc, setAttr } from '../../src/xlsx/xml';

const THEME_XML =
  '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>' +
  '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>' +
  '<a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3>' +
  '<a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6>' +
  '<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme></a:themeElements></a:theme>';

describe('colours', () => {
  const palette = buildPalette(
    readThemeColors((h) => parseXmlText(THEME_XML, h)),
    [],
  );

  it('resolves ARGB, indexed and theme colours (0 is lt1, 1 is dk1)', () => {
    expect(resolveColor({ argb: 'FF00b050' }, palette)).toBe('00B050');
    expect(resolveColor({ indexed: 13 }, palette)).toBe('FFFF00');
    expect(resolveColor({ theme: 0 }, palette)).toBe('FFFFFF');
    expect(resolveColor({ theme: 1 }, palette)).toBe('000000');
    expect(resolveColor({ theme: 9 }, palette)).toBe('70AD47');
    expect(resolveColor({ indexed: 64 }, palette)).toBeUndefined();
  });

  // Excel computes in integer HLS, so a channel may differ by one; hue judgements do not care.
  const channels = (rgb: string) => [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16));
  it.each([
    [0.3999755851924192, 'A9D08E'],
    [-0.249977111117893, '548235'],
  ])('applies tint %p to accent6 as Excel does (%p)', (tint, excel) => {
    const ours = channels(applyTint('70AD47', tint));
    channels(excel).forEach((c, i) => expect(Math.abs(ours[i] - c)).toBeLessThanOrEqual(1));
  });
});

describe('part names', () => {
  it('resolves relative and absolute targets', () => {
    expect(resolveTarget('xl/workbook.xml', 'worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../drawings/drawing1.xml')).toBe('xl/drawings/drawing1.xml');
    expect(resolveTarget('xl/workbook.xml', '/xl/worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml');
    expect(resolveTarget('', 'xl/workbook.xml')).toBe('xl/workbook.xml');
    expect(resolveTarget('xl/workbook.xml', 'worksheets/Ark%201.xml')).toBe('xl/worksheets/Ark 1.xml');
  });

  it('writes relative targets', () => {
    expect(relativeTarget('xl/worksheets/sheet3.xml', 'xl/drawings/drawing2.xml')).toBe('../drawings/drawing2.xml');
    expect(relativeTarget('xl/workbook.xml', 'xl/worksheets/sheet3.xml')).toBe('worksheets/sheet3.xml');
  });
});

describe('xml helpers', () => {
  it('escapes text and drops characters XML cannot carry', () => {
    expect(esc('a<b>&"c\'\u0001\uD800')).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });

  it('writes characters beyond Latin-1 as references, and Danish letters as they are', () => {
    expect(esc('Grøn → Rød – 😀')).toBe('Grøn &#8594; Rød &#8211; &#128512;');
    expect(esc('Indsatsområde 7')).toBe('Indsatsområde 7');
  });

  it('sets an attribute without touching the rest of the tag', () => {
    expect(setAttr('<workbookView xWindow="0" activeTab="3"/>', 'activeTab', '1')).toBe('<workbookView xWindow="0" activeTab="1"/>');
    expect(setAttr('<workbookView xWindow="0"/>', 'firstSheet', '2')).toBe('<workbookView xWindow="0" firstSheet="2"/>');
  });
});

describe('updateAppXml', () => {
  const app = (pairs: string, titles: string[]) =>
    `<Properties xmlns:vt="v"><HeadingPairs><vt:vector size="4" baseType="variant">${pairs}</vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${titles.length}" baseType="lpstr">${titles.map((t) => `<vt:lpstr>${t}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts></Properties>`;
  const pair = (name: string, n: number) => `<vt:variant><vt:lpstr>${name}</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant>`;

  it('updates the worksheet group and leaves named ranges alone', () => {
    const before = app(pair('Regneark', 2) + pair('Navngivne områder', 1), ['Ark1', 'Gammel', 'Ark1!Print_Area']);
    const after = updateAppXml(before, ['Ark1', 'Gammel'], [
      { name: 'Ark1', ours: false, state: 'visible' },
      { name: 'Samlet status', ours: true, state: 'visible' },
      { name: 'Snapshot', ours: true, state: 'veryHidden' },
    ]);
    expect(after).toBe(app(pair('Regneark', 2) + pair('Navngivne områder', 1), ['Ark1', 'Samlet status', 'Ark1!Print_Area']));
  });

  it('leaves a structure it does not recognise as it is', () => {
    const odd = app(pair('Worksheets', 5), ['Ark1']);
    expect(updateAppXml(odd, ['Ark1'], [{ name: 'X', ours: true, state: 'visible' }])).toBe(odd);
  });
});
