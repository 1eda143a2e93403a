import { memoize } from '../memo';
import { deliveryCell, planPeriod } from '../overview';
import { suspiciousYears } from '../parse/suspicious-year';
import { defineRule } from './rule';

/** A delivery text naming a year that cannot be meant (`ultimo 20018`, `primo 2091` in 2016–2020): one finding per cell, its first such year. */
export const timelineSuspiciousYear = defineRule({
  id: 'timeline.suspicious-year',
  severity: 'warning',
  params: { text: 'text', value: 'text' },
  check(ctx, finding) {
    const period = planPeriod(ctx.overview, ctx.profile);
    // A column repeats its texts (`ultimo 2017`): each is looked at once.
    const firstIn = memoize((text) => suspiciousYears(text, period)[0] ?? null);
    return {
      row(i, out) {
        for (const d of i.deliveries) {
          const first = firstIn(d.text);
          if (first) out.push(finding(deliveryCell(i, d), i.id, { text: first.text, value: first.value }));
        }
      },
    };
  },
});
