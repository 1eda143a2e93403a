import { parseMilestones } from '../../../src/core/parse/time';
import { o } from './milestones';
import { milestoneInYear, milestoneOutOfPeriod } from '../../../src/core/parse/milestone-checks';

describe('milestoneInYear', () => {
  it('is true for every year a milestone touches', () => {
    const [range] = parseMilestones('juni 2016-december 2020');
    expect([2015, 2016, 2018, 2020, 2021].map((y) => milestoneInYear(range, y))).toEqual([false, true, true, true, false]);
    const [turn] = parseMilestones('årsskiftet 2016/2017');
    expect([2016, 2017].map((y) => milestoneInYear(turn, y))).toEqual([true, true]);
    const [winter] = parseMilestones('vinteren 2010/2011');
    expect([2010, 2011].map((y) => milestoneInYear(winter, y, [2009, 2011]))).toEqual([true, true]);
  });

  it('puts an open-ended span in every year from its start to the end of the period', () => {
    const [open] = parseMilestones('fra ultimo 2010');
    expect([2009, 2010, 2011, 2012].map((y) => milestoneInYear(open, y, [2009, 2011]))).toEqual([false, true, true, false]);
    expect(milestoneInYear(open, 2030)).toBe(true);
  });

  it('finds the bundled example\'s open-ended start in its 2017 column', () => {
    // Seed 000, initiative 7.2, 2017 column, as the bundled example holds it.
    const cell =
      'Projekt (2) "Øget awareness om datasikkerhed og adfærd" starter i december 2016 løber i hele perioden. Der udarbejdes en strategi for rammaarkitekturen i 2017.';
    const milestones = parseMilestones(cell);
    expect(milestones).toEqual([o('december 2016 løber i hele perioden', '2016-12-01', '2016-12-31')]);
    expect(milestones.some((x) => milestoneInYear(x, 2017, [2016, 2020]))).toBe(true);
  });
});

describe('milestoneOutOfPeriod', () => {
  it('is true when a closed milestone reaches outside the period', () => {
    const period = [2009, 2011] as const;
    const out = (text: string) => parseMilestones(text).map((x) => milestoneOutOfPeriod(x, period));
    expect(out('1. juni 2007 – 1. september 2009')).toEqual([true]);
    expect(out('ultimo 2011')).toEqual([false]);
    expect(out('vinteren 2011/2012')).toEqual([true]);
  });

  it('is true for an open-ended span only when it starts after the period', () => {
    const period = [2009, 2011] as const;
    const out = (text: string) => parseMilestones(text).map((x) => milestoneOutOfPeriod(x, period));
    expect(out('siden 1. april 2007')).toEqual([false]);
    expect(out('fra ultimo 2010')).toEqual([false]);
    expect(out('Primo 2012 og frem')).toEqual([true]);
  });
});
