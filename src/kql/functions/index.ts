// Public surface of the KQL function registry, for the rest of src/kql only.
import './builtins.ts';

export { compareValues, kustoEquals, valueKey } from './compare.ts';
export { formatValue } from './format.ts';
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
export { hasTerm } from './terms.ts';
export { formatDatetime, formatTimespan, parseDatetime, parseTimespan } from './time-values.ts';
export { asBool, asNumber, asString } from './values.ts';
