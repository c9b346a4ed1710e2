import { Diagnostics } from '../diagnostics/index.ts';
import { type CompiledExpr, windowOf } from '../engine/index.ts';
import { kustoEquals } from '../functions/index.ts';
import type { CallNode } from '../syntax/index.ts';
import { compileExpression, errorExpr } from './compile-expression.ts';
import { constantOf } from './constants.ts';
import type { ExprEnv } from './env.ts';

/**
 * Window functions read other rows of a serialized table by position (after `sort`/`serialize`).
 * They are compiled here rather than in the function registry because they need the table.
 */
type WindowCompiler = (node: CallNode, env: ExprEnv) => CompiledExpr;

function constantArg(node: CallNode, index: number, env: ExprEnv, fallback: unknown): unknown {
  const arg = node.args[index];
  if (!arg) return fallback;
  const known = constantOf(compileExpression(arg, env));
  if (!known)
    env.cx.report(Diagnostics.invalidArgument(`${node.name}(): argument ${index + 1} must be a constant`, arg.span));
  return known?.value ?? fallback;
}

function checkArity(node: CallNode, env: ExprEnv, min: number, max: number): boolean {
  if (node.args.length >= min && node.args.length <= max) return true;
  env.cx.report(Diagnostics.wrongArgumentCount(node.name, `${min} to ${max}`, node.args.length, node.span));
  return false;
}

/** `prev(x, offset = 1, default = null)` / `next(...)`. */
function neighbour(direction: -1 | 1): WindowCompiler {
  return (node, env) => {
    if (!checkArity(node, env, 1, 3)) return errorExpr();
    const value = compileExpression(node.args[0], env);
    const offset = Number(constantArg(node, 1, env, 1)) * direction;
    const fallback = constantArg(node, 2, env, null);
    if (!Number.isInteger(offset)) {
      env.cx.report(Diagnostics.typeMismatch(`${node.name}(): the offset must be a whole number`, node.span));
      return errorExpr();
    }
    return {
      type: value.type,
      bind(table) {
        const { rows, positionOf } = windowOf(table, node.name);
        const read = value.bind(table);
        return (row) => {
          const p = positionOf[row] + offset;
          return p >= 0 && p < rows.length ? read(rows[p]) : fallback;
        };
      },
    };
  };
}

/** Computes a per-position value sequentially once per bound table (running sums, sessions). */
function sequential(
  node: CallNode,
  type: CompiledExpr['type'],
  inputs: readonly CompiledExpr[],
  step: (values: readonly unknown[], position: number) => unknown,
): CompiledExpr {
  return {
    type,
    bind(table) {
      const { rows, positionOf } = windowOf(table, node.name);
      const readers = inputs.map((i) => i.bind(table));
      const results = new Array<unknown>(rows.length);
      for (let p = 0; p < rows.length; p++)
        results[p] = step(
          readers.map((r) => r(rows[p])),
          p,
        );
      return (row) => results[positionOf[row]];
    },
  };
}

/**
 * row_rank_dense(term, restart) / row_rank_min(term, restart) over a sorted table
 * (row-rank-dense-function.md, row-rank-min-function.md): equal terms share a rank; dense ranks
 * count distinct terms (1, 1, 2), min ranks are the position of the first equal row (1, 1, 3).
 * A true restart begins the ranking again.
 */
function rowRank(kind: 'dense' | 'min'): WindowCompiler {
  return (node, env) => {
    if (!checkArity(node, env, 1, 2)) return errorExpr();
    const term = compileExpression(node.args[0], env);
    const restart = node.args[1] ? compileExpression(node.args[1], env) : undefined;
    let [rank, position, previous] = [0, 0, undefined as unknown];
    return sequential(node, 'long', restart ? [term, restart] : [term], ([value, reset], p) => {
      const startsOver = p === 0 || reset === true;
      position = startsOver ? 1 : position + 1;
      if (startsOver || !kustoEquals(value, previous)) rank = kind === 'dense' ? (startsOver ? 1 : rank + 1) : position;
      previous = value;
      return rank;
    });
  };
}

export const WINDOW_FUNCTIONS: Record<string, WindowCompiler> = {
  prev: neighbour(-1),
  next: neighbour(1),
  row_number: (node, env) => {
    if (!checkArity(node, env, 0, 2)) return errorExpr();
    const start = Number(constantArg(node, 0, env, 1));
    const restart = node.args[1] ? compileExpression(node.args[1], env) : undefined;
    let current = start;
    return sequential(node, 'long', restart ? [restart] : [], ([reset], p) => {
      current = p === 0 || reset === true ? start : current + 1;
      return current;
    });
  },
  row_rank_dense: rowRank('dense'),
  row_rank_min: rowRank('min'),
  row_cumsum: (node, env) => {
    if (!checkArity(node, env, 1, 2)) return errorExpr();
    const value = compileExpression(node.args[0], env);
    const restart = node.args[1] ? compileExpression(node.args[1], env) : undefined;
    let sum = 0;
    return sequential(node, value.type, restart ? [value, restart] : [value], ([v, reset], p) => {
      if (p === 0 || reset === true) sum = 0;
      sum += typeof v === 'number' ? v : 0;
      return sum;
    });
  },
  row_window_session: (node, env) => {
    if (!checkArity(node, env, 3, 4)) return errorExpr();
    const [time, maxFromFirst, maxBetween, restart] = node.args.map((a) => compileExpression(a, env));
    let sessionStart: number | null = null;
    let previous: number | null = null;
    return sequential(
      node,
      'datetime',
      restart ? [time, maxFromFirst, maxBetween, restart] : [time, maxFromFirst, maxBetween],
      (values, p) => {
        const [t, fromFirst, between, reset] = values as [number | null, number, number, unknown];
        if (t === null) return sessionStart;
        const startsNew =
          p === 0 ||
          sessionStart === null ||
          previous === null ||
          reset === true ||
          t - sessionStart > fromFirst ||
          Math.abs(t - previous) > between;
        if (startsNew) sessionStart = t;
        previous = t;
        return sessionStart;
      },
    );
  },
};
