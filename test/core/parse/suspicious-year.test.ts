import { parseMilestones } from '../../../src/core/parse/time';
import { m } from './milestones';
import { suspiciousYears } from '../../../src/core/parse/suspicious-year';

describe('suspiciousYears', () => {
  const period = [2016, 2020] as const;

  it('names a five-digit year and still reads the range start before it', () => {
    const text = 'Denne fase startes ultimo 2017-ultimo 20018.';
    expect(suspiciousYears(text, period)).toEqual([{ value: '20018', index: text.indexOf('20018'), text: 'ultimo 20018' }]);
    expect(parseMilestones(text)).toEqual([m('ultimo 2017', '2017-09-01', '2017-12-31')]);
  });

  it('names a year more than 10 years from the period, wherever a time word asks for one', () => {
    expect(suspiciousYears('primo 2031', period).map((s) => s.value)).toEqual(['2031']);
    expect(suspiciousYears('primo 2030 og 3. kvartal 2006', period).map((s) => s.value)).toEqual([]);
    expect(suspiciousYears('3. kvartal 2005', period).map((s) => s.value)).toEqual(['2005']);
    expect(suspiciousYears('aug. 2061, uge 12 1917', period).map((s) => s.text)).toEqual(['aug. 2061', 'uge 12 1917']);
    expect(suspiciousYears('ultimo 2017-20018', period).map((s) => [s.value, s.text])).toEqual([['20018', 'ultimo 2017-20018']]);
    expect(suspiciousYears('ved udgangen af 20120', period).map((s) => s.text)).toEqual(['udgangen af 20120']);
  });

  it('without a period names only years outside 1990–2099 and five-digit ones', () => {
    expect(suspiciousYears('ultimo 2050, ultimo 2150, medio 20018', null).map((s) => s.value)).toEqual(['2150', '20018']);
  });

  it('looks at each run of digits whole: a year inside a longer number is none', () => {
    expect(suspiciousYears('primo 2031 og 3. kvartal 1234567', period).map((s) => s.value)).toEqual(['2031']);
    expect(suspiciousYears('sag 1234567, primo 2018', period)).toEqual([]);
    expect(suspiciousYears('primo 020180', period).map((s) => s.value)).toEqual(['020180']);
  });

  it('leaves bare years, counts and words that merely contain a time word alone', () => {
    for (const text of ['siden 1972', 'frem mod 2045', '20018 borgere', 'bruge 20018', 'uge 12 20181231', '1/7-2012', '', '?']) {
      expect(suspiciousYears(text, period)).toEqual([]);
    }
    expect(suspiciousYears(2019 as unknown as string, period)).toEqual([]);
  });
});
