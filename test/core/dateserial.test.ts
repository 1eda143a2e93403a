import { dateToSerial, isoToSerial, serialToDate } from '../../src/core/dateserial';

const utc = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h));

describe('Excel date serials', () => {
  it('counts from 1899-12-30 in the 1900 system and from 1904-01-01 in the 1904 system', () => {
    expect(dateToSerial(utc(2019, 8, 31))).toBe(43708);
    expect(dateToSerial(utc(2019, 8, 31), true)).toBe(43708 - 1462);
    expect(dateToSerial(utc(1904, 1, 1), true)).toBe(0);
    expect(dateToSerial(utc(1900, 3, 1))).toBe(61);
  });

  it('converts back, times of day included', () => {
    expect(serialToDate(43708)).toEqual(utc(2019, 8, 31));
    expect(serialToDate(43708 - 1462, true)).toEqual(utc(2019, 8, 31));
    expect(serialToDate(43708.5)).toEqual(utc(2019, 8, 31, 12));
  });

  it('reads ISO dates as t="d" cells hold them, and nothing else', () => {
    expect(isoToSerial('2019-06-30')).toBe(43646);
    expect(isoToSerial('2019-06-30T12:00:00')).toBe(43646.5);
    expect(isoToSerial('2019-06-30T00:00:00', true)).toBe(43646 - 1462);
    expect(isoToSerial('30-06-2019')).toBeNull();
  });
});
