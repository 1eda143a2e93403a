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
        // Indexed loops, no callbacks: this runs for every delivery cell (SPEC §7 budget).
        const deliveries = i.deliveries;
        for (let k = 0; k < deliveries.length; k++) {
          const d = deliveries[k];
          const milestones = d.milestones;
          if (milestones.length === 0) continue;
          const year = d.year;
          let inYear = false;
          let outside = false;
          for (let n = 0; n < milestones.length; n++) {
            if (milestoneInYear(milestones[n], year)) inYear = true;
            if (period && outOfPeriod(milestones[n], period)) outside = true;
          }
          if (inYear || outside) continue;
          const value = milestones.map((m) => m.text).join(', ');
          out.push(finding(timelineWrongYear, d.cell, i.id.value, { value, year }));
        }
      },
    };
  },
};
