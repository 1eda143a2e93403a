import { parseStatusWord, statusFromFill } from '../../../src/core/parse/status';

describe('parseStatusWord', () => {
  it.each([
    ['Grøn', 'green'],
    [' grøn ', 'green'],
    ['GRØN', 'green'],
    ['green', 'green'],
    ['G', 'green'],
    ['groen', 'green'],
    ['Gul', 'yellow'],
    ['yellow', 'yellow'],
    ['Amber', 'yellow'],
    ['y', 'yellow'],
    ['Rød', 'red'],
    ['red', 'red'],
    ['R', 'red'],
    ['rod', 'red'],
    ['Afsluttet', 'done'],
    ['Gennemført', 'done'],
    ['DONE', 'done'],
    ['Grøn.', 'green'],
  ])('%j → %s', (text, status) => {
    expect(parseStatusWord(text)).toBe(status);
  });

  it.each(['', '?', '-', '1', '2019', 'Gul/Rød', 'blå', 'x'.repeat(10_000)])('%j is not a status word', (text) => {
    expect(parseStatusWord(text)).toBeNull();
  });

  it.each([
    ['Rød (forsinket)', 'red'],
    ['Grøn - følger planen', 'green'],
    ['Gul: afventer KOMBIT', 'yellow'],
    ['Afsluttet (2018)', 'done'],
  ])('%j, a status word with its explanation → %s', (text, status) => {
    expect(parseStatusWord(text)).toBe(status);
  });

  it.each(['Gul - tidligere grøn', 'Gul, rød', 'Grøn-gul', 'Status: Grøn', 'Ikke startet - afventer'])('%j names no one status', (text) => {
    expect(parseStatusWord(text)).toBeNull();
  });

  it("takes a profile's extra words", () => {
    expect(parseStatusWord('I plan', { green: ['i plan'] })).toBe('green');
    expect(parseStatusWord('Forsinket', { yellow: ['forsinket'], red: [] })).toBe('yellow');
    expect(parseStatusWord('Forsinket')).toBeNull();
  });
});

describe('statusFromFill', () => {
  it.each([
    ['00B050', 'green'],
    ['92D050', 'green'],
    ['C6EFCE', 'green'],
    ['FFFF00', 'yellow'],
    ['FFC000', 'yellow'],
    ['FFEB9C', 'yellow'],
    ['FF0000', 'red'],
    ['C00000', 'red'],
    ['FFC7CE', 'red'],
    ['FF00B050', 'green'],
    ['#ff0000', 'red'],
  ])('%s → %s', (rgb, status) => {
    expect(statusFromFill(rgb)).toBe(status);
  });

  it.each(['FFFFFF', 'D9D9D9', '808080', '000000', '0070C0', 'F79646', '', 'green', 'GGGGGG'])('%j is no status', (rgb) => {
    expect(statusFromFill(rgb)).toBeNull();
  });
});
