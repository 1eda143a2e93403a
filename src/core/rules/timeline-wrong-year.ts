import { milestoneInYear } from '../parse/time';
import { defineRule } from './rule';
import { outOfPeriod, planPeriod } from './timeline-out-of-period';

/**
 * A delivery cell whose dated milestones all lie outside its column's year. A cell with
 * a milestone outside the plan period gets timeline.out-of-period instead, not both.
 */
export const timelineWrongYear = defineRule({
  id: 'timeline.wrong-year',
  severity: 'warning',
  params: { value: 'list', year: 'number' },
  check(ctx, finding) {
    const period = planPeriod(ctx);
    return {
      row(i, out) {
        for (const d of i.deliveries) {
          const milestones = d.milestones;
          if (milestones.length === 0) continue;
          if (milestones.some((m) => milestoneInYear(m, d.year) || (period !== null && outOfPeriod(m, period)))) continue;
          out.push(finding(d.cell, i.id.value, { value: milestones.map((m) => m.text), year: d.year }));
        }
      },
    };
  },
});
