import type { KqlType } from '../types.ts';
import type { ArgumentInfo, CompileContext, ScalarFunction } from './registry-types.ts';

/** Families of argument types a parameter accepts; `dynamic` arguments are checked at run time instead. */
export type ParamKind = 'string' | 'number' | 'datetime' | 'timespan' | 'bool' | 'dynamic' | 'any';
export type ParamSpec = ParamKind | readonly ParamKind[];

const ACCEPTED: Record<ParamKind, readonly KqlType[]> = {
  string: ['string', 'guid', 'dynamic'],
  number: ['int', 'long', 'real', 'decimal', 'dynamic'],
  datetime: ['datetime', 'dynamic'],
  timespan: ['timespan', 'dynamic'],
  bool: ['bool', 'dynamic'],
  dynamic: ['dynamic'],
  any: ['string', 'guid', 'int', 'long', 'real', 'decimal', 'bool', 'datetime', 'timespan', 'dynamic'],
};

type RowFunction = (...values: unknown[]) => unknown;
type ResultRule = KqlType | ((args: readonly ArgumentInfo[]) => KqlType | { readonly error: string });

/** A function's name and the arguments it takes: what scalar and aggregate definitions share. */
export interface SignatureSpec {
  readonly name: string;
  readonly aliases?: readonly string[];
  /** Required parameters, in order. */
  readonly params?: readonly ParamSpec[];
  /** Optional parameters after the required ones. */
  readonly optional?: readonly ParamSpec[];
  /** When set, any number of further arguments of this kind (strcat, coalesce, case, percentiles …). */
  readonly rest?: ParamSpec;
}

interface ScalarSpecBase extends SignatureSpec {
  readonly result: ResultRule;
}

/**
 * A scalar definition: `impl` when the per-row function depends on nothing but the values;
 * `compile` when it precompiles constants (regexes), depends on argument types (tostring)
 * or on the query (now()).
 */
export type ScalarSpec = ScalarSpecBase &
  (
    | { readonly impl: RowFunction; readonly compile?: never }
    | {
        readonly compile: (args: readonly ArgumentInfo[], context: CompileContext) => RowFunction;
        readonly impl?: never;
      }
  );

/** Result types whose values are finite numbers or null. */
const WHOLE_OR_TIME: readonly KqlType[] = ['int', 'long', 'datetime', 'timespan'];

/**
 * Brings a result into the engine's representation for its type: strings and guids are never
 * null (""); integers, datetimes and timespans are never NaN or ±∞ (null instead); reals keep
 * NaN and ∞ as Kusto does. Also what a function yields when its input is bad.
 */
export function finisher(type: KqlType | undefined): (value: unknown) => unknown {
  if (type === 'string' || type === 'guid') return (value) => value ?? '';
  if (type !== undefined && WHOLE_OR_TIME.includes(type)) {
    return (value) => (value === undefined || (typeof value === 'number' && !Number.isFinite(value)) ? null : value);
  }
  return (value) => value ?? null;
}

function accepts(spec: ParamSpec, type: KqlType): boolean {
  const kinds: readonly ParamKind[] = typeof spec === 'string' ? [spec] : spec;
  return kinds.some((kind) => ACCEPTED[kind].includes(type));
}

function describe(spec: ParamSpec): string {
  return typeof spec === 'string' ? spec : spec.join(' or ');
}

/** Why the arguments do not fit the signature (the first one that does not), or undefined when they do. */
export function checkArguments(spec: SignatureSpec, args: readonly ArgumentInfo[]): string | undefined {
  const declared = [...(spec.params ?? []), ...(spec.optional ?? [])];
  for (const [index, arg] of args.entries()) {
    const param = declared[index] ?? spec.rest;
    if (param !== undefined && !accepts(param, arg.type)) {
      return `${spec.name}(): argument ${index + 1} must be ${describe(param)}, got ${arg.type}`;
    }
  }
  return undefined;
}

/** The name, aliases and argument counts a function registers with. */
export function registeredSignature(spec: SignatureSpec) {
  const required = spec.params?.length ?? 0;
  return {
    name: spec.name,
    aliases: spec.aliases,
    minArgs: required,
    maxArgs: spec.rest !== undefined ? Number.POSITIVE_INFINITY : required + (spec.optional?.length ?? 0),
  };
}

/** Builds a ScalarFunction with argument checking and a guard that turns any data error into null. */
export function defineScalar(spec: ScalarSpec): ScalarFunction {
  const resultType = (args: readonly ArgumentInfo[]) => {
    const error = checkArguments(spec, args);
    if (error !== undefined) return { error };
    return typeof spec.result === 'function' ? spec.result(args) : spec.result;
  };
  return {
    ...registeredSignature(spec),
    resultType,
    compile(args, context) {
      const type = resultType(args);
      const row = spec.compile ? spec.compile(args, context) : spec.impl;
      return guarded(row, args.length, finisher(typeof type === 'string' ? type : undefined));
    },
  };
}

/**
 * Wraps a row function so a data error yields the type's null instead of throwing, and the
 * result is in the engine's representation. Small arities get their own closure so no
 * argument array is allocated per row (V8 does not elide it through a shared helper).
 */
function guarded(row: RowFunction, arity: number, finish: (value: unknown) => unknown): RowFunction {
  const fallback = finish(null);
  switch (arity) {
    case 0:
      return () => {
        try {
          return finish(row());
        } catch {
          return fallback;
        }
      };
    case 1:
      return (a) => {
        try {
          return finish(row(a));
        } catch {
          return fallback;
        }
      };
    case 2:
      return (a, b) => {
        try {
          return finish(row(a, b));
        } catch {
          return fallback;
        }
      };
    default:
      return (...values) => {
        try {
          return finish(row(...values));
        } catch {
          return fallback;
        }
      };
  }
}

/** The constant value of an argument, when the binder knows it. */
export function constantOf(arg: ArgumentInfo | undefined): unknown {
  return arg?.constant?.value;
}
