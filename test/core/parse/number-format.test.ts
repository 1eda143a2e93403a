import { displayText } from '../../../src/core/parse/number-format';

describe('displayText', () => {
  it.each([
    [1.1, '0.00', '1.10'],
    [1.1, undefined, '1.1'],
    [0.1 + 0.2, 'General', '0.3'],
    [8.25, '0', '8'],
    [1.005, '0.00', '1.01'],
    [-2.5, '0.0', '-2.5'],
    [1234567.5, '#,##0.00', '1,234,567.50'],
    [0.125, '0%', '13%'],
    [-3, '0;(0)', undefined],
    [-3, '0.0;-0.0', '-3.0'],
    [5, '[Red]0.00_)', '5.00'],
    [43646, 'dd-mm-yyyy', undefined],
    [1e12, 'General', undefined],
  ])('%p with %p shows %p', (value, fmt, text) => {
    expect(displayText(value, fmt)).toBe(text);
  });
});
