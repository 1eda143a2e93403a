import { deliveryCell, planPeriod } from '../overview';
import { milestoneOutOfPeriod } from '../parse/milestone-checks';
import { suspiciousYears } from '../parse/suspicious-year';
import type { Milestone, Period } from '../parse/time';
import { defineRule } from './rule';


/** The first milestone outside the period, if any. A loop, not `find`: it runs for every delivery cell (SPEC §7). */
function firstOutside(milestones: readonly Milestone[], period: Period): Milestone | undefined {
  for (let k = 0; k < milestones.length; k++) if (milestoneOutOfPeriod(milestones[k], period)) return milestones[k];
  return undefined;
}

/**
 * One finding per delivery cell, naming its first milestone outside the period. A year that
 * cannot be meant (`primo 2091`) is timeline.suspicious-year's: a typo, not a plan.
 */
export const timelineOutOfPeriod = defineRule({
  id: 'timeline.out-of-period',
  severity: 'warning',
  params: { milestone: 'text', from: 'number', to: 'number' },
  check(ctx, finding) {
    const period = planPeriod(ctx.overview, ctx.profile);
    if (!period) return {};
    return {
      row(i, out) {
        for (const d of i.deliveries) {
          const outside = firstOutside(d.milestones, period);
          if (!outside || suspiciousYears(d.text, period).length > 0) continue;
          out.push(finding(deliveryCell(i, d), i.id, { milestone: outside.text, from: period[0], to: period[1] }));
        }
      },
    };
  },
});
