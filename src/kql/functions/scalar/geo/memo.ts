/**
 * Remembers the last input of a parse so a constant shape argument (`dynamic({...})`, a `let`) or a column
 * repeating one shape is parsed once, not per row. One slot: no growth, no per-row allocation.
 */
export function lastValueMemo<T>(parse: (value: unknown) => T): (value: unknown) => T {
  let lastInput: unknown = Symbol('none');
  let lastOutput: T;
  return (value) => {
    if (value !== lastInput) {
      lastOutput = parse(value);
      lastInput = value;
    }
    return lastOutput;
  };
}
