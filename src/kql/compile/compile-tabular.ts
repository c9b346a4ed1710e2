import { Diagnostics, didYouMean } from '../diagnostics/index.ts';
import { ColumnTable, columnFromValues } from '../engine/index.ts';
import { type AsimParser, asimParser, catalogueTableNames, openColumnsOf, schemaFor } from '../schemas/index.ts';
import { type CallNode, create, type ExprNode, type ExternalDataNode } from '../syntax/index.ts';
import type { KqlColumn } from '../types.ts';
import { compileExpression } from './compile-expression.ts';
import { invokeUserFunction } from './compile-function-call.ts';
import { isTabularSyntax } from './compile-statements.ts';
import { constantOf } from './constants.ts';
import type { ExprEnv } from './env.ts';
import { compileFilterAfterInnerUniqueJoin } from './filter-pushdown.ts';
import { compileFindSource } from './operators/find.ts';
import { compileOperator } from './operators/index.ts';
import { compileSearchSource } from './operators/search.ts';
import { compileUnion } from './operators/union.ts';
import { failedPlan, memoized, missingPlan, type TabularPlan } from './plan.ts';
import { isServiceFunction } from './service-functions.ts';
import { datatablePlan, printPlan, rangePlan } from './sources.ts';
import { watchlistPlan } from './watchlist.ts';

/**
 * Compiles `node` as a table, or returns undefined without reporting when it is not tabular
 * (a column, a scalar let, a scalar function call): used where both are allowed (`in (...)`).
 */
export function tryCompileTabular(node: ExprNode, env: ExprEnv): TabularPlan | undefined {
  if (!isTabularSyntax(node, env)) return undefined;
  return compileTabular(node, env);
}

/** Compiles `node` as a table, reporting when it is not one. */
export function compileTabular(node: ExprNode, env: ExprEnv): TabularPlan {
  switch (node.kind) {
    case 'Pipe':
      return (
        compileFilterAfterInnerUniqueJoin(node, env) ??
        compileOperator(compileTabular(node.source, env), node.operator, env)
      );
    case 'Name':
      return resolveTable(node.name, node, env);
    case 'Call':
      return compileTabularCall(node, env);
    case 'Datatable':
      return datatablePlan(node, env);
    case 'Print':
      return printPlan(node, env);
    case 'Range':
      return rangePlan(node, env);
    case 'UnionSource':
      return compileUnion([], node.options, node.tables, node.span, env);
    case 'SearchSource':
      return compileSearchSource(node, env);
    case 'ExternalData':
      return externalDataPlan(node, env);
    case 'FindSource':
      return compileFindSource(node, env);
    case 'UnsupportedSource':
      env.cx.report(
        Diagnostics.unsupportedConstruct(
          `the cross-resource query ${node.name} (load that workspace's tables as files instead)`,
          node.span,
        ),
      );
      return failedPlan();
    case 'Missing':
      return failedPlan();
    default:
      env.cx.report(Diagnostics.notTabular('this expression', node.span));
      return failedPlan();
  }
}

/** The rows an `externaldata` source read before compiling, or its refusal as "not available offline". */
function externalDataPlan(node: ExternalDataNode, env: ExprEnv): TabularPlan {
  const read = env.cx.externalData.get(node.span.start);
  if (read instanceof ColumnTable) return { schema: read.columns, run: () => read };
  const reason = read?.refused ?? 'no external data reader is configured';
  env.cx.report(Diagnostics.notAvailableOffline('externaldata', reason, node.span));
  return failedPlan();
}

/** A table by name: a tabular `let`, a parameter, or a database table. */
function resolveTable(name: string, node: ExprNode, env: ExprEnv): TabularPlan {
  const binding = env.scope.lookup(name);
  if (binding?.kind === 'tabular') return binding.plan;
  if (binding?.kind === 'tabularLet') {
    const fuzzy = env.fuzzy ?? false;
    let plan = binding.plans.get(fuzzy);
    if (!plan) {
      plan = memoized(compileTabular(binding.node, { ...env, columns: [], scope: binding.scope, fuzzy }));
      binding.plans.set(fuzzy, plan);
    }
    return plan;
  }
  if (binding?.kind === 'function') {
    // A function without required parameters may be referenced by its bare name.
    const call = create({ kind: 'Call', name, nameSpan: node.span, args: [], span: node.span });
    const result = invokeUserFunction(call, binding, env);
    if (result?.kind === 'tabular') return result.plan;
    if (result) env.cx.report(Diagnostics.notTabular(`'${name}'`, node.span));
    return failedPlan();
  }
  if (binding) {
    env.cx.report(Diagnostics.notTabular(`'${name}'`, node.span));
    return failedPlan();
  }
  const loaded = env.cx.database.table(name);
  // Log Analytics answers a documented table the workspace has no data for with no rows, not an error.
  const table = loaded ? withOpenColumns(name, loaded, env) : schemaFor(name) && emptyCatalogueTable(name, env);
  if (table) return { schema: table.columns, run: () => table };
  // An ASIM parser named without arguments runs with its defaults.
  const parser = asimParser(name);
  if (parser) return emptyPlan(name, parser.columns);
  if (env.fuzzy) return missingPlan(name);
  if (isServiceFunction(name)) {
    env.cx.report(Diagnostics.unsupportedFunction(name, node.span));
    return failedPlan();
  }
  const candidates = [...env.cx.database.tableNames(), ...env.scope.names(), ...catalogueTableNames()];
  env.cx.report(Diagnostics.unknownTable(name, didYouMean(name, candidates), node.span));
  return failedPlan();
}

/** The empty table of each catalogued name, built once: `union *` reads hundreds of them on every compile. */
const catalogueTables = new Map<string, ColumnTable>();

/**
 * A catalogued table without data: empty, with its catalogued columns and those a query may name beyond them
 * (openColumnsOf), as Log Analytics answers a table the workspace holds no rows of.
 */
export function emptyCatalogueTable(name: string, env: ExprEnv): ColumnTable {
  const listed = schemaFor(name) ?? [];
  const added = openColumnsOf(name, env.cx.namesRead, listed);
  if (added.length > 0) return ColumnTable.empty(name, [...listed, ...added]);
  let table = catalogueTables.get(name);
  if (table === undefined) {
    table = ColumnTable.empty(name, listed);
    catalogueTables.set(name, table);
  }
  return table;
}

/** `table` with the columns the query reads that an open table (AzureDiagnostics, see openColumnsOf) lacks, as nulls. */
function withOpenColumns(name: string, table: ColumnTable, env: ExprEnv): ColumnTable {
  const added = openColumnsOf(name, env.cx.namesRead, table.columns);
  if (added.length === 0) return table;
  const nulls = new Array<null>(table.physicalLength).fill(null);
  return table.withColumns([
    ...table.namedColumns(),
    ...added.map((column) => ({ name: column.name, column: columnFromValues(column.type, nulls) })),
  ]);
}

function compileTabularCall(node: CallNode, env: ExprEnv): TabularPlan {
  if (node.name === 'table' || node.name === 'materialize' || node.name === 'view') {
    if (node.args.length !== 1) {
      env.cx.report(Diagnostics.wrongArgumentCount(node.name, '1', node.args.length, node.span));
      return failedPlan();
    }
    if (node.name !== 'table') return memoized(compileTabular(node.args[0], env));
    const name = constantOf(compileExpression(node.args[0], { ...env, columns: [] }));
    if (!name || typeof name.value !== 'string') {
      env.cx.report(Diagnostics.invalidArgument('table(): the table name must be a constant string', node.span));
      return failedPlan();
    }
    return resolveTable(name.value, node, env);
  }
  const binding = env.scope.lookup(node.name);
  if (!binding && node.name === '_GetWatchlist') return watchlistPlan(node, env);
  const parser = binding ? undefined : asimParser(node.name);
  if (parser) return asimParserPlan(node, parser, env);
  if (binding?.kind !== 'function') {
    env.cx.report(
      isServiceFunction(node.name)
        ? Diagnostics.unsupportedFunction(node.name, node.nameSpan)
        : Diagnostics.notTabular(`${node.name}(...)`, node.span),
    );
    return failedPlan();
  }
  const result = invokeUserFunction(node, binding, env);
  if (result?.kind === 'tabular') return result.plan;
  if (result) env.cx.report(Diagnostics.notTabular(`${node.name}(...)`, node.span));
  return failedPlan();
}

/** The rows of a catalogued table the database has no data for: none, with the catalogued columns. */
function emptyPlan(name: string, columns: readonly KqlColumn[]): TabularPlan {
  const empty = ColumnTable.empty(name, columns);
  return { schema: empty.columns, run: () => empty };
}

/**
 * A call of an ASIM parser (`_Im_Dns(starttime=ago(1d), responsecodename='NXDOMAIN')`): its schema, with no rows
 * unless the database has a table of that name. Its documented parameters are all optional and may be given by
 * position or by name; any other is an error, as Kusto reports it.
 */
function asimParserPlan(node: CallNode, parser: AsimParser, env: ExprEnv): TabularPlan {
  const names = parser.parameters.map((declaration) => declaration.slice(0, declaration.indexOf(':')));
  const known = names.length > 0 ? `it takes ${names.join(', ')}` : 'it takes no parameters';
  let ok = true;
  node.args.forEach((arg, i) => {
    const name = node.argNames?.[i];
    if (name !== undefined && !names.includes(name)) {
      const message = `${node.name}() has no parameter '${name}': ${known} (ASIM ${parser.schema} parser)`;
      env.cx.report(Diagnostics.invalidArgument(message, arg.span));
      ok = false;
    }
    compileExpression(arg, { ...env, columns: [] });
  });
  if (ok && node.args.length > names.length) {
    const expected = names.length === 0 ? '0' : `0 to ${names.length}`;
    env.cx.report(Diagnostics.wrongArgumentCount(node.name, expected, node.args.length, node.span));
    ok = false;
  }
  if (!ok) return failedPlan();
  const table = env.cx.database.table(node.name);
  if (!table) return emptyPlan(node.name, parser.columns);
  // The parameters pre-filter the sources a real parser reads; loaded rows are the parser's output already.
  if (node.args.length > 0) env.cx.report(Diagnostics.asimParametersNotApplied(node.name, node.nameSpan));
  return { schema: table.columns, run: () => table };
}
