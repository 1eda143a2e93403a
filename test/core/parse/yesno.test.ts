import { parseYesNo } from '../../../src/core/parse/yesno';

describe('parseYesNo', () => {
  it.each([
    ['ja', true],
    [' Ja ', true],
    ['JA', true],
    ['x', true],
    ['X', true],
    ['yes', true],
    [true, true],
    [1, true],
    ['nej', false],
    ['Nej', false],
    ['no', false],
    [false, false],
    [0, false],
  ])('%j → %s', (value, expected) => {
    expect(parseYesNo(value)).toBe(expected);
  });

  it.each(['', '?', '-', 'måske', '2019', 2, null, undefined, new Date(0), 'ja'.repeat(100)])('%j → null', (value) => {
    expect(parseYesNo(value)).toBeNull();
  });
});
