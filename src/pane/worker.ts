/**
 * The pane's Web Worker (its own webpack entry, worker.js): puts a call together from its
 * parts, runs the analysis it names and posts back the result in parts, or the message of
 * what went wrong.
 */
import { PartBuffer, perform, type Call, type Message } from './analyst';
import { detach } from './parts';

const received = new PartBuffer();

function post(message: Message): void {
  self.postMessage(message);
}

self.addEventListener('message', (event: MessageEvent<Message>) => {
  const message = event.data;
  if (message.kind === 'part') return received.add(message.id, message.part);
  if (message.kind !== 'call') return;
  const { id, op, args } = message;
  let value: unknown;
  try {
    value = perform(received.complete(id, { op, args } as Call));
  } catch (e) {
    return post({ kind: 'answer', id, ok: false, message: e instanceof Error ? e.message : String(e) });
  }
  // Each part is a message of its own, so the page takes them in one task each.
  const { shell, parts } = detach(value);
  for (const part of parts) post({ kind: 'part', id, part });
  post({ kind: 'answer', id, ok: true, value: shell });
});
