import { HEADER_SEARCH_ROWS } from '../read/header';
import { defineRule, findingMaker } from './rule';

/**
 * No sheet of the workbook looks like an overview. Never found in an overview (there is
 * none): the pipeline reports it when detection fails, through `sheetNotFoundFinding`.
 */
export const sheetNotFound = defineRule({
  id: 'sheet.not-found',
  severity: 'error',
  params: { rows: 'number' },
  check() {
    return {};
  },
});

/** `rows`: how far down the header was looked for, which the sentence names. */
export const sheetNotFoundFinding = () => findingMaker(sheetNotFound)('A1', null, { rows: HEADER_SEARCH_ROWS });
