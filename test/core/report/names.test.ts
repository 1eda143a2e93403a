import { isSheetName, sanitizeSheetName, uniqueSheetNames } from '../../../src/core/report/names';

describe('sheet names', () => {
  it('removes forbidden characters and cuts long names at a word', () => {
    expect(sanitizeSheetName('1. Digital kommunikation og borgerbetjening')).toBe('1. Digital kommunikation og…');
    expect(sanitizeSheetName('a[b]c:d*e?f/g\\h')).toBe('abcdefgh');
    expect(sanitizeSheetName("'Citat'")).toBe('Citat');
    expect(sanitizeSheetName('x'.repeat(40))).toHaveLength(31);
    expect(sanitizeSheetName('???')).toBe('Ark');
  });

  it('takes as a sheet name what Excel takes, and every name the sanitiser gives', () => {
    for (const name of ['Samlet status', '1. Digital kommunikation og…', "Kim's ark", 'x'.repeat(31)]) expect(isSheetName(name)).toBe(true);
    for (const name of ['', 'x'.repeat(32), 'a/b', 'a[1]', 'hvad?', "'citat", "citat'"]) expect(isSheetName(name)).toBe(false);
    for (const raw of ['a[b]c:d*e?f/g\\h', "'Citat'", 'x'.repeat(40), '???', '1. Digital kommunikation og borgerbetjening']) {
      expect(isSheetName(sanitizeSheetName(raw))).toBe(true);
    }
  });

  it('gives free names, unique ignoring case, within 31 characters', () => {
    expect(uniqueSheetNames(['Samlet status', 'Validering'], ['samlet STATUS'])).toEqual(['Samlet status (2)', 'Validering']);
    expect(uniqueSheetNames(['A', 'a', 'A'], [])).toEqual(['A', 'a (2)', 'A (3)']);
    const long = uniqueSheetNames(['y'.repeat(31), 'y'.repeat(31)], []);
    expect(long[1]).toBe(`${'y'.repeat(27)} (2)`);
    expect(long.every((n) => n.length <= 31)).toBe(true);
  });
});
