import { sanitizeSheetName, uniqueSheetNames } from '../../../src/core/report/names';

describe('sheet names', () => {
  it('removes forbidden characters and cuts long names at a word', () => {
    expect(sanitizeSheetName('1. Digital kommunikation og borgerbetjening')).toBe('1. Digital kommunikation og…');
    expect(sanitizeSheetName('a[b]c:d*e?f/g\\h')).toBe('abcdefgh');
    expect(sanitizeSheetName("'Citat'")).toBe('Citat');
    expect(sanitizeSheetName('x'.repeat(40))).toHaveLength(31);
    expect(sanitizeSheetName('???')).toBe('Ark');
  });

  it('gives free names, unique ignoring case, within 31 characters', () => {
    expect(uniqueSheetNames(['Samlet status', 'Validering'], ['samlet STATUS'])).toEqual(['Samlet status (2)', 'Validering']);
    expect(uniqueSheetNames(['A', 'a', 'A'], [])).toEqual(['A', 'a (2)', 'A (3)']);
    const long = uniqueSheetNames(['y'.repeat(31), 'y'.repeat(31)], []);
    expect(long[1]).toBe(`${'y'.repeat(27)} (2)`);
    expect(long.every((n) => n.length <= 31)).toBe(true);
  });
});
