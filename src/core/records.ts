/**
 * Integers in a typed array of fixed-size records, allocated at the size the caller
 * expects and doubled only past it. The reader keeps its table of initiatives this way,
 * and rules keep one number per row: no pointer per entry for the garbage collector, and
 * on a virtual machine every fresh page of memory costs a fault when first written, while
 * each doubling writes everything again (SPEC §7 budget).
 */
export class Records {
  private data: Int32Array;
  count = 0;

  constructor(
    readonly size: number,
    capacity = 1024,
  ) {
    this.data = new Int32Array(size * Math.max(16, capacity));
  }

  /** Starts a record and returns its offset. */
  next(): number {
    const at = this.count * this.size;
    if (at + this.size > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.count++;
    return at;
  }

  set(at: number, field: number, value: number): void {
    this.data[at + field] = value;
  }

  get(record: number, field: number): number {
    return this.data[record * this.size + field];
  }

  /** Adds a record of one field. */
  push(value: number): void {
    this.set(this.next(), 0, value);
  }

  /** A copy of every field of every record, in order. */
  values(): Int32Array {
    return this.data.slice(0, this.count * this.size);
  }
}
