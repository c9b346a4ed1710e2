import { lookupAggregateFunction, lookupScalarFunction } from '../../../../src/kql/functions/index.ts';
import type { KqlType } from '../../../../src/kql/types.ts';

/** A typed argument for a registry call; `constant` marks it as a literal at the call site. */
export interface Arg {
  readonly type: KqlType;
  readonly value: unknown;
  readonly constant?: boolean;
}

export const str = (value: string): Arg => ({ type: 'string', value, constant: true });
export const long = (value: number | null): Arg => ({ type: 'long', value, constant: true });
export const int = (value: number | null): Arg => ({ type: 'int', value, constant: true });
export const real = (value: number | null): Arg => ({ type: 'real', value, constant: true });
export const bool = (value: boolean | null): Arg => ({ type: 'bool', value, constant: true });
export const dyn = (value: unknown): Arg => ({ type: 'dynamic', value, constant: true });
export const dt = (iso: string | null): Arg => ({ type: 'datetime', value: iso === null ? null : Date.parse(iso) });
export const ts = (ms: number | null): Arg => ({ type: 'timespan', value: ms });
/** The same argument, but not a literal (a column value): exercises the per-row path. */
export const column = (arg: Arg): Arg => ({ ...arg, constant: false });

export const NOW = Date.parse('2024-03-10T12:00:00Z');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Looks the function up, binds it to the argument types, compiles it and calls it once. */
export function callScalar(name: string, ...args: Arg[]): unknown {
  const fn = lookupScalarFunction(name);
  if (!fn) throw new Error(`scalar function ${name} is not registered`);
  const infos = args.map((arg) =>
    arg.constant ? { type: arg.type, constant: { value: arg.value } } : { type: arg.type },
  );
  const type = fn.resultType(infos);
  if (typeof type !== 'string') throw new Error(type.error);
  if (args.length < fn.minArgs || args.length > fn.maxArgs) throw new Error(`${name}: bad arity ${args.length}`);
  return fn.compile(infos, { now: NOW })(...args.map((arg) => arg.value));
}

export function resultTypeOf(
  name: string,
  ...args: Arg[]
): ReturnType<NonNullable<ReturnType<typeof lookupScalarFunction>>['resultType']> {
  const fn = lookupScalarFunction(name);
  if (!fn) throw new Error(`scalar function ${name} is not registered`);
  return fn.resultType(args.map((arg) => ({ type: arg.type })));
}

/**
 * Runs an aggregate over rows of argument values. `types` gives each argument's type;
 * `constants` fills trailing constant arguments (sizes, percents) that are the same on every row.
 */
export function aggregate(name: string, types: KqlType[], rows: unknown[][], constants: unknown[] = []): unknown {
  const fn = lookupAggregateFunction(name);
  if (!fn) throw new Error(`aggregate function ${name} is not registered`);
  const infos = [
    ...types.map((type) => ({ type })),
    ...constants.map((value) => ({
      type: (typeof value === 'number' ? 'long' : 'string') as KqlType,
      constant: { value },
    })),
  ];
  const type = fn.resultType(infos);
  if (typeof type !== 'string') throw new Error(type.error);
  const accumulator = fn.createAccumulator(infos)();
  const reused: unknown[] = [];
  for (const row of rows) {
    reused.length = 0;
    reused.push(...row, ...constants);
    accumulator.add(reused);
  }
  return accumulator.result();
}
