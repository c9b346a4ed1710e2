import type { Accumulator } from '../registry-types.ts';
import { isPlainObject } from '../values.ts';
import { defineAggregate, isMissing } from './define.ts';

/**
 * buildschema(dynamic) (buildschema-aggregation-function.md): the union of the shapes of a group's
 * dynamic values. A bag becomes a bag of its keys' schemas, an array `{"`indexer`": schema of its
 * elements}`, a scalar its type name (long, double, string, bool); where a place holds several
 * kinds, the schema there is the list of them in the order first seen.
 */
interface Shape {
  readonly scalars: Set<string>;
  keys?: Map<string, Shape>;
  elements?: Shape;
  /** The order kinds were first seen in: scalar type names, 'bag' and 'array'. */
  readonly order: string[];
}

const newShape = (): Shape => ({ scalars: new Set(), order: [] });

function scalarType(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  if (typeof value === 'boolean') return 'bool';
  return 'string';
}

function seen(shape: Shape, kind: string): void {
  if (!shape.order.includes(kind)) shape.order.push(kind);
}

function absorb(shape: Shape, value: unknown): void {
  if (isMissing(value)) return;
  if (Array.isArray(value)) {
    seen(shape, 'array');
    shape.elements ??= newShape();
    for (const element of value) absorb(shape.elements, element);
  } else if (isPlainObject(value)) {
    seen(shape, 'bag');
    shape.keys ??= new Map();
    for (const [key, inner] of Object.entries(value)) {
      const child = shape.keys.get(key) ?? newShape();
      shape.keys.set(key, child);
      absorb(child, inner);
    }
  } else {
    const type = scalarType(value);
    shape.scalars.add(type);
    seen(shape, type);
  }
}

function render(shape: Shape): unknown {
  const kinds = shape.order.map((kind) => {
    if (kind === 'bag') return Object.fromEntries([...(shape.keys ?? [])].map(([key, child]) => [key, render(child)]));
    if (kind === 'array') return { '`indexer`': shape.elements ? render(shape.elements) : null };
    return kind;
  });
  return kinds.length === 1 ? kinds[0] : kinds;
}

export const buildschemaAggregates = [
  defineAggregate({
    name: 'buildschema',
    params: ['dynamic'],
    result: 'dynamic',
    namePrefix: 'schema',
    create: () => (): Accumulator => {
      const shape = newShape();
      return {
        add: ([value]) => absorb(shape, value),
        result: () => (shape.order.length === 0 ? null : render(shape)),
      };
    },
  }),
];
