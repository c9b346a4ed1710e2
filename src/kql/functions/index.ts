// Public surface of the KQL function registry, for the rest of src/kql only.
//
// Conventions for the compiler (kql-front):
// - call `resultType(args)` at bind time; an `{ error }` names the bad argument;
// - `compile(args, { now })` once per call site; pass literal arguments as `constant` so regexes,
//   size limits and percents are precompiled; `typeof(T)` arguments (extract) are the constant
//   string "T";
// - per-row functions never throw: bad data gives null ("" for strings);
// - multi-column results (series_stats, series_fit_line, series_decompose*) are described by
//   `multiColumnResult(name)`; percentiles() returns one value per percent, named with
//   `percentileColumnName`;
// - window functions (next, prev, row_window_session), column_ifexists, table(), toscalar() and
//   ingestion_time() need row or query context and belong to the compiler/engine.
import './builtins.ts';

export { nearestRank, percentileColumnName } from './aggregates/statistics.ts';
export { MAX_ARRAY_LENGTH } from './array-length-limit.ts';
export { addMonths, binDatetime, startOfMonth, startOfWeek, startOfYear } from './calendar.ts';
export { compareValues, kustoEquals, valueKey } from './compare.ts';
export { estimatedDataSize } from './data-size.ts';
export { parseDatetime } from './datetime-text.ts';
export { formatValue } from './format.ts';
export { type MultiColumnResult, multiColumnResult } from './multi-column.ts';
export {
  aggregateFunctionNames,
  DuplicateFunctionError,
  lookupAggregateFunction,
  lookupScalarFunction,
  type RegisterOptions,
  registerAggregateFunction,
  registerScalarFunction,
  scalarFunctionNames,
} from './registry.ts';
export type {
  Accumulator,
  AggregateFunction,
  ArgumentInfo,
  CompileContext,
  ScalarFunction,
} from './registry-types.ts';
export { toDynamicValue } from './scalar/dynamic.ts';
export { type LocationMatcher, lineMatcher, polygonMatcher } from './scalar/geo/lookup-matchers.ts';
export { hasTerm } from './terms.ts';
export { formatDatetime, formatTimespan, parseTimespan } from './time-values.ts';
export { asBool, asNumber, asString } from './values.ts';
