import { displayDate } from '../../../src/core/report/format';

describe('displayDate', () => {
  it('writes a date the way each language does', () => {
    expect(displayDate('2018-12-15', 'da')).toBe('15.12.2018');
    expect(displayDate('2018-03-05', 'da')).toBe('5.3.2018');
    expect(displayDate('2018-12-15', 'en')).toBe('15 December 2018');
    expect(displayDate('not a date', 'en')).toBe('not a date');
  });
});
