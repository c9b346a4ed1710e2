/**
 * XXH64 (seed 0), the hash Kusto's hash() documents. BigInt keeps the 64-bit arithmetic exact;
 * hunting queries hash short strings, so speed is not a concern here.
 */
const MASK = (1n << 64n) - 1n;
const P1 = 0x9e3779b185ebca87n;
const P2 = 0xc2b2ae3d27d4eb4fn;
const P3 = 0x165667b19e3779f9n;
const P4 = 0x85ebca77c2b2ae63n;
const P5 = 0x27d4eb2f165667c5n;

const mul = (a: bigint, b: bigint) => (a * b) & MASK;
const add = (a: bigint, b: bigint) => (a + b) & MASK;
const rotl = (x: bigint, r: bigint) => ((x << r) | (x >> (64n - r))) & MASK;
const round = (acc: bigint, lane: bigint) => mul(rotl(add(acc, mul(lane, P2)), 31n), P1);
const merge = (acc: bigint, value: bigint) => add(mul(acc ^ round(0n, value), P1), P4);

export function xxhash64(bytes: Uint8Array): bigint {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = bytes.length;
  let offset = 0;
  let hash: bigint;
  if (length >= 32) {
    const lanes = [add(P1, P2), P2, 0n, (0n - P1) & MASK];
    for (; offset + 32 <= length; offset += 32) {
      for (let lane = 0; lane < 4; lane++) lanes[lane] = round(lanes[lane], view.getBigUint64(offset + lane * 8, true));
    }
    hash = add(add(rotl(lanes[0], 1n), rotl(lanes[1], 7n)), add(rotl(lanes[2], 12n), rotl(lanes[3], 18n)));
    for (const lane of lanes) hash = merge(hash, lane);
  } else {
    hash = P5;
  }
  hash = add(hash, BigInt(length));
  for (; offset + 8 <= length; offset += 8) {
    hash = add(mul(rotl(hash ^ round(0n, view.getBigUint64(offset, true)), 27n), P1), P4);
  }
  if (offset + 4 <= length) {
    hash = add(mul(rotl(hash ^ mul(BigInt(view.getUint32(offset, true)), P1), 23n), P2), P3);
    offset += 4;
  }
  for (; offset < length; offset++) hash = mul(rotl(hash ^ mul(BigInt(bytes[offset]), P5), 11n), P1);
  hash ^= hash >> 33n;
  hash = mul(hash, P2);
  hash ^= hash >> 29n;
  hash = mul(hash, P3);
  return hash ^ (hash >> 32n);
}
