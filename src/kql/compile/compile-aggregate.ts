import { Diagnostics } from '../diagnostics/index.ts';
import type { ReturnedItem, SummarizeAggregate } from '../engine/index.ts';
import { type ArgumentInfo, lookupAggregateFunction } from '../functions/index.ts';
import type { CallNode, ExprNode } from '../syntax/index.ts';
import { kustoAggregateName } from './aggregate-names.ts';
import { compileExpression } from './compile-expression.ts';
import { constantOf } from './constants.ts';
import { type ColumnNamer, defaultNameOf } from './default-names.ts';
import { emptyInputDefault } from './empty-input-defaults.ts';
import type { ExprEnv } from './env.ts';

export function isAggregateCall(node: ExprNode): boolean {
  return node.kind === 'Call' && lookupAggregateFunction(node.name) !== undefined;
}

const ARG_EXTREMES: Record<string, 'max' | 'min'> = { arg_max: 'max', argmax: 'max', arg_min: 'min', argmin: 'min' };

/** take_any and the deprecated any() accept several expressions, or `*`, to return one record's values. */
const TAKES_ROW = new Set(['take_any', 'any']);

/**
 * One aggregate of summarize/make-series. `names` are the assigned names (`n = count()`, or
 * `(t, c) = arg_max(T, C)`); otherwise Kusto's default names (`count_`, `dcount_User`).
 */
export function compileAggregateCall(
  call: CallNode,
  names: readonly string[],
  env: ExprEnv,
  namer: ColumnNamer,
): SummarizeAggregate | undefined {
  const fn = lookupAggregateFunction(call.name);
  if (!fn) return undefined;
  const mode = ARG_EXTREMES[call.name];
  if (mode) return compileArgExtreme(call, mode, names, env, namer);
  if (TAKES_ROW.has(call.name) && (call.args.length > 1 || call.args.some((a) => a.kind === 'Star'))) {
    return compileTakeAnyRow(call, names, env, namer);
  }
  if (call.args.some((a) => a.kind === 'Star')) {
    env.cx.report(Diagnostics.invalidArgument(`${call.name}() does not accept '*'`, call.span));
    return undefined;
  }
  const args = call.args.map((a) => compileExpression(a, env));
  if (args.length < fn.minArgs || args.length > fn.maxArgs) {
    const expected =
      fn.minArgs === fn.maxArgs ? `${fn.minArgs}` : `${fn.minArgs} to ${fn.maxArgs === Infinity ? 'any' : fn.maxArgs}`;
    env.cx.report(Diagnostics.wrongArgumentCount(call.name, expected, args.length, call.span));
    return undefined;
  }
  const infos: ArgumentInfo[] = args.map((a) => {
    const known = constantOf(a);
    return known ? { type: a.type, constant: known } : { type: a.type };
  });
  const type = fn.resultType(infos);
  if (typeof type !== 'string') {
    env.cx.report(Diagnostics.typeMismatch(type.error, call.span));
    return undefined;
  }
  const name = namer.nameFor(call, names[0], aggregateDefaultName(call));
  // functionName lets the engine run count/sum/dcount/… as column kernels instead of one accumulator per group.
  return {
    kind: 'aggregate',
    name,
    type,
    args,
    functionName: fn.name,
    createAccumulator: fn.createAccumulator(infos),
    emptyInputValue: emptyInputDefault(fn.name),
  };
}

/**
 * The column Kusto names a single-column aggregate written without a name (`make_set(x)` → set_x, `count()` →
 * count_); an expression over it takes that name as over a column (`tostring(make_set(x))` → set_x).
 */
export function aggregateDefaultName(call: CallNode): string | undefined {
  const fn = lookupAggregateFunction(call.name);
  if (!fn || ARG_EXTREMES[call.name] || (TAKES_ROW.has(call.name) && call.args.length > 1)) return undefined;
  return kustoAggregateName(call.name, argumentNames(call), (n) => fn.defaultName(n));
}

function compileArgExtreme(
  call: CallNode,
  mode: 'max' | 'min',
  names: readonly string[],
  env: ExprEnv,
  namer: ColumnNamer,
): SummarizeAggregate | undefined {
  const [byNode, ...returnNodes] = call.args;
  if (!byNode || returnNodes.length === 0) {
    env.cx.report(Diagnostics.wrongArgumentCount(call.name, '2 or more', call.args.length, call.span));
    return undefined;
  }
  const written = writtenNames(call);
  const byName = names[0] ?? written[0] ?? defaultNameOf(byNode);
  const by = {
    name: names[0] ?? namer.nameFor(byNode, byName ?? `${mode}_`),
    expr: compileExpression(byNode, env),
  };
  // An unnamed expression is named after the aggregate and its position: arg_max(T, tolower(C)) → max_T_arg1.
  const returns = returnNodes.map(
    (node, i): ReturnedItem =>
      node.kind === 'Star'
        ? '*'
        : {
            name: namer.nameFor(
              node,
              names[i + 1] ?? written[i + 1],
              defaultNameOf(node) ?? `${mode}_${byName ?? ''}_arg${i + 1}`,
            ),
            expr: compileExpression(node, env),
          },
  );
  return { kind: 'arg', mode, by, returns };
}

/**
 * `take_any(e1, e2, …)` / `take_any(*)` (take-any-aggregation-function.md): each expression keeps its name as
 * take_any(x) does (`any_x` for any()), an unnamed one is `any_arg<i>`; `(a, b) = take_any(…)` renames them.
 * take_any takes `*` beside expressions as Microsoft's analyzer does; the deprecated any() takes it alone (KS191).
 */
function compileTakeAnyRow(
  call: CallNode,
  names: readonly string[],
  env: ExprEnv,
  namer: ColumnNamer,
): SummarizeAggregate | undefined {
  const prefix = call.name === 'any' ? 'any_' : '';
  if (call.name === 'any' && call.args.length > 1 && call.args.some((a) => a.kind === 'Star')) {
    env.cx.report(Diagnostics.invalidArgument(`${call.name}() takes '*' alone or a list of expressions`, call.span));
    return undefined;
  }
  const written = writtenNames(call);
  const returns = call.args.map((node, i): ReturnedItem => {
    if (node.kind === 'Star') return '*';
    const argName = written[i] ?? defaultNameOf(node);
    const defaultName = argName === undefined ? `any_arg${i}` : `${prefix}${argName}`;
    return { name: namer.nameFor(node, names[i], defaultName), expr: compileExpression(node, env) };
  });
  return { kind: 'anyRow', returns, starPrefix: prefix };
}

/**
 * Names written inside the argument list, `arg_max(Last = TimeGenerated, Count = count_)`: Kusto.Language names
 * the aggregate's columns after them (Last, Count; take_any(N = x) → N) and builds default names from them
 * (make_list(L = x) → list_L).
 */
function writtenNames(call: CallNode): readonly (string | undefined)[] {
  return call.argNames ?? [];
}

/**
 * Each argument's part in an aggregate's default name: its written name, a column's name, or a number's text
 * (`percentile(x, 99.5)` → percentile_x_99_5).
 */
function argumentNames(call: CallNode): (string | undefined)[] {
  const written = writtenNames(call);
  return call.args.map((arg, i) => {
    if (written[i] !== undefined) return written[i];
    if (arg.kind === 'Literal' && typeof arg.value === 'number') return String(arg.value).replace('.', '_');
    return defaultNameOf(arg);
  });
}
