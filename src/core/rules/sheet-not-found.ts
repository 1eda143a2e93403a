import { defineRule, findingMaker } from './rule';

/**
 * No sheet of the workbook looks like an overview. Never found in an overview (there is
 * none): the pipeline reports it when detection fails, through `sheetNotFoundFinding`.
 */
export const sheetNotFound = defineRule({
  id: 'sheet.not-found',
  severity: 'error',
  params: {},
  check() {
    return {};
  },
});

export const sheetNotFoundFinding = () => findingMaker(sheetNotFound)('A1', null, {});
