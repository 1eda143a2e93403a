/** What the playground puts on `window` for the browser tests (never in the add-in build). */
import type { FakeExcel } from '../test/fake-excel';

declare global {
  interface Window {
    __leverance?: { fake: FakeExcel; source: string };
  }
}

export type PlaygroundGlobals = NonNullable<Window['__leverance']>;
