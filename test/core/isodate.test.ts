import { isIsoDate } from '../../src/core/isodate';

describe('isIsoDate', () => {
  it('takes real calendar dates written YYYY-MM-DD, leap days included', () => {
    expect(['2018-12-15', '2020-02-29', '2000-02-29', '1999-01-01'].every(isIsoDate)).toBe(true);
  });

  it('refuses other forms and days that do not exist', () => {
    expect(['2018-02-30', '2019-02-29', '1900-02-29', '2018-13-01', '15/12', '2018-1-5', ' 2018-12-15', '2018-12-15T00:00'].some(isIsoDate)).toBe(false);
  });
});
