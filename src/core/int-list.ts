/**
 * A list of 32-bit integers that grows like an array but keeps its values in a typed
 * array, without a pointer each: rules keep one entry per row (SPEC §7 budget).
 */
export class IntList {
  private data = new Int32Array(1024);
  length = 0;

  push(n: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = n;
  }

  get(k: number): number {
    return this.data[k];
  }

  /** The values that occur more than once. */
  repeated(): Set<number> {
    const sorted = this.data.slice(0, this.length).sort();
    const out = new Set<number>();
    for (let k = 1; k < sorted.length; k++) if (sorted[k] === sorted[k - 1]) out.add(sorted[k]);
    return out;
  }
}
