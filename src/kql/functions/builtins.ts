import { registerAggregateFunction, registerScalarFunction } from './registry.ts';
import type { AggregateFunction, ScalarFunction } from './registry-types.ts';
import { conditionalFunctions } from './scalar/conditional.ts';
import { conversionFunctions } from './scalar/conversion.ts';

const scalarFamilies: readonly (readonly ScalarFunction[])[] = [conversionFunctions, conditionalFunctions];
const aggregateFamilies: readonly (readonly AggregateFunction[])[] = [];

/** Registers Kusto's built-in functions once, when the registry is first imported. */
for (const family of scalarFamilies) for (const definition of family) registerScalarFunction(definition);
for (const family of aggregateFamilies) for (const definition of family) registerAggregateFunction(definition);
