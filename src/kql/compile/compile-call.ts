import { Diagnostics, didYouMean } from '../diagnostics/index.ts';
import { type ColumnTable, type CompiledExpr, columnRef, type RowEvaluator, StringColumn } from '../engine/index.ts';
import {
  type ArgumentInfo,
  aggregateFunctionNames,
  estimatedDataSize,
  lookupAggregateFunction,
  lookupScalarFunction,
  type ScalarFunction,
  scalarFunctionNames,
  toDynamicValue,
} from '../functions/index.ts';
import type { CallNode } from '../syntax/index.ts';
import { compileExpression, errorExpr } from './compile-expression.ts';
import { invokeUserFunction } from './compile-function-call.ts';
import { isTabularSyntax } from './compile-statements.ts';
import { compileTabular } from './compile-tabular.ts';
import { WINDOW_FUNCTIONS } from './compile-window.ts';
import { constant, constantOf, lazyScalar } from './constants.ts';
import { columnOf, type ExprEnv } from './env.ts';
import { KUSTO_FUNCTION_NAMES } from './kusto-function-names.ts';

type SpecialCompiler = (node: CallNode, env: ExprEnv) => CompiledExpr;

/** Functions that need the engine context (columns, subqueries, row order) rather than per-value logic. */
const SPECIAL: Record<string, SpecialCompiler> = {
  ...WINDOW_FUNCTIONS,
  toscalar: (node, env) => {
    // `toscalar(array_length(Verses))`: Kusto also takes a scalar expression, computed once (no row columns).
    const argument = node.args[0];
    if (argument && !isTabularSyntax(argument, env)) return compileExpression(argument, { ...env, columns: [] });
    const plan = compileTabular(argument ?? node, env);
    const column = plan.schema[0];
    return lazyScalar(column?.type ?? 'dynamic', () => {
      const table = plan.run();
      return table.rowCount === 0 || !column ? null : table.value(0, column.name);
    });
  },
  column_names_of: compileColumnNamesOf,
  column_ifexists: compileColumnIfExists,
  columnifexists: compileColumnIfExists,
  bag_pack_columns: compileBagPackColumns,
  estimate_data_size: compileEstimateDataSize,
  pack_all: compilePackAll,
  // Local logs carry no separate ingestion time; the event time is the closest stand-in.
  ingestion_time: (_node, env) => {
    const column = columnOf(env, 'TimeGenerated') ?? columnOf(env, 'Timestamp');
    return column ? columnRef(column.name, column.type) : constant(null, 'datetime');
  },
};

/**
 * column_names_of(T) (column-names-of-function.md): the names of a tabular expression's columns (a table,
 * a tabular let, a function call), read from its schema; the expression itself is never run.
 */
function compileColumnNamesOf(node: CallNode, env: ExprEnv): CompiledExpr {
  const argument = node.args[0];
  if (node.args.length !== 1 || !isTabularSyntax(argument, env)) {
    env.cx.report(
      Diagnostics.invalidArgument('column_names_of() takes one tabular expression, e.g. column_names_of(T)', node.span),
    );
    return errorExpr();
  }
  return constant(
    compileTabular(argument, env).schema.map((column) => column.name),
    'dynamic',
  );
}

/**
 * pack_all([ignore_null_empty]) (pack-all-function.md): a bag of the input row's columns, values as dynamic values
 * hold them; with ignore_null_empty true, null and empty values are left out.
 */
function compilePackAll(node: CallNode, env: ExprEnv): CompiledExpr {
  // A copy: extend keeps appending to the list it compiles against.
  const columns = [...(env.inputColumns ?? env.columns)];
  const ignoreNullEmpty = node.args[0] && compileExpression(node.args[0], env);
  return {
    type: 'dynamic',
    bind(table) {
      const readers = columns.map((c) => columnRef(c.name, c.type).bind(table));
      const ignoring = ignoreNullEmpty?.bind(table);
      return (row) => {
        const skipEmpty = ignoring?.(row) === true;
        const bag: Record<string, unknown> = {};
        for (const [i, column] of columns.entries()) {
          const value = readers[i](row);
          if (skipEmpty && (value === null || value === undefined || value === '')) continue;
          bag[column.name] = toDynamicValue(value, column.type);
        }
        return bag;
      };
    },
  };
}

/**
 * bag_pack_columns(A, B, …) (bag-pack-columns-function.md): a bag keyed by the columns' names;
 * each argument must name a column.
 */
function compileBagPackColumns(node: CallNode, env: ExprEnv): CompiledExpr {
  const names = node.args.map((arg) => (arg.kind === 'Name' ? arg.name : undefined));
  if (node.args.length === 0 || names.some((name) => name === undefined)) {
    env.cx.report(
      Diagnostics.invalidArgument('bag_pack_columns() takes column names, e.g. bag_pack_columns(A, B)', node.span),
    );
    return errorExpr();
  }
  const values = node.args.map((arg) => compileExpression(arg, env));
  return {
    type: 'dynamic',
    bind(table) {
      const readers = values.map((value) => value.bind(table));
      return (row) =>
        Object.fromEntries(names.map((name, i) => [name, toDynamicValue(readers[i](row), values[i].type)]));
    },
  };
}

/** estimate_data_size(A, B, …) or estimate_data_size(*): the row's estimated bytes in those columns. */
function compileEstimateDataSize(node: CallNode, env: ExprEnv): CompiledExpr {
  const star = node.args.some((arg) => arg.kind === 'Star');
  const values = star
    ? env.columns.map((c) => columnRef(c.name, c.type))
    : node.args.map((arg) => compileExpression(arg, env));
  if (values.length === 0) {
    env.cx.report(Diagnostics.invalidArgument('estimate_data_size() takes columns or *', node.span));
    return errorExpr();
  }
  return {
    type: 'long',
    bind(table) {
      const readers = values.map((value) => value.bind(table));
      return (row) => readers.reduce((sum, read, i) => sum + estimatedDataSize(read(row), values[i].type), 0);
    },
  };
}

function compileColumnIfExists(node: CallNode, env: ExprEnv): CompiledExpr {
  if (node.args.length !== 2) {
    env.cx.report(Diagnostics.wrongArgumentCount(node.name, '2', node.args.length, node.span));
    return errorExpr();
  }
  const name = constantOf(compileExpression(node.args[0], env));
  if (!name || typeof name.value !== 'string') {
    env.cx.report(Diagnostics.invalidArgument(`${node.name}(): the column name must be a constant string`, node.span));
    return errorExpr();
  }
  const column = columnOf(env, name.value);
  return column ? columnRef(column.name, column.type) : compileExpression(node.args[1], env);
}

export function compileCall(node: CallNode, env: ExprEnv): CompiledExpr {
  if (Object.hasOwn(SPECIAL, node.name)) return SPECIAL[node.name](node, env);
  const binding = env.scope.lookup(node.name);
  if (binding?.kind === 'function') {
    const result = invokeUserFunction(node, binding, env);
    if (result?.kind === 'scalar') return result.expr;
    if (result?.kind === 'tabular') env.cx.report(Diagnostics.notScalar(`${node.name}(...)`, node.span));
    return errorExpr();
  }
  const fn = lookupScalarFunction(node.name);
  if (fn) return compileRegistryCall(fn, node, env);
  if (lookupAggregateFunction(node.name)) {
    env.cx.report(
      Diagnostics.invalidArgument(`aggregate ${node.name}() is only allowed in summarize or make-series`, node.span),
    );
    return errorExpr();
  }
  reportUnknownFunction(node, env);
  return errorExpr();
}

function reportUnknownFunction(node: CallNode, env: ExprEnv): void {
  if (KUSTO_FUNCTION_NAMES.has(node.name) || node.name === 'materialize' || node.name === 'table') {
    env.cx.report(Diagnostics.unsupportedFunction(node.name, node.nameSpan));
    return;
  }
  const candidates = [...scalarFunctionNames(), ...aggregateFunctionNames(), ...Object.keys(SPECIAL)];
  env.cx.report(Diagnostics.unknownFunction(node.name, didYouMean(node.name, candidates), node.nameSpan));
}

/** Functions whose value differs per call even with the same arguments: never folded to a constant. */
const VOLATILE = new Set(['rand', 'new_guid']);

function compileRegistryCall(fn: ScalarFunction, node: CallNode, env: ExprEnv): CompiledExpr {
  // `extract(…, typeof(long))`, `percentile_tdigest(…, typeof(long))`: a type argument reaches the
  // function as its name, a string constant.
  const args = node.args.map((a) => (a.kind === 'TypeOf' ? constant(a.type, 'string') : compileExpression(a, env)));
  if (args.length < fn.minArgs || args.length > fn.maxArgs) {
    const expected =
      fn.maxArgs === fn.minArgs ? `${fn.minArgs}` : `${fn.minArgs} to ${fn.maxArgs === Infinity ? 'any' : fn.maxArgs}`;
    env.cx.report(Diagnostics.wrongArgumentCount(node.name, expected, args.length, node.span));
    return errorExpr();
  }
  const infos: ArgumentInfo[] = args.map((a) => {
    const known = constantOf(a);
    return known ? { type: a.type, constant: known } : { type: a.type };
  });
  const type = fn.resultType(infos);
  if (typeof type !== 'string') {
    env.cx.report(Diagnostics.typeMismatch(type.error, node.span));
    return errorExpr();
  }
  const call = fn.compile(infos, { now: env.cx.now });
  if (!VOLATILE.has(fn.name) && infos.every((i) => i.constant)) {
    return constant(call(...infos.map((i) => i.constant?.value)), type);
  }
  return {
    type,
    bind: (table) =>
      perDistinctString(call, args, table) ??
      rowCall(
        call,
        args.map((a) => a.bind(table)),
      ),
  };
}

const UNSET = Symbol('unset');

/**
 * When the only varying argument is a dictionary-encoded string column (`tolower(User)`,
 * `extract(re, 1, Msg)`), the function runs once per distinct string instead of once per row.
 */
function perDistinctString(
  fn: (...values: unknown[]) => unknown,
  args: readonly CompiledExpr[],
  table: ColumnTable,
): RowEvaluator | undefined {
  const varying = args.flatMap((a, i) => (constantOf(a) ? [] : [i]));
  if (varying.length !== 1) return undefined;
  const at = varying[0];
  const input = args[at];
  if (input.columnName === undefined || !table.has(input.columnName)) return undefined;
  const column = table.column(input.columnName);
  if (!(column instanceof StringColumn)) return undefined;
  const values = args.map((a) => constantOf(a)?.value);
  const { codes, dictionary } = column;
  const memo = new Array<unknown>(dictionary.length).fill(UNSET);
  return (row) => {
    const code = codes[row];
    let result = memo[code];
    if (result === UNSET) {
      values[at] = dictionary[code];
      result = fn(...values);
      memo[code] = result;
    }
    return result;
  };
}

/** Calls `fn` per row without allocating an argument array for the common small arities. */
function rowCall(fn: (...values: unknown[]) => unknown, readers: RowEvaluator[]): RowEvaluator {
  const [a, b, c] = readers;
  switch (readers.length) {
    case 0:
      return () => fn();
    case 1:
      return (row) => fn(a(row));
    case 2:
      return (row) => fn(a(row), b(row));
    case 3:
      return (row) => fn(a(row), b(row), c(row));
    default: {
      const values = new Array<unknown>(readers.length);
      return (row) => {
        for (let i = 0; i < readers.length; i++) values[i] = readers[i](row);
        return fn(...values);
      };
    }
  }
}
