/**
 * The pane's analyst: the core's work (reading the overview from its grid, validating,
 * rolling up, laying out the summary sheets) in a Web Worker, so that a large overview
 * never blocks the page; the grid goes in and plain results come back, long arrays in parts
 * (calls.ts). Where no worker can run, or the worker script fails to load, the same
 * functions run in this thread.
 */
import { checkIn, detectIn, summariseIn, type Analyst } from '../addin/analysis';
import { workerCalls } from './calls';

/** The functions the worker runs, by the name a call gives (src/pane/worker.ts serves them). */
export const ANALYSIS = { detect: detectIn, check: checkIn, summarise: summariseIn };

/** An analyst on the worker script at `url` (built from src/pane/worker.ts). */
export function workerAnalyst(url: URL): Analyst {
  return workerCalls(url, ANALYSIS);
}
