import type { AggregateFunction, ScalarFunction } from './registry-types.ts';

/** Thrown when a function is registered twice without `{ override: true }`. */
export class DuplicateFunctionError extends Error {
  readonly code = 'kql_function_duplicate';
  constructor(kind: 'scalar' | 'aggregate', name: string) {
    super(`${kind} function "${name}" is already registered; pass { override: true } to replace it`);
  }
}

export interface RegisterOptions {
  /** Replace an existing function of the same name (or alias) instead of refusing. */
  readonly override?: boolean;
}

interface Named {
  readonly name: string;
  readonly aliases?: readonly string[];
}

/** Name → definition, with aliases mapped to the same definition. Case-sensitive, as Kusto is. */
class FunctionTable<F extends Named> {
  private readonly byName = new Map<string, F>();
  constructor(private readonly kind: 'scalar' | 'aggregate') {}

  register(definition: F, options: RegisterOptions = {}): void {
    const names = [definition.name, ...(definition.aliases ?? [])];
    if (!options.override) {
      const taken = names.find((name) => this.byName.has(name));
      if (taken !== undefined) throw new DuplicateFunctionError(this.kind, taken);
    }
    for (const name of names) this.byName.set(name, definition);
  }

  lookup(name: string): F | undefined {
    return this.byName.get(name);
  }

  names(): string[] {
    return [...this.byName.keys()].sort();
  }
}

const scalars = new FunctionTable<ScalarFunction>('scalar');
const aggregates = new FunctionTable<AggregateFunction>('aggregate');

export function registerScalarFunction(definition: ScalarFunction, options?: RegisterOptions): void {
  scalars.register(definition, options);
}

export function registerAggregateFunction(definition: AggregateFunction, options?: RegisterOptions): void {
  aggregates.register(definition, options);
}

export function lookupScalarFunction(name: string): ScalarFunction | undefined {
  return scalars.lookup(name);
}

export function lookupAggregateFunction(name: string): AggregateFunction | undefined {
  return aggregates.lookup(name);
}

/** Every registered scalar name and alias, sorted (for did-you-mean suggestions). */
export function scalarFunctionNames(): string[] {
  return scalars.names();
}

/** Every registered aggregate name and alias, sorted (for did-you-mean suggestions). */
export function aggregateFunctionNames(): string[] {
  return aggregates.names();
}
