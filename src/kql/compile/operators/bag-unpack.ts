import { Diagnostics } from '../../diagnostics/index.ts';
import { ColumnTable, columnFromValues } from '../../engine/index.ts';
import { isPlainObject } from '../../functions/values.ts';
import type { CallNode, ExprNode } from '../../syntax/index.ts';
import type { KqlColumn, KqlType } from '../../types.ts';
import { compileExpression } from '../compile-expression.ts';
import { constantOf } from '../constants.ts';
import type { ExprEnv } from '../env.ts';
import { failedPlan, memoized, type TabularPlan } from '../plan.ts';

type Conflict = 'error' | 'replace_source' | 'keep_source';

/**
 * `evaluate bag_unpack(Column [, OutputColumnPrefix] [, columnsConflict=…] [, ignoredProperties=…])`
 * (bag-unpack-plugin.md): one column per distinct top-level slot, named prefix + slot, sorted, typed by
 * the slot's values (dynamic when they differ); the unpacked column goes away. Without an output
 * schema the columns depend on the data, so the input runs once while compiling to learn them.
 */
export function compileBagUnpack(input: TabularPlan, call: CallNode, env: ExprEnv): TabularPlan {
  const [bag, ...rest] = call.args;
  const named = (name: string) => call.args.find((_, i) => call.argNames?.[i] === name);
  const positional = rest.filter((_, i) => call.argNames?.[i + 1] === undefined);
  const prefix = constantText(named('OutputColumnPrefix') ?? positional[0], env) ?? '';
  const conflict = (constantText(named('columnsConflict') ?? positional[1], env) ?? 'error') as Conflict;
  const ignored = constantOf(
    compileExpression(named('ignoredProperties') ?? literalNull(call), { ...env, columns: [] }),
  );
  const ignoredKeys = new Set(Array.isArray(ignored?.value) ? ignored.value.map(String) : []);
  if (!bag) {
    env.cx.report(Diagnostics.wrongArgumentCount('bag_unpack', '1 to 4', 0, call.span));
    return failedPlan();
  }
  const bagExpr = compileExpression(bag, env);
  const source = memoized(input);
  const table = source.run().compact();
  const bags = table.rows().length === 0 ? [] : Array.from(table.rows(), bagExpr.bind(table));
  const slots = slotTypes(bags, ignoredKeys);
  const unpacked = bag.kind === 'Name' ? bag.name : undefined;
  const existing = table.columns.filter((c) => c.name !== unpacked);
  const clashes = [...slots.keys()].filter((slot) => existing.some((c) => c.name === prefix + slot));
  if (clashes.length > 0 && conflict === 'error') {
    env.cx.report(
      Diagnostics.invalidArgument(
        `bag_unpack: slot '${prefix + clashes[0]}' is also an input column (use columnsConflict='replace_source' or 'keep_source')`,
        call.span,
      ),
    );
    return failedPlan();
  }
  const added = [...slots]
    .filter(([slot]) => conflict !== 'keep_source' || !clashes.includes(slot))
    .map(([slot, type]) => ({ slot, name: prefix + slot, type }));
  // A slot that replaces a source column (replace_source) takes that column's place; the others follow.
  const replacing = (c: KqlColumn) => added.find((a) => a.name === c.name);
  const order: { name: string; type: KqlType; slot?: string }[] = [
    ...existing.map((c) => replacing(c) ?? c),
    ...added.filter((a) => !existing.some((c) => c.name === a.name)),
  ];
  const schema: KqlColumn[] = order.map(({ name, type }) => ({ name, type }));
  return {
    schema,
    run: () =>
      ColumnTable.fromColumns(
        table.name,
        order.map(({ name, type, slot }) => ({
          name,
          column:
            slot === undefined
              ? table.column(name)
              : columnFromValues(
                  type,
                  bags.map((value) => slotValue(value, slot, type)),
                ),
        })),
      ),
  };
}

function constantText(node: ExprNode | undefined, env: ExprEnv): string | undefined {
  if (!node) return undefined;
  const value = constantOf(compileExpression(node, { ...env, columns: [] }))?.value;
  return typeof value === 'string' ? value : undefined;
}

function literalNull(call: CallNode): ExprNode {
  return { kind: 'Literal', type: 'dynamic', value: null, span: call.span } as ExprNode;
}

/** Slot → column type, slots sorted by name; null values do not decide a type. */
function slotTypes(bags: readonly unknown[], ignored: ReadonlySet<string>): Map<string, KqlType> {
  const types = new Map<string, KqlType | undefined>();
  for (const value of bags) {
    if (!isPlainObject(value)) continue;
    for (const [slot, item] of Object.entries(value)) {
      if (ignored.has(slot)) continue;
      const type = typeOfSlotValue(item);
      const known = types.get(slot);
      if (type === undefined) types.set(slot, known);
      else types.set(slot, known === undefined || known === type ? type : widen(known, type));
    }
  }
  return new Map([...types].sort(([a], [b]) => (a < b ? -1 : 1)).map(([slot, type]) => [slot, type ?? 'dynamic']));
}

function typeOfSlotValue(value: unknown): KqlType | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'real';
  if (typeof value === 'string') return 'string';
  return 'dynamic';
}

function widen(a: KqlType, b: KqlType): KqlType {
  return (a === 'long' && b === 'real') || (a === 'real' && b === 'long') ? 'real' : 'dynamic';
}

function slotValue(bag: unknown, slot: string, type: KqlType): unknown {
  const value = isPlainObject(bag) ? bag[slot] : undefined;
  if (value === undefined || value === null) return type === 'string' ? '' : null;
  return value;
}
