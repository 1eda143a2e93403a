/**
 * The long-task measurement the browser tests share (the Excel pane and the web page): a
 * script that runs in the page before its own, logging every main-thread task over 50 ms and
 * the progress line as it was at each animation frame.
 */

/** The budget for one main-thread task (SPEC §6). */
export const TASK_BUDGET_MS = 250;

export interface TaskLog {
  tasks: { start: number; duration: number }[];
  /** Progress lines as they were on screen at each animation frame. */
  painted: string[];
}

/** Runs in the page (`addInitScript`), so it may use nothing from this module's scope. */
export function recordLongTasks(): void {
  const log: TaskLog = { tasks: [], painted: [] };
  (window as unknown as { __tasks: TaskLog }).__tasks = log;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) log.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const frame = () => {
    const text = document.querySelector('[data-testid="progress"]')?.textContent ?? '';
    if (text !== '' && log.painted[log.painted.length - 1] !== text) log.painted.push(text);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
