import { Diagnostics, type Span } from '../../diagnostics/index.ts';
import { ColumnTable, columnRef, project, union } from '../../engine/index.ts';
import { wildcardMatcher } from '../../engine/operators/names.ts';
import { wildcardTableNames } from '../../schemas/index.ts';
import type { ExprNode, UnionOptions } from '../../syntax/index.ts';
import { compileTabular, emptyCatalogueTable } from '../compile-tabular.ts';
import type { ExprEnv } from '../env.ts';
import { failedPlan, missingPlan, operatorPlan, type TabularPlan } from '../plan.ts';
import type { OperatorCompiler } from './index.ts';

export interface Leg {
  readonly plan: TabularPlan;
  /** Undefined: the name the table carries at run time (a piped input, `as Name`). */
  readonly sourceName?: string;
  /**
   * The leg's table when it is known while compiling to hold no rows (a catalogued table without data): the
   * union takes it as it is instead of running the leg, so `union *` over hundreds of them adds no run-time inputs.
   */
  readonly empty?: ColumnTable;
}

/** The name `withsource=` shows for a leg: the table or let name, or the called function's argument. */
function sourceNameOf(node: ExprNode, index: number): string {
  if (node.kind === 'Name') return node.name;
  if (node.kind === 'Call' && node.name === 'table' && node.args[0]?.kind === 'Literal')
    return String(node.args[0].value);
  if (node.kind === 'Call') return node.name;
  return `union_arg${index}`;
}

/**
 * A catalogued table a wildcard reads when it matches no table with data: empty, as a catalogued table named
 * without data answers (emptyCatalogueTable), so the query binds as in a workspace whose tables hold no rows yet.
 */
function catalogueLeg(name: string, env: ExprEnv): Leg {
  const empty = emptyCatalogueTable(name, env);
  return { plan: { schema: empty.columns, run: () => empty }, sourceName: name, empty };
}

/**
 * The legs that resolved; `missing` gets the names a fuzzy union skipped. A wildcard (`Device*`, `*`) reads the
 * tables with data it matches (the data is the workspace) or, when it matches none, the catalogued ones. Of those
 * it leaves out a table that has a column named as `withsource=`: Log Analytics fails `union withsource=TableName *`
 * in a workspace holding such a table ("union: column named 'TableName' already exists", SqlDataClassification's,
 * microsoft/Application-Insights-Workbooks#966), and the catalogue stands for a workspace, most of which do not.
 */
export function compileLegs(
  tables: readonly ExprNode[],
  options: UnionOptions,
  env: ExprEnv,
  missing: string[],
): Leg[] {
  const legEnv = { ...env, columns: [], fuzzy: options.isFuzzy || env.fuzzy };
  return tables.flatMap((node, index): Leg[] => {
    if (node.kind === 'Name' && node.name.includes('*')) {
      const matches = wildcardMatcher(node.name);
      const withData = env.cx.database.tableNames().filter(matches);
      if (withData.length > 0)
        return withData.map((name) => ({ plan: compileTabular({ ...node, name }, legEnv), sourceName: name }));
      return wildcardTableNames()
        .filter(matches)
        .map((name) => catalogueLeg(name, env))
        .filter((leg) => !leg.plan.schema.some((column) => column.name === options.withSource));
    }
    const plan = compileTabular(node, legEnv);
    if (plan.missingTable !== undefined) {
      env.cx.report(Diagnostics.fuzzyUnionMissingTable(plan.missingTable, node.span));
      missing.push(plan.missingTable);
      return [];
    }
    return [{ plan, sourceName: sourceNameOf(node, index) }];
  });
}

/** Columns present with the same type in every leg (`kind=inner`). */
function commonColumns(tables: readonly ColumnTable[]) {
  const [first, ...rest] = tables;
  return (first?.columns ?? []).filter((c) =>
    rest.every((t) => t.columns.some((o) => o.name === c.name && o.type === c.type)),
  );
}

/** `union [kind=inner|outer] [withsource=C] [isfuzzy=true] T1, T2, …`, with an optional piped input first. */
export function compileUnion(
  inputs: readonly Leg[],
  options: UnionOptions,
  tables: readonly ExprNode[],
  span: Span,
  env: ExprEnv,
): TabularPlan {
  const missing: string[] = [];
  const legs = [...inputs, ...compileLegs(tables, options, env, missing)];
  if (legs.length === 0 && missing.length === 0) {
    // Only wildcards (`union Foo*`), matching no table with data and none catalogued: no rows, like a
    // workspace without such a table, rather than an error.
    const empty = ColumnTable.empty('union', options.withSource ? [{ name: options.withSource, type: 'string' }] : []);
    return { schema: empty.columns, run: () => empty };
  }
  if (legs.length === 0) {
    // Kusto fails a fuzzy union none of whose legs resolve. Inside an enclosing fuzzy union this union is
    // itself one missing leg, which that union may skip.
    if (env.fuzzy) return missingPlan(missing.join(', '));
    env.cx.report(Diagnostics.fuzzyUnionNothingFound(missing, span));
    return failedPlan();
  }
  const running = legs.filter((l) => l.empty === undefined).map((l) => l.plan);
  const merge = (run: readonly ColumnTable[]): ColumnTable => {
    let next = 0;
    const tables = legs.map((l) => l.empty ?? run[next++]);
    const sourceNames = legs.map((l, i) => l.sourceName ?? tables[i].name);
    const merged = union(tables, { withSource: options.withSource, sourceNames }, env.cx.exec);
    if (options.kind !== 'inner') return merged;
    const keep = commonColumns(tables);
    const names = [...(options.withSource ? [{ name: options.withSource, type: 'string' as const }] : []), ...keep];
    return project(
      merged,
      names.map((c) => ({ name: c.name, expr: columnRef(c.name, c.type) })),
      env.cx.exec,
    );
  };
  if (running.length === 0) {
    // Every leg is empty (a wildcard over the catalogue): the result is known now, built once.
    const table = merge([]);
    return { schema: table.columns, run: () => table };
  }
  return operatorPlan(running, merge, env.cx, span);
}

/** `T | union …`: T is the first leg. */
export const compileUnionOperator: OperatorCompiler<'UnionOperator'> = (input, operator, env) =>
  compileUnion([{ plan: input }], operator.options, operator.tables, operator.span, env);
