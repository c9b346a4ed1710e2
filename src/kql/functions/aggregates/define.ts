import type { KqlType } from '../../types.ts';
import { checkArguments, finisher, registeredSignature, type SignatureSpec } from '../define.ts';
import type { Accumulator, AggregateFunction, ArgumentInfo } from '../registry-types.ts';

type ResultRule = KqlType | ((args: readonly ArgumentInfo[]) => KqlType);

export interface AggregateSpec extends SignatureSpec {
  readonly result: ResultRule;
  /**
   * Kusto's default column name: `<prefix>_<first argument's column name>`, or `<prefix>_`
   * when the first argument is not a column. Defaults to the function name.
   */
  readonly namePrefix?: string;
  readonly defaultName?: (argColumnNames: readonly (string | undefined)[]) => string;
  /**
   * Makes one group's accumulator. `add` receives an arguments array the engine REUSES between
   * rows: copy what you keep.
   */
  readonly create: (args: readonly ArgumentInfo[]) => () => Accumulator;
}

/** Builds an AggregateFunction with argument checking and Kusto's default naming. */
export function defineAggregate(spec: AggregateSpec): AggregateFunction {
  const prefix = spec.namePrefix ?? spec.name;
  const definition: AggregateFunction = {
    ...registeredSignature(spec),
    resultType(args) {
      const error = checkArguments(spec, args);
      if (error !== undefined) return { error };
      return typeof spec.result === 'function' ? spec.result(args) : spec.result;
    },
    defaultName: spec.defaultName ?? ((names) => `${prefix}_${names[0] ?? ''}`),
    createAccumulator(args) {
      // Results follow the engine's representation: an empty string group yields "", not null.
      const type = definition.resultType(args);
      const finish = finisher(typeof type === 'string' ? type : undefined);
      const create = spec.create(args);
      return () => {
        const accumulator = create();
        return { add: (values) => accumulator.add(values), result: () => finish(accumulator.result()) };
      };
    },
  };
  return definition;
}

/** The common "skip nulls" test: Kusto aggregates ignore null inputs (strings are never null). */
export function isMissing(value: unknown): boolean {
  return value === null || value === undefined;
}
