import { timelineWrongYear } from '../../../src/core/rules/timeline-wrong-year';
import { brief, context, run } from './overview-builder';

describe('timeline.wrong-year', () => {
  it('flags a delivery cell whose dated milestones all lie outside its column year', () => {
    const f = run(
      timelineWrongYear,
      context([
        {
          deliveries: {
            2016: 'Programmet etableres ultimo 2016.',
            2017: 'Modning igangsættes ultimo 2016 og løber frem til medio 2017.',
            2018: 'Pilotprojekt i medio 2017',
            2019: 'Udrulning frem mod 2019',
            2020: 'Aug. 17 jan. 18 afslutning',
          },
        },
        { deliveries: { 2018: { text: '25-05-2017', date: '2017-05-25' }, 2019: { text: '25-05-2019', date: '2019-05-25' } } },
        { deliveries: { 2017: 'Undersøgelsen foregår ultimo 2016-ultimo 2017.', 2018: 'juni 2016-december 2020' } },
      ]),
    );
    expect(brief(f)).toEqual([
      { cell: 'E5', initiative: '1.5', params: { value: ['medio 2017'], year: 2018 } },
      { cell: 'G5', initiative: '1.5', params: { value: ['Aug. 17', 'jan. 18'], year: 2020 } },
      { cell: 'E6', initiative: '1.6', params: { value: ['25-05-2017'], year: 2018 } },
    ]);
  });

  it('leaves a cell with a milestone outside the plan period to timeline.out-of-period', () => {
    const deliveries = { 2016: 'Ultimo 2015 og ultimo 2021', 2018: 'ultimo 2019' };
    // The profile's period, and without one the span of the year columns.
    expect(brief(run(timelineWrongYear, context([{ deliveries }])))).toEqual([
      { cell: 'E5', initiative: '1.5', params: { value: ['ultimo 2019'], year: 2018 } },
    ]);
    expect(brief(run(timelineWrongYear, context([{ deliveries }], { period: null })))).toEqual([
      { cell: 'E5', initiative: '1.5', params: { value: ['ultimo 2019'], year: 2018 } },
    ]);
    expect(brief(run(timelineWrongYear, context([{ deliveries }], { period: [2010, 2025] })))).toEqual([
      { cell: 'C5', initiative: '1.5', params: { value: ['Ultimo 2015', 'ultimo 2021'], year: 2016 } },
      { cell: 'E5', initiative: '1.5', params: { value: ['ultimo 2019'], year: 2018 } },
    ]);
  });

  it('counts an open-ended span in every year column from its start to the end of the period', () => {
    const deliveries = {
      2017: 'Projektet starter i december 2016 og løber i hele perioden',
      2019: 'Fra ultimo 2018 og frem',
      2020: 'Fra primo 2021 og frem',
    };
    expect(brief(run(timelineWrongYear, context([{ deliveries }])))).toEqual([]);
    expect(brief(run(timelineWrongYear, context([{ deliveries: { 2016: 'Fra ultimo 2018 og frem' } }])))).toEqual([
      { cell: 'C5', initiative: '1.5', params: { value: ['Fra ultimo 2018 og frem'], year: 2016 } },
    ]);
  });
});
