import type { KqlType } from '../../../types.ts';
import { defineScalar, type ParamSpec } from '../../define.ts';
import type { ScalarFunction } from '../../registry-types.ts';

type RowFunction = (...values: unknown[]) => unknown;

/**
 * A geo function whose row function is made per call site (so its shape arguments are parsed once per distinct
 * value): one line per definition instead of defineScalar's five.
 */
export function geoScalar(
  name: string,
  params: readonly ParamSpec[],
  result: KqlType,
  compile: () => RowFunction,
  optional?: readonly ParamSpec[],
): ScalarFunction {
  return defineScalar({ name, params, optional, result, compile });
}
