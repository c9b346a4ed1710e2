import type { KqlType } from '../../types.ts';
import { accepts, finisher, type ParamSpec } from '../define.ts';
import type { Accumulator, AggregateFunction, ArgumentInfo } from '../registry-types.ts';

type ResultRule = KqlType | ((args: readonly ArgumentInfo[]) => KqlType);

export interface AggregateSpec {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly params?: readonly ParamSpec[];
  readonly optional?: readonly ParamSpec[];
  /** Further arguments of one kind (percentiles' list of percents). */
  readonly rest?: ParamSpec;
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
  const declared = [...(spec.params ?? []), ...(spec.optional ?? [])];
  const prefix = spec.namePrefix ?? spec.name;
  const definition: AggregateFunction = {
    name: spec.name,
    aliases: spec.aliases,
    minArgs: spec.params?.length ?? 0,
    maxArgs: spec.rest !== undefined ? Number.POSITIVE_INFINITY : declared.length,
    resultType(args) {
      for (const [index, arg] of args.entries()) {
        const param = declared[index] ?? spec.rest;
        if (param !== undefined && !accepts(param, arg.type)) {
          const expected = typeof param === 'string' ? param : param.join(' or ');
          return { error: `${spec.name}(): argument ${index + 1} must be ${expected}, got ${arg.type}` };
        }
      }
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
