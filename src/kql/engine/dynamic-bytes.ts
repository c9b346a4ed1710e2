/**
 * Heap bytes of dynamic values, roughly as V8 holds them. Measured on Node 20: a bag of 200 keys whose values
 * are shared strings takes about 12 KB (62 bytes a key), a 3-element array about 80 bytes, so a flat charge per
 * value (what the memory budget used to count) lets `pack_all()` or find's `pack_` over wide rows build
 * gigabytes it counted as megabytes. Strings are charged even when shared, so the estimate errs high.
 */
const OBJECT_BYTES = 56;
const PROPERTY_BYTES = 64;
const ARRAY_BYTES = 32;
const ELEMENT_BYTES = 8;
const STRING_BYTES = 24;
const NUMBER_BYTES = 16;
/** A slot in the column's value array. */
const SLOT_BYTES = 8;
/** The old flat charge, kept as the floor so small bags count as before. */
const MIN_VALUE_BYTES = 64;

/** Nodes one estimate walks; containers beyond are charged by their size, not walked. */
const MAX_VISITS = 4096;
/** Values of a column measured to estimate it: evenly spaced, so the cost does not grow with the rows. */
const COLUMN_SAMPLES = 64;

/** The bytes of one value, walking at most MAX_VISITS nodes (no recursion: nesting depth is the user's). */
export function estimateDynamicBytes(value: unknown): number {
  let bytes = 0;
  let visits = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node === 'string') bytes += STRING_BYTES + 2 * node.length;
    else if (typeof node === 'number') bytes += NUMBER_BYTES;
    else if (Array.isArray(node)) {
      bytes += ARRAY_BYTES + ELEMENT_BYTES * node.length;
      for (let i = 0; i < node.length && visits < MAX_VISITS; i++, visits++) pending.push(node[i]);
    } else if (node !== null && typeof node === 'object') {
      const values = Object.values(node);
      bytes += OBJECT_BYTES + PROPERTY_BYTES * values.length;
      for (let i = 0; i < values.length && visits < MAX_VISITS; i++, visits++) pending.push(values[i]);
    }
  }
  return bytes;
}

// Every operator's memory check measures the columns it passes on: a column's values are measured once.
const columnSizes = new WeakMap<readonly unknown[], number>();

/** The bytes of a dynamic column's values, from COLUMN_SAMPLES of them spread over the column. */
export function estimateDynamicColumnBytes(values: readonly unknown[]): number {
  let bytes = columnSizes.get(values);
  if (bytes === undefined) {
    bytes = measureColumn(values);
    columnSizes.set(values, bytes);
  }
  return bytes;
}

function measureColumn(values: readonly unknown[]): number {
  const stride = Math.max(1, Math.floor(values.length / COLUMN_SAMPLES));
  let sampled = 0;
  let samples = 0;
  for (let i = 0; i < values.length; i += stride, samples++) sampled += estimateDynamicBytes(values[i]);
  const average = samples === 0 ? 0 : sampled / samples;
  return values.length * Math.max(MIN_VALUE_BYTES, SLOT_BYTES + average);
}
