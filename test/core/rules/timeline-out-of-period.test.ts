import { timelineOutOfPeriod } from '../../../src/core/rules/timeline-out-of-period';
import { brief, context, run } from './overview-builder';

describe('timeline.out-of-period', () => {
  it("flags a delivery cell with a milestone outside the profile's period, once per cell", () => {
    const f = run(
      timelineOutOfPeriod,
      context([
        { deliveries: { 2016: 'Igangsat primo 2015, afsluttes ultimo 2021', 2017: 'ultimo 2017-ultimo 20018' } },
        { deliveries: { 2020: 'juni 2016-december 2021', 2019: { text: '01-01-2021', date: '2021-01-01' } } },
        { deliveries: { 2020: 'Programmet løber frem til ultimo 2020', 2018: 'i 2025' } },
      ]),
    );
    expect(brief(f)).toEqual([
      { cell: 'C5', initiative: '1.5', params: { milestone: 'primo 2015', from: 2016, to: 2020 } },
      { cell: 'F6', initiative: '1.6', params: { milestone: '01-01-2021', from: 2016, to: 2020 } },
      { cell: 'G6', initiative: '1.6', params: { milestone: 'juni 2016-december 2021', from: 2016, to: 2020 } },
    ]);
  });

  it("takes the year columns' span when the profile fixes no period", () => {
    const rows = [{ deliveries: { 2018: 'medio 2019', 2019: 'ultimo 2020' } }];
    expect(brief(run(timelineOutOfPeriod, context(rows, { period: null }, { years: [2017, 2018, 2019] })))).toEqual([
      { cell: 'E5', initiative: '1.5', params: { milestone: 'ultimo 2020', from: 2017, to: 2019 } },
    ]);
    expect(run(timelineOutOfPeriod, context(rows, { period: null }))).toEqual([]);
  });

  it('names the year a yearless part of a list takes', () => {
    const f = run(timelineOutOfPeriod, context([{ deliveries: { 2016: 'medio/ultimo 2015' } }]));
    expect(brief(f)).toEqual([{ cell: 'C5', initiative: '1.5', params: { milestone: 'medio 2015', from: 2016, to: 2020 } }]);
  });
});
