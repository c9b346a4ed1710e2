/**
 * Kusto's default result names for aggregates whose name does not follow `<function>_<column>`
 * (from Kusto.Language's `Aggregates` symbols: `make_set(x)` → `set_x`, `take_any(x)` → `x`).
 * Applied on top of the registry's `defaultName`.
 */
const PREFIXES: Record<string, string> = {
  make_set: 'set',
  makeset: 'set',
  make_set_if: 'set',
  make_list: 'list',
  makelist: 'list',
  make_list_if: 'list',
  make_list_with_nulls: 'list',
  make_bag: 'bag',
  make_bag_if: 'bag',
  any: 'any',
  anyif: 'anyif',
  // count_distinct is not named dcount_x although it shares dcount's definition here.
  count_distinct: 'count_distinct',
  count_distinctif: 'count_distinctif',
};

/** Aggregates named after their first argument alone. */
const FIRST_ARGUMENT = new Set(['take_any', 'take_anyif']);

export function kustoAggregateName(
  functionName: string,
  argNames: readonly (string | undefined)[],
  registryDefault: (argNames: readonly (string | undefined)[]) => string,
): string {
  if (FIRST_ARGUMENT.has(functionName)) return argNames[0] ?? `any_arg0`;
  if (Object.hasOwn(PREFIXES, functionName)) return `${PREFIXES[functionName]}_${argNames[0] ?? ''}`;
  return registryDefault(argNames);
}
