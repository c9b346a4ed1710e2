import type { CompiledExpr } from '../engine/index.ts';

function member(value: unknown, key: string): unknown {
  if (typeof value === 'string') {
    // Kusto reads JSON text in a string-typed column as a bag when a property is requested.
    const trimmed = value.trimStart();
    if (!trimmed.startsWith('{')) return null;
    try {
      return member(JSON.parse(value), key);
    } catch {
      return null;
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const found = (value as Record<string, unknown>)[key];
  return found === undefined ? null : found;
}

function element(value: unknown, index: unknown): unknown {
  if (typeof index === 'string') return member(value, index);
  if (typeof index !== 'number' || !Array.isArray(value)) return null;
  const i = Math.trunc(index < 0 ? value.length + index : index);
  const found = value[i];
  return found === undefined ? null : found;
}

/** `x.name` / `x['name']` on a dynamic value: null when absent. */
export function dynamicMember(target: CompiledExpr, key: string): CompiledExpr {
  return {
    type: 'dynamic',
    bind(table) {
      const read = target.bind(table);
      return (row) => member(read(row), key);
    },
  };
}

/** `x[i]` (negative counts from the end) or `x[key]` on a dynamic value. */
export function dynamicIndex(target: CompiledExpr, index: CompiledExpr): CompiledExpr {
  return {
    type: 'dynamic',
    bind(table) {
      const read = target.bind(table);
      const at = index.bind(table);
      return (row) => element(read(row), at(row));
    },
  };
}
