/**
 * Writes go to Excel as queued steps packed into requests of about 3 MB: one sync per
 * request, so a click pays at most one round trip per ~1 MB it writes (SPEC §6), and no
 * request comes near the 5 MB Excel on the web accepts. Marks, new sheets and their cells,
 * and the sheet to show all share the same requests.
 */

/**
 * Target size of one write request, by the steps' estimates, which are sized on Office.js's
 * request format (the fake counts it) and have come out within 15 % of it: room for an
 * estimate two thirds too low before a request nears the 5 MB limit.
 */
export const CHUNK_BYTES = 3_000_000;

/**
 * Target size of a request of marks alone: the marks of a 20 000-row overview (~3.5 MB) go
 * in one. Their estimates run above the fake's count (20 000 marks with notes: 4.1 MB sent
 * for 4.5 MB estimated), so this stays under the 5 MB limit.
 */
export const MARKS_CHUNK_BYTES = 4_500_000;

/** One piece of writing: what it adds to a request (estimated), how to queue it, what to do once it is sent. */
export interface WriteStep {
  bytes: number;
  queue(): void;
  sent?(): void;
}

/**
 * Queues the steps in order and syncs whenever the next one would take the request past
 * `budget` (a step larger than that goes alone). Calculation is suspended in each request,
 * so Excel recalculates once per request, not once per write.
 */
export async function sendInRequests(context: Excel.RequestContext, steps: WriteStep[], budget = CHUNK_BYTES): Promise<void> {
  let bytes = 0;
  let waiting: WriteStep[] = [];
  for (const [k, step] of steps.entries()) {
    if (waiting.length === 0) context.application.suspendApiCalculationUntilNextSync();
    step.queue();
    waiting.push(step);
    bytes += step.bytes;
    const next = steps[k + 1];
    if (next === undefined || bytes + next.bytes > budget) {
      // One sync per full request is the point: it keeps every request under Excel on the web's 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      for (const done of waiting) done.sent?.();
      waiting = [];
      bytes = 0;
    }
  }
}
