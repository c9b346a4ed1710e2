/** Aggregates that answer 0 over no rows (summarize-operator.md, "Default values of aggregations"). */
const ZERO = new Set([
  'count',
  'countif',
  'dcount',
  'dcountif',
  'count_distinct',
  'sum',
  'sumif',
  'variance',
  'varianceif',
  'stdev',
  'stdevif',
]);

/** Aggregates that answer an empty array over no rows (same table). */
const EMPTY_ARRAY = new Set(['make_bag', 'make_bag_if', 'make_list', 'make_list_if', 'make_set', 'make_set_if']);

/** The average of no values divides by 0 (the page's example shows avg_x as NaN). */
const NOT_A_NUMBER = new Set(['avg', 'avgif']);

/**
 * What an aggregate answers in the single row `summarize` (without `by`) returns for an empty input:
 * 0, an empty array, NaN for averages, and null for all others (summarize-operator.md).
 */
export function emptyInputDefault(functionName: string): unknown {
  if (ZERO.has(functionName)) return 0;
  if (EMPTY_ARRAY.has(functionName)) return [];
  return NOT_A_NUMBER.has(functionName) ? Number.NaN : null;
}
