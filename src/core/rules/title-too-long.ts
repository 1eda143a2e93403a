import { finding, type Rule } from './rule';

/** Excel's own limit for a chart label and a comfortable line in the report. */
export const MAX_TITLE_LENGTH = 255;

export const titleTooLong: Rule = {
  id: 'title.too-long',
  severity: 'warning',
  check({ overview }) {
    return overview.initiatives
      .filter((i) => (i.title.value?.length ?? 0) > MAX_TITLE_LENGTH)
      .map((i) =>
        finding(titleTooLong, i.title.cell, i.id.value, { length: (i.title.value as string).length, max: MAX_TITLE_LENGTH }),
      );
  },
};
