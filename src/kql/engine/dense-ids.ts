/**
 * Assigns dense ids (0, 1, 2, … in order of first appearance) to float64 keys with an
 * open-addressing hash table over typed arrays. This is the hot path of grouping and joining:
 * no per-key objects and no boxing, unlike `Map<number, number>`.
 *
 * @example
 * const ids = new DenseIds(); ids.idOf(3.5); // 0
 */
export class DenseIds {
  private keys: Float64Array;
  private ids: Int32Array;
  private mask: number;
  private count = 0;
  private readonly bits = new Float64Array(1);
  private readonly words = new Int32Array(this.bits.buffer);

  constructor(expectedKeys = 1024) {
    let capacity = 16;
    while (capacity < expectedKeys * 2) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.ids = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  /** How many distinct keys were seen. */
  get size(): number {
    return this.count;
  }

  /** The id of `key`, assigning the next id when it is new. -0 and 0 are the same key. */
  idOf(key: number): number {
    const slot = this.find(key === 0 ? 0 : key);
    const existing = this.ids[slot];
    if (existing >= 0) return existing;
    const id = this.count++;
    this.keys[slot] = key === 0 ? 0 : key;
    this.ids[slot] = id;
    if (this.count * 2 > this.mask) this.grow();
    return id;
  }

  /** The id of `key`, or -1 when it was never assigned. */
  lookup(key: number): number {
    return this.ids[this.find(key === 0 ? 0 : key)];
  }

  private find(key: number): number {
    this.bits[0] = key;
    // murmur3's finalizer: integer-valued doubles keep their entropy in the HIGH bits of the
    // high word, so without mixing them down the low bits (the slot) would barely vary.
    let h = this.words[0] ^ Math.imul(this.words[1], 0x9e3779b1);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    let slot = h & this.mask;
    while (this.ids[slot] >= 0) {
      const candidate = this.keys[slot];
      // NaN never equals itself, yet all NaN keys must land in one group.
      if (candidate === key || (Number.isNaN(candidate) && Number.isNaN(key))) break;
      slot = (slot + 1) & this.mask;
    }
    return slot;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldIds = this.ids;
    const capacity = oldKeys.length * 2;
    this.keys = new Float64Array(capacity);
    this.ids = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldIds[i] < 0) continue;
      const slot = this.find(oldKeys[i]);
      this.keys[slot] = oldKeys[i];
      this.ids[slot] = oldIds[i];
    }
  }
}
