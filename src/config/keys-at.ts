/** The parts of a zod schema's definition that say which keys an object takes, and where its children are. */
interface SchemaNode {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly innerType?: SchemaNode;
      readonly in?: SchemaNode;
      readonly options?: readonly SchemaNode[];
      readonly shape?: Readonly<Record<string, SchemaNode>>;
      readonly valueType?: SchemaNode;
      readonly element?: SchemaNode;
    };
  };
}

/**
 * The keys the schema allows in the mapping at `path` (through defaults, optionals, unions, records and lists),
 * sorted: what an "unknown key" message offers, so a typo sits next to the spelling it missed.
 */
export function keysAt(schema: unknown, path: readonly PropertyKey[]): string[] {
  let nodes = [schema as SchemaNode];
  for (const segment of path) nodes = nodes.flatMap(unwrap).flatMap((node) => childrenAt(node, String(segment)));
  const keys = nodes.flatMap(unwrap).flatMap((node) => Object.keys(node._zod.def.shape ?? {}));
  return [...new Set(keys)].sort();
}

function unwrap(node: SchemaNode): SchemaNode[] {
  const def = node._zod.def;
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  if (def.type === 'union' && def.options) return def.options.flatMap(unwrap);
  return [node];
}

function childrenAt(node: SchemaNode, key: string): SchemaNode[] {
  const def = node._zod.def;
  if (def.shape) return Object.hasOwn(def.shape, key) ? [def.shape[key]] : [];
  const child = def.valueType ?? def.element;
  return child ? [child] : [];
}
