import { isoYear, type Milestone } from '../parse/time';
import { finding, type Rule, type RuleContext } from './rule';

/** The plan period: the profile's, else the span of the year columns; null when neither. */
export function planPeriod({ overview, profile }: RuleContext): [number, number] | null {
  return profile.period ?? overview.period;
}

/** Whether any part of a milestone falls before or after the period. */
export function outOfPeriod(m: Milestone, [from, to]: [number, number]): boolean {
  return isoYear(m.start) < from || isoYear(m.due) > to;
}

/** One finding per delivery cell, naming its first milestone outside the period. */
export const timelineOutOfPeriod: Rule = {
  id: 'timeline.out-of-period',
  severity: 'warning',
  check(ctx) {
    const period = planPeriod(ctx);
    if (!period) return {};
    return {
      row(i, out) {
        // Indexed loops, no callbacks: this runs for every delivery cell (SPEC §7 budget).
        const deliveries = i.deliveries;
        for (let k = 0; k < deliveries.length; k++) {
          const milestones = deliveries[k].milestones;
          for (let n = 0; n < milestones.length; n++) {
            if (!outOfPeriod(milestones[n], period)) continue;
            const params = { milestone: milestones[n].text, from: period[0], to: period[1] };
            out.push(finding(timelineOutOfPeriod, deliveries[k].cell, i.id.value, params));
            break;
          }
        }
      },
    };
  },
};
