import { isoYear, type Milestone } from '../parse/time';
import { defineRule, type RuleContext } from './rule';

/** The plan period: the profile's, else the span of the year columns; null when neither. */
export function planPeriod({ overview, profile }: RuleContext): [number, number] | null {
  return profile.period ?? overview.period;
}

/** Whether any part of a milestone falls before or after the period. */
export function outOfPeriod(m: Milestone, [from, to]: [number, number]): boolean {
  return isoYear(m.start) < from || isoYear(m.due) > to;
}

/** One finding per delivery cell, naming its first milestone outside the period. */
export const timelineOutOfPeriod = defineRule({
  id: 'timeline.out-of-period',
  severity: 'warning',
  params: { milestone: 'text', from: 'number', to: 'number' },
  check(ctx, finding) {
    const period = planPeriod(ctx);
    if (!period) return {};
    return {
      row(i, out) {
        for (const d of i.deliveries) {
          const outside = d.milestones.find((m) => outOfPeriod(m, period));
          if (outside) out.push(finding(d.cell, i.id.value, { milestone: outside.text, from: period[0], to: period[1] }));
        }
      },
    };
  },
});
