/** The pane's Web Worker (its own webpack entry, worker.js): runs the analysis calls (analyst.ts). */
import { ANALYSIS } from './analyst';
import { serveCalls } from './calls';

serveCalls(ANALYSIS);
