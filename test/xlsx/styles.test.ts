import { StyleBook, minimalStyles } from '../../src/xlsx/styles';
import { STRICT, TRANSITIONAL } from '../../src/xlsx/namespaces';
import { xmlFaults } from './helpers';

const MAIN = TRANSITIONAL.main;
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Hancom Office's styles: the second font wrapped in mc:AlternateContent, a prefixed namespace. */
const HANCOM =
  `<x:styleSheet xmlns:x="${MAIN}"><x:fonts count="2"><x:font><x:name val="Dotum"/><x:sz val="11"/></x:font>` +
  `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice xmlns:hs="urn:hs" Requires="hs"><x:font hs:extension="1"><x:sz val="9"/></x:font></mc:Choice>` +
  '<mc:Fallback><x:font><x:sz val="9"/></x:font></mc:Fallback></mc:AlternateContent></x:fonts>' +
  '<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>' +
  '<x:borders count="1"><x:border/></x:borders><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellXfs></x:styleSheet>';

describe('StyleBook', () => {
  it('appends after the entries as written, counting a wrapped entry once', () => {
    const book = new StyleBook(HANCOM);
    expect(book.xfFor({ bold: true, fill: '00B050', border: 'thin' }, false)).toBe(1);
    const xml = book.toXml();
    expect(xmlFaults(xml)).toEqual([]);
    // The user's fonts keep their bytes; ours is font 2 (the AlternateContent is font 1).
    expect(xml).toContain(`${/<x:fonts[^>]*>([\s\S]*)<\/x:fonts>/.exec(HANCOM)![1]}<x:font><x:b/>`);
    expect(xml).toContain('<x:fonts count="3">');
    expect(xml).toMatch(/<x:xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0"/);
  });

  it('reuses what an earlier run appended', () => {
    const first = new StyleBook(HANCOM);
    first.xfFor({ bold: true }, false);
    first.xfFor(undefined, true);
    const once = first.toXml();
    const again = new StyleBook(once);
    expect([again.xfFor({ bold: true }, false), again.xfFor(undefined, true)]).toEqual([1, 2]);
    expect(again.toXml()).toBe(once);
  });

  it('writes Strict borders with start and end edges', () => {
    const book = new StyleBook(minimalStyles(STRICT));
    book.xfFor({ border: 'thin' }, false);
    const xml = book.toXml();
    expect(xml).toContain(`<styleSheet xmlns="${STRICT.main}">`);
    expect(xml).toContain('<border><start style="thin"><color indexed="64"/></start><end style="thin">');
    expect(xml).not.toMatch(/<(left|right)[\s/>]/);
  });
});
