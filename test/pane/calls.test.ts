/**
 * Calls into a worker, on a message channel made here (jest has no Worker): what crosses is
 * copied (through JSON: node's structuredClone would make objects of another realm than the
 * test's), each message delivered in a task of its own.
 */
import { serveCalls, workerCalls, type Message } from '../../src/pane/calls';
import { PART_SIZE } from '../../src/pane/parts';
import { WorkbookError } from '../../src/workbook/port';

/** One end of the channel: what it posts arrives, copied, at the other end. */
class End extends EventTarget {
  other!: End;
  readonly sent: Message[] = [];

  postMessage(data: Message): void {
    this.sent.push(data);
    const copy = JSON.parse(JSON.stringify(data)) as Message;
    setTimeout(() => this.other.dispatchEvent(new MessageEvent('message', { data: copy })));
  }

  terminate(): void {}
}

const page = new End();
const worker = new End();
page.other = worker;
worker.other = page;

const operations = {
  echo: (grid: { cells: number[][] }) => grid,
  async write(specs: { rows: number[] }[], onProgress?: (p: { done: number }) => void) {
    for (let done = 1; done <= specs.length; done++) onProgress?.({ done });
    return specs.length;
  },
  refuse: (): number => {
    throw new WorkbookError('damaged', 'oversigt.xlsx (xl/workbook.xml)');
  },
  fail: (): number => {
    throw new Error('boom');
  },
};

let calls: ReturnType<typeof workerCalls<typeof operations>>;

beforeAll(() => {
  const g = globalThis as unknown as { self: End; Worker: unknown };
  g.self = worker;
  serveCalls(operations);
  // `new Worker(url)` gives the page's end of the channel.
  g.Worker = function FakeWorker() {
    return page;
  };
  calls = workerCalls(new URL('file:///worker.js'), operations);
});

afterAll(() => {
  const g = globalThis as unknown as { self?: unknown; Worker?: unknown };
  delete g.self;
  delete g.Worker;
});

describe('calls to a worker', () => {
  it('sends long arrays in parts both ways and puts them back in order', async () => {
    const grid = { cells: Array.from({ length: 2 * PART_SIZE + 5 }, (_, k) => [k, k * 2]) };
    page.sent.length = 0;
    worker.sent.length = 0;
    await expect(calls.echo(grid)).resolves.toEqual(grid);
    expect(page.sent.map((m) => m.kind)).toEqual(['part', 'part', 'part', 'call']);
    expect(worker.sent.map((m) => m.kind)).toEqual(['part', 'part', 'part', 'answer']);
  });

  it('hands a progress callback’s reports back to the page, and the callback itself never crosses', async () => {
    const reports: number[] = [];
    await expect(calls.write([{ rows: [1] }, { rows: [2] }], (p) => reports.push(p.done))).resolves.toBe(2);
    expect(reports).toEqual([1, 2]);
  });

  it('keeps a WorkbookError’s code and detail, so the page says it in its own words; other errors by their message', async () => {
    await expect(calls.refuse()).rejects.toEqual(new WorkbookError('damaged', 'oversigt.xlsx (xl/workbook.xml)'));
    await expect(calls.refuse()).rejects.toBeInstanceOf(WorkbookError);
    await expect(calls.fail()).rejects.toThrow('boom');
  });
});

describe('calls where no worker runs', () => {
  it('run in this thread, the progress callback included', async () => {
    const g = globalThis as unknown as { Worker?: unknown };
    const saved = g.Worker;
    delete g.Worker;
    try {
      const here = workerCalls(new URL('file:///worker.js'), operations);
      const reports: number[] = [];
      await expect(here.write([{ rows: [1] }], (p) => reports.push(p.done))).resolves.toBe(1);
      expect(reports).toEqual([1]);
      await expect(here.refuse()).rejects.toBeInstanceOf(WorkbookError);
    } finally {
      g.Worker = saved;
    }
  });
});
