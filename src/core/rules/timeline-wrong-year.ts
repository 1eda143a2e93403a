import { milestoneInYear } from '../parse/time';
import { finding, type Rule } from './rule';
import { outOfPeriod, planPeriod } from './timeline-out-of-period';

/**
 * A delivery cell whose dated milestones all lie outside its column's year. A cell with
 * a milestone outside the plan period gets timeline.out-of-period instead, not both.
 */
export const timelineWrongYear: Rule = {
  id: 'timeline.wrong-year',
  severity: 'warning',
  check(ctx) {
    const period = planPeriod(ctx);
    return {
      row(i, out) {
        for (const d of i.deliveries) {
          const milestones = d.milestones;
          const year = d.year;
          if (milestones.length === 0 || milestones.some((m) => milestoneInYear(m, year))) continue;
          if (period && milestones.some((m) => outOfPeriod(m, period))) continue;
          const value = milestones.map((m) => m.text).join(', ');
          out.push(finding(timelineWrongYear, d.cell, i.id.value, { value, year }));
        }
      },
    };
  },
};
