import { finding, type Rule } from './rule';

/** Excel's own limit for a chart label and a comfortable line in the report. */
export const MAX_TITLE_LENGTH = 255;

export const titleTooLong: Rule = {
  id: 'title.too-long',
  severity: 'warning',
  check() {
    return {
      row(i, out) {
        const title = i.title.value;
        if (title === null || title.length <= MAX_TITLE_LENGTH) return;
        out.push(finding(titleTooLong, i.title.cell, i.id.value, { length: title.length, max: MAX_TITLE_LENGTH }));
      },
    };
  },
};
