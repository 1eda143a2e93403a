/**
 * Excel as the pane meets it: every `context.sync` is a round trip to another process, so
 * the pane's work between syncs runs in separate tasks. The fake answers in this page's own
 * thread; its work is marked as a performance measure named `excel`, so the browser tests
 * can tell the pane's main-thread time from the stand-in's.
 */
import type { OfficeHost } from '../src/office/host';
import type { FakeExcel } from '../test/fake-excel';

export const EXCEL_MEASURE = 'excel';

export function hostWithLatency(fake: FakeExcel, ms: number): OfficeHost {
  const host = fake.host;
  return {
    isSetSupported: (name, version) => host.isSetSupported(name, version),
    run: (batch) =>
      host.run((context) => {
        const sync = context.sync.bind(context);
        context.sync = async <T>(value?: T): Promise<T> => {
          await new Promise((resolve) => setTimeout(resolve, ms));
          const start = performance.now();
          try {
            return await sync(value);
          } finally {
            performance.measure(EXCEL_MEASURE, { start });
          }
        };
        return batch(context);
      }),
  };
}
