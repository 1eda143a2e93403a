import { deliveryCell, planPeriod } from '../overview';
import { milestoneInYear, milestoneOutOfPeriod } from '../parse/milestone-checks';
import type { Milestone, Period } from '../parse/time';
import { defineRule } from './rule';

/** Whether a milestone of the cell lies in its column's year, or outside the plan period (out-of-period's). A loop, not `some`: it runs for every delivery cell (SPEC §7). */
function anyInYearOrOutside(milestones: readonly Milestone[], year: number, period: Period | null): boolean {
  for (let k = 0; k < milestones.length; k++) {
    const m = milestones[k];
    if (milestoneInYear(m, year, period) || (period !== null && milestoneOutOfPeriod(m, period))) return true;
  }
  return false;
}

/**
 * A delivery cell whose dated milestones all lie outside its column's year; an open-ended
 * span (`starter i december 2016 og løber i hele perioden`) lies in every year from its
 * start. A cell with a milestone outside the plan period gets timeline.out-of-period
 * instead, not both.
 */
export const timelineWrongYear = defineRule({
  id: 'timeline.wrong-year',
  severity: 'warning',
  params: { value: 'list', year: 'number' },
  check(ctx, finding) {
    const period = planPeriod(ctx.overview, ctx.profile);
    return {
      row(i, out) {
        for (const d of i.deliveries) {
          const milestones = d.milestones;
          if (milestones.length === 0) continue;
          if (anyInYearOrOutside(milestones, d.year, period)) continue;
          out.push(finding(deliveryCell(i, d), i.id, { value: milestones.map((m) => m.text), year: d.year }));
        }
      },
    };
  },
});
