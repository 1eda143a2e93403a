/**
 * The web page's Web Worker (its own webpack entry, fileworker.js): the opened file and the
 * analysis both run here, so the page only renders. Grids cross to the page in parts (for
 * the cell view and the pane's calls) and back for the analysis; each part is one short task.
 */
import { ANALYSIS } from '../pane/analyst';
import { serveCalls } from '../pane/calls';
import { fileOperations } from './fileops';

serveCalls({ ...ANALYSIS, ...fileOperations() });
