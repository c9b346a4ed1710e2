import { MS_PER_SECOND, MS_PER_TICK } from './values.ts';

/**
 * Kusto counts time in 100 ns ticks; the engine holds a datetime as epoch milliseconds in a float64 (../types.ts),
 * which resolves today's instants only to 2^-12 ms (about 2.4 ticks): there are more ticks than doubles. These
 * helpers read and write ticks within one second, where the arithmetic stays exact, and share one convention for
 * the instant one tick before a whole second (endofday's 23:59:59.9999999), which no double near today holds apart
 * from the second itself: the largest double below the second stands for it.
 */
export const TICKS_PER_SECOND = MS_PER_SECOND / MS_PER_TICK;
/** Ticks between 0001-01-01 and the Unix epoch: .NET, and so Kusto, counts a datetime's ticks from 0001-01-01. */
export const EPOCH_TICKS = 621_355_968_000_000_000n;
const LAST_TICK = TICKS_PER_SECOND - 1;

const bits = new Float64Array(1);
const word = new BigInt64Array(bits.buffer);

/** The largest double below `ms` (finite, non-zero `ms`). */
function doubleBelow(ms: number): number {
  bits[0] = ms;
  word[0] += ms > 0 ? -1n : 1n;
  return bits[0];
}

/** One tick before `ms`, or the largest double below it where a tick is finer than a double. */
export function lastTickBefore(ms: number): number {
  return ms === 0 ? -MS_PER_TICK : Math.min(ms - MS_PER_TICK, doubleBelow(ms));
}

/** The start of the whole second holding `ms`. */
export function wholeSecond(ms: number): number {
  return Math.floor(ms / MS_PER_SECOND) * MS_PER_SECOND;
}

/** The ticks (0 to 9,999,999) between the whole second holding `ms` and `ms`, to the nearest tick. */
export function subSecondTicks(ms: number): number {
  const second = wholeSecond(ms);
  const next = second + MS_PER_SECOND;
  if (ms === lastTickBefore(next)) return LAST_TICK;
  return Math.min(LAST_TICK, Math.round((ms - second) / MS_PER_TICK));
}

/** `second` plus `ticks` (0 to 9,999,999), never rounding up into the next second. */
export function withTicks(second: number, ticks: number): number {
  const next = second + MS_PER_SECOND;
  const ms = second + ticks * MS_PER_TICK;
  return ms >= next || ticks === LAST_TICK ? lastTickBefore(next) : ms;
}

/** `right` to `left` in ticks, counted per second so today's 1.7e16-tick instants lose nothing. */
export function ticksBetween(left: number, right: number): number {
  const seconds = (wholeSecond(left) - wholeSecond(right)) / MS_PER_SECOND;
  return seconds * TICKS_PER_SECOND + subSecondTicks(left) - subSecondTicks(right);
}
