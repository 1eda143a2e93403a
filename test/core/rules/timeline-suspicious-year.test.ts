import { timelineOutOfPeriod } from '../../../src/core/rules/timeline-out-of-period';
import { timelineSuspiciousYear } from '../../../src/core/rules/timeline-suspicious-year';
import { brief, context, run, type RowSpec } from './overview-builder';

describe('timeline.suspicious-year', () => {
  const rows: RowSpec[] = [
    { deliveries: { 2017: 'Undersøgelsen foregår ultimo 2017-ultimo 20018.' } },
    { deliveries: { 2018: 'primo 2091', 2019: 'medio 2019' } },
    { deliveries: { 2016: 'Initiativet bygger på en aftale fra 1972 og slutter ultimo 2016' } },
  ];

  it('flags a five-digit year and a year more than ten years from the period, once per cell', () => {
    expect(brief(run(timelineSuspiciousYear, context(rows)))).toEqual([
      { cell: 'D5', initiative: '1.5', params: { text: 'ultimo 20018', value: '20018' } },
      { cell: 'E6', initiative: '1.6', params: { text: 'primo 2091', value: '2091' } },
    ]);
  });

  it('leaves such a cell to itself rather than also calling it out of the period', () => {
    expect(brief(run(timelineOutOfPeriod, context(rows)))).toEqual([]);
  });
});
