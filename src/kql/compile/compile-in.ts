import { type ColumnTable, type CompiledExpr, NumberColumn, type RowEvaluator } from '../engine/index.ts';
import { asString, hasTerm, kustoEquals } from '../functions/index.ts';
import type { BetweenNode, ExprNode, InNode } from '../syntax/index.ts';
import { compileExpression } from './compile-expression.ts';
import { stringPredicate } from './compile-string-ops.ts';
import { tryCompileTabular } from './compile-tabular.ts';
import { constantOf, evaluateRowIndependent } from './constants.ts';
import type { ExprEnv } from './env.ts';

/** One element of an `in (...)` list: fixed values (constants, let arrays, subquery columns) or a per-row expression. */
type ListSource = { readonly fixed: () => unknown[] } | { readonly perRow: CompiledExpr };

function listSource(node: ExprNode, env: ExprEnv): ListSource {
  const plan = tryCompileTabular(node, env);
  if (plan) {
    return {
      fixed: () => {
        const table = plan.run();
        return table.columns.length === 0 ? [] : table.columnValues(table.columns[0].name);
      },
    };
  }
  const expr = compileExpression(node, env);
  const known = constantOf(expr);
  if (known) return { fixed: () => flatten(known.value) };
  if (isRowIndependent(node, env)) return { fixed: () => flatten(evaluateRowIndependent(expr)) };
  return { perRow: expr };
}

/** True when the expression reads no column of the current row (only literals and `let` names). */
function isRowIndependent(node: ExprNode, env: ExprEnv): boolean {
  if (node.kind === 'Name') return !env.columns.some((c) => c.name === node.name);
  if (node.kind === 'Literal' || node.kind === 'DynamicLiteral') return true;
  if (node.kind === 'Call') return node.args.every((a) => isRowIndependent(a, env));
  if (node.kind === 'Path') return isRowIndependent(node.target, env);
  return false;
}

const flatten = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/** Set key under which `"3"` and `3` meet, as Kusto's implicit conversion makes them equal in `in`. */
function keyOf(value: unknown, caseInsensitive: boolean): string | undefined {
  if (typeof value === 'number') return `n${value}`;
  if (typeof value === 'string') {
    if (value.trim() !== '' && !Number.isNaN(Number(value))) return `n${Number(value)}`;
    return `s${caseInsensitive ? value.toLowerCase() : value}`;
  }
  if (typeof value === 'boolean') return `b${value}`;
  return undefined;
}

export function compileIn(node: InNode, env: ExprEnv): CompiledExpr {
  const left = compileExpression(node.left, env);
  const sources = node.list.map((item) => listSource(item, env));
  const fixedValues = () => sources.flatMap((s) => ('fixed' in s ? s.fixed() : []));
  const perRow = sources.flatMap((s) => ('perRow' in s ? [s.perRow] : []));
  if (node.op === 'has_any' || node.op === 'has_all') return compileHasAny(node.op, left, fixedValues, perRow);
  const caseInsensitive = node.op === 'in~' || node.op === '!in~';
  const negated = node.op.startsWith('!');
  // The list is resolved on first use, not at bind time: binding also happens at compile time
  // (schema inference over empty tables), where running a subquery would be wasted work.
  let lookup: ((v: unknown) => boolean) | undefined;
  const contains = (v: unknown) => {
    lookup ??= membership(fixedValues(), caseInsensitive);
    return lookup(v);
  };
  return {
    type: 'bool',
    bind(table: ColumnTable) {
      if (perRow.length === 0) {
        if (left.type === 'string' && left.columnName !== undefined) {
          return stringPredicate(left, (text) => contains(text) !== negated).bind(table);
        }
        const read = left.bind(table);
        return (row) => {
          const v = read(row);
          return v === null || v === undefined ? negated : contains(v) !== negated;
        };
      }
      const read = left.bind(table);
      const rowReaders = perRow.map((e) => e.bind(table));
      return (row) => {
        const v = read(row);
        if (v === null || v === undefined) return negated;
        const key = keyOf(v, caseInsensitive);
        const inRow = rowReaders.some((r) =>
          flatten(r(row)).some(
            (item) => (key !== undefined && keyOf(item, caseInsensitive) === key) || kustoEquals(item, v),
          ),
        );
        return (inRow || contains(v)) !== negated;
      };
    },
  };
}

/** A membership test over fixed values: hashed keys for scalars, deep equality for bags and arrays. */
function membership(values: readonly unknown[], caseInsensitive: boolean): (v: unknown) => boolean {
  // Separate sets keep the per-row test allocation-free: "3" and 3 meet through both sets.
  const fold = caseInsensitive ? (s: string) => s.toLowerCase() : (s: string) => s;
  const strings = new Set<string>();
  const numbers = new Set<number>();
  const others: unknown[] = [];
  for (const v of values) {
    if (typeof v === 'string') {
      strings.add(fold(v));
      if (v.trim() !== '' && !Number.isNaN(Number(v))) numbers.add(Number(v));
    } else if (typeof v === 'number') {
      numbers.add(v);
      strings.add(String(v));
    } else others.push(v);
  }
  return (v) => {
    if (typeof v === 'string') return strings.has(fold(v));
    if (typeof v === 'number') return numbers.has(v);
    return others.some((o) => kustoEquals(o, v));
  };
}

function compileHasAny(
  op: 'has_any' | 'has_all',
  left: CompiledExpr,
  fixedValues: () => unknown[],
  perRow: readonly CompiledExpr[],
): CompiledExpr {
  const matches = (text: string, terms: readonly string[]) =>
    op === 'has_any' ? terms.some((t) => hasTerm(text, t)) : terms.every((t) => hasTerm(text, t));
  return {
    type: 'bool',
    bind(table) {
      const terms = fixedValues().map(asString);
      if (perRow.length === 0) return stringPredicate(left, (text) => matches(text, terms)).bind(table);
      const read = left.bind(table);
      const rowReaders: RowEvaluator[] = perRow.map((e) => e.bind(table));
      return (row) =>
        matches(asString(read(row)), [...terms, ...rowReaders.flatMap((r) => flatten(r(row)).map(asString))]);
    },
  };
}

export function compileBetween(node: BetweenNode, env: ExprEnv): CompiledExpr {
  const left = compileExpression(node.left, env);
  const low = compileExpression(node.low, env);
  const high = compileExpression(node.high, env);
  // `datetime between (start .. 1h)`: the upper bound is an offset from the lower one.
  const offsetHigh = left.type === 'datetime' && high.type === 'timespan';
  return {
    type: 'bool',
    bind(table) {
      const bounds = [constantOf(low), constantOf(high)];
      if (bounds[0] && bounds[1] && left.columnName !== undefined && table.has(left.columnName)) {
        const column = table.column(left.columnName);
        const [a, b] = bounds.map((k) => k?.value);
        if (column instanceof NumberColumn && typeof a === 'number' && typeof b === 'number') {
          return numberColumnBetween(column, a, offsetHigh ? a + b : b, node.negated);
        }
      }
      const read = left.bind(table);
      const lo = low.bind(table);
      const hi = high.bind(table);
      return (row) => {
        const v = read(row);
        const a = lo(row);
        const b = hi(row);
        if (typeof v !== 'number' || typeof a !== 'number' || typeof b !== 'number') return null;
        const upper = offsetHigh ? a + b : b;
        return (v >= a && v <= upper) !== node.negated;
      };
    },
  };
}

/** `Column between (constant .. constant)` straight off the Float64Array (time-window filters). */
function numberColumnBetween(column: NumberColumn, low: number, high: number, negated: boolean): RowEvaluator {
  const { values, nulls } = column;
  return (row) => (nulls !== null && nulls[row] === 1 ? null : (values[row] >= low && values[row] <= high) !== negated);
}
