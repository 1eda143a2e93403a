/**
 * Calls to functions in a Web Worker: the page's side (`workerCalls`) and the worker's
 * (`serveCalls`). A call's long arrays go as parts before the call itself, an answer's
 * before the answer (parts.ts), so neither side copies a large grid in one task. A function
 * as a call's last argument is its progress callback: the worker passes one that posts each
 * report back. A WorkbookError keeps its code across, so the page still says it in its own
 * words. Where no worker can run, or its script fails to load, the same functions run in
 * this thread.
 */
import { WorkbookError, type WorkbookErrorCode } from '../workbook/port';
import { attach, detach, type Part } from './parts';

/** Functions by name, as both sides know them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any function at all; each call is typed through `Calls<O>`
export type Operations = Record<string, (...args: any[]) => unknown>;

/** The page's handle on the operations: each one as a promise of its result. */
export type Calls<O extends Operations> = { [K in keyof O]: (...args: Parameters<O[K]>) => Promise<Awaited<ReturnType<O[K]>>> };

/** The messages both ways, tied to a call by `id`. */
export type Message =
  | { kind: 'part'; id: number; part: Part }
  | { kind: 'call'; id: number; op: string; args: unknown[] }
  | { kind: 'progress'; id: number; value: unknown }
  | { kind: 'answer'; id: number; ok: true; value: unknown }
  | { kind: 'answer'; id: number; ok: false; message: string; code?: WorkbookErrorCode; detail?: string };

type Progress = (value: unknown) => void;

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

function errorOf(message: Extract<Message, { kind: 'answer'; ok: false }>): Error {
  return message.code ? new WorkbookError(message.code, message.detail) : new Error(message.message);
}

/** What a thrown value becomes in an answer. */
function failure(id: number, e: unknown): Message {
  if (e instanceof WorkbookError) return { kind: 'answer', id, ok: false, message: e.message, code: e.code, detail: e.detail };
  return { kind: 'answer', id, ok: false, message: e instanceof Error ? e.message : String(e) };
}

interface Pending {
  op: string;
  args: unknown[];
  progress: Progress | undefined;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** Calls `operations` in the worker script at `url` (one that runs `serveCalls` on the same operations). */
export function workerCalls<O extends Operations>(url: URL, operations: O): Calls<O> {
  const here = (op: string, args: unknown[]) => Promise.resolve().then(() => operations[op](...args));
  let worker: Worker | null = typeof Worker === 'undefined' ? null : new Worker(url);
  const pending = new Map<number, Pending>();
  const received = new PartBuffer();
  let next = 1;

  worker?.addEventListener('message', (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message.kind === 'part') return received.add(message.id, message.part);
    const p = pending.get(message.id);
    if (message.kind === 'progress') return p?.progress?.(message.value);
    if (message.kind !== 'answer') return;
    pending.delete(message.id);
    if (!message.ok) p?.reject(errorOf(message));
    else p?.resolve(received.complete(message.id, message.value));
  });
  // The script did not load or start: what was waiting, and everything after, runs here.
  worker?.addEventListener('error', () => {
    worker?.terminate();
    worker = null;
    for (const p of pending.values()) here(p.op, p.progress ? [...p.args, p.progress] : p.args).then(p.resolve, p.reject);
    pending.clear();
  });

  async function call(op: string, all: unknown[]): Promise<unknown> {
    if (worker === null) return here(op, all);
    const last = all[all.length - 1];
    const progress = typeof last === 'function' ? (last as Progress) : undefined;
    const args = progress ? all.slice(0, -1) : all;
    const id = next++;
    const answer = new Promise((resolve, reject) => pending.set(id, { op, args, progress, resolve, reject }));
    const { shell, parts } = detach({ op, args });
    for (const part of parts) {
      if (worker === null) break;
      worker.postMessage({ kind: 'part', id, part } satisfies Message);
      await nextTask();
    }
    // The worker failed while the parts went: the error handler has run the call here.
    if (worker !== null) worker.postMessage({ kind: 'call', id, op: shell.op, args: shell.args } satisfies Message);
    return answer;
  }

  return Object.fromEntries(Object.keys(operations).map((op) => [op, (...args: unknown[]) => call(op, args)])) as unknown as Calls<O>;
}

/** The worker's side: puts each call together from its parts, runs it and posts back the result in parts. */
export function serveCalls(operations: Operations): void {
  const received = new PartBuffer();
  const post = (message: Message) => self.postMessage(message);
  self.addEventListener('message', async (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message.kind === 'part') return received.add(message.id, message.part);
    if (message.kind !== 'call') return;
    const { id } = message;
    const { op, args } = received.complete(id, { op: message.op, args: message.args });
    let value: unknown;
    try {
      value = await operations[op](...args, (progress: unknown) => post({ kind: 'progress', id, value: progress }));
    } catch (e) {
      return post(failure(id, e));
    }
    // Each part is a message of its own, so the page takes them in one task each.
    const { shell, parts } = detach(value);
    for (const part of parts) post({ kind: 'part', id, part });
    post({ kind: 'answer', id, ok: true, value: shell });
  });
}
