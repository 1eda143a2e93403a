import { median, ratioOfMedians, spread } from '../../scripts/bench/stats';

describe('bench statistics', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('leaves its input unsorted', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses no values rather than reporting NaN', () => {
    expect(() => median([])).toThrow();
  });

  it('reports the median with the range', () => {
    expect(spread([9, 1, 4])).toEqual({ median: 4, min: 1, max: 9 });
  });

  it('divides medians, so one slow run on either side does not move the ratio', () => {
    expect(ratioOfMedians([150, 160, 900], [100, 100, 100])).toBe(1.6);
    expect(ratioOfMedians([150, 150, 150], [100, 1000, 100])).toBe(1.5);
  });
});
