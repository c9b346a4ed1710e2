import { invalidInput } from '../errors.ts';
import { defaultContext, type ExecutionContext } from '../limits.ts';
import type { ColumnTable } from '../table.ts';
import { positionComparator, type SortKey, sort } from './sort.ts';

/**
 * `top N by Expr [asc|desc] [nulls first|last]`: the first N rows of the sorted table (serialized).
 * A small N over many rows keeps a bounded heap instead of sorting everything.
 *
 * @example
 * top(table, 10, [{ expr: columnRef('Count', 'long'), descending: true }], ctx)
 */
export function top(
  table: ColumnTable,
  count: number,
  keys: readonly SortKey[],
  ctx: ExecutionContext = defaultContext(),
): ColumnTable {
  if (!Number.isFinite(count) || count < 0) throw invalidInput(`top: the row count must be 0 or more, got ${count}`);
  const n = Math.floor(count);
  const rows = table.rows();
  if (n * 4 >= rows.length) {
    const sorted = sort(table, keys, ctx);
    return sorted.withSelection(sorted.rows().subarray(0, n), true);
  }
  const compare = positionComparator(table, keys, ctx);
  const heap = new BoundedHeap(n, compare);
  for (let p = 0; p < rows.length; p++) heap.offer(p);
  const best = heap.positions().sort(compare);
  return table.withSelection(
    best.map((p) => rows[p]),
    true,
  );
}

/** Keeps the `capacity` smallest positions; the root is the largest kept, so it is evicted first. */
class BoundedHeap {
  private readonly items: Int32Array;
  private size = 0;
  constructor(
    private readonly capacity: number,
    private readonly compare: (a: number, b: number) => number,
  ) {
    this.items = new Int32Array(capacity);
  }

  offer(position: number): void {
    if (this.capacity === 0) return;
    if (this.size < this.capacity) {
      this.items[this.size++] = position;
      this.siftUp(this.size - 1);
    } else if (this.compare(position, this.items[0]) < 0) {
      this.items[0] = position;
      this.siftDown(0);
    }
  }

  positions(): Int32Array {
    return this.items.slice(0, this.size);
  }

  private siftUp(index: number): void {
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(this.items[i], this.items[parent]) <= 0) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(index: number): void {
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < this.size && this.compare(this.items[left], this.items[largest]) > 0) largest = left;
      if (right < this.size && this.compare(this.items[right], this.items[largest]) > 0) largest = right;
      if (largest === i) return;
      this.swap(i, largest);
      i = largest;
    }
  }

  private swap(a: number, b: number): void {
    const item = this.items[a];
    this.items[a] = this.items[b];
    this.items[b] = item;
  }
}
