/** A growable list of (left row, right row) pairs; -1 stands for the missing side of an outer join. */
export class RowPairs {
  private leftRows: Int32Array = new Int32Array(1024);
  private rightRows: Int32Array = new Int32Array(1024);
  length = 0;

  push(left: number, right: number): void {
    if (this.length === this.leftRows.length) {
      this.leftRows = grow(this.leftRows);
      this.rightRows = grow(this.rightRows);
    }
    this.leftRows[this.length] = left;
    this.rightRows[this.length] = right;
    this.length++;
  }

  left(): Int32Array {
    return this.leftRows.subarray(0, this.length);
  }

  right(): Int32Array {
    return this.rightRows.subarray(0, this.length);
  }
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * Right-side positions bucketed by key id (compressed sparse rows): the positions with id `k`
 * are `positions[start[k] … start[k + 1])`, in right-table order.
 */
export function bucketByKey(ids: Int32Array, idCount: number): { start: Int32Array; positions: Int32Array } {
  const start = new Int32Array(idCount + 1);
  for (let q = 0; q < ids.length; q++) if (ids[q] >= 0) start[ids[q] + 1]++;
  for (let k = 0; k < idCount; k++) start[k + 1] += start[k];
  const fill = start.slice(0, idCount);
  const positions = new Int32Array(start[idCount]);
  for (let q = 0; q < ids.length; q++) if (ids[q] >= 0) positions[fill[ids[q]]++] = q;
  return { start, positions };
}
