/**
 * The pane's analyst: the core's work (reading the overview from its grid, validating,
 * rolling up, laying out the summary sheets) in a Web Worker, so that a large overview
 * never blocks the page; the grid goes in and plain results come back, long arrays in parts
 * (parts.ts). Where no worker can run, or the worker script fails to load, the same
 * functions run in this thread.
 */
import { IN_THREAD, checkIn, detectIn, summariseIn, type Analyst } from '../addin/analysis';
import { attach, detach, type Part } from './parts';

/** The functions the worker runs, by the name a message gives. */
const OPERATIONS = { detect: detectIn, check: checkIn, summarise: summariseIn };

type Operation = keyof typeof OPERATIONS;

/** A call: which function, on which arguments. */
export type Call = { [K in Operation]: { op: K; args: Parameters<(typeof OPERATIONS)[K]> } }[Operation];

/**
 * The messages both ways, tied to a call by `id`: a call's long arrays come as parts before
 * the call itself, an answer's before the answer (the value, or the message of what it threw).
 */
export type Message =
  | { kind: 'part'; id: number; part: Part }
  | ({ kind: 'call'; id: number } & Call)
  | { kind: 'answer'; id: number; ok: true; value: unknown }
  | { kind: 'answer'; id: number; ok: false; message: string };

/** Runs a call's function on its arguments (in the worker, or here when there is none). */
export function perform(call: Call): unknown {
  // The union of calls does not tie `op` to its arguments for the checker; `Call` does.
  const run = OPERATIONS[call.op] as (...args: Call['args']) => unknown;
  return run(...call.args);
}

/** Parts received for calls (in the worker) or answers (on the page) not yet complete. */
export class PartBuffer {
  private readonly parts = new Map<number, Part[]>();

  add(id: number, part: Part): void {
    const parts = this.parts.get(id);
    if (parts) parts.push(part);
    else this.parts.set(id, [part]);
  }

  /** The value with its parts put back; forgets them. */
  complete<T>(id: number, shell: T): T {
    for (const part of this.parts.get(id) ?? []) attach(shell, part);
    this.parts.delete(id);
    return shell;
  }
}

/** Lets the page paint and handle input between two messages. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

interface Pending {
  call: Call;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** An analyst on the worker script at `url` (built from src/pane/worker.ts). */
export function workerAnalyst(url: URL): Analyst {
  if (typeof Worker === 'undefined') return IN_THREAD;
  const pending = new Map<number, Pending>();
  const received = new PartBuffer();
  let next = 1;
  let worker: Worker | null = new Worker(url);

  worker.addEventListener('message', (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message.kind === 'part') return received.add(message.id, message.part);
    if (message.kind !== 'answer') return;
    const p = pending.get(message.id);
    pending.delete(message.id);
    if (!message.ok) p?.reject(new Error(message.message));
    else p?.resolve(received.complete(message.id, message.value));
  });
  // The script did not load or start: what was waiting, and everything after, runs here.
  worker.addEventListener('error', () => {
    worker?.terminate();
    worker = null;
    for (const p of pending.values()) {
      try {
        p.resolve(perform(p.call));
      } catch (e) {
        p.reject(e instanceof Error ? e : new Error(String(e)));
      }
    }
    pending.clear();
  });

  async function post<T>(call: Call): Promise<T> {
    const id = next++;
    const answer = new Promise<T>((resolve, reject) => pending.set(id, { call, resolve: resolve as (value: unknown) => void, reject }));
    const { shell, parts } = detach(call);
    for (const part of parts) {
      if (worker === null) break;
      worker.postMessage({ kind: 'part', id, part } satisfies Message);
      await nextTask();
    }
    if (worker === null) {
      pending.delete(id);
      return perform(call) as T;
    }
    worker.postMessage({ kind: 'call', id, ...shell } satisfies Message);
    return answer;
  }

  return {
    detect: (...args) => post({ op: 'detect', args }),
    check: (...args) => post({ op: 'check', args }),
    summarise: (...args) => post({ op: 'summarise', args }),
  };
}
