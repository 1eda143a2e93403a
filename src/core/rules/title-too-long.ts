import { cellOf } from '../overview';
import { defineRule } from './rule';

/** Excel's own limit for a chart label and a comfortable line in the report. */
export const MAX_TITLE_LENGTH = 255;

export const titleTooLong = defineRule({
  id: 'title.too-long',
  severity: 'warning',
  params: { length: 'number', max: 'number' },
  check({ overview }, finding) {
    return {
      row(i, out) {
        const title = i.title;
        if (title === null || title.length <= MAX_TITLE_LENGTH) return;
        out.push(finding(cellOf(overview, i, 'title'), i.id, { length: title.length, max: MAX_TITLE_LENGTH }));
      },
    };
  },
});
