import { Diagnostics, type Span } from '../../diagnostics/index.ts';
import { ColumnTable, columnRef, project, union } from '../../engine/index.ts';
import { wildcardMatcher } from '../../engine/operators/names.ts';
import type { ExprNode, UnionOptions } from '../../syntax/index.ts';
import { compileTabular } from '../compile-tabular.ts';
import type { ExprEnv } from '../env.ts';
import { failedPlan, missingPlan, operatorPlan, type TabularPlan } from '../plan.ts';
import type { OperatorCompiler } from './index.ts';

export interface Leg {
  readonly plan: TabularPlan;
  /** Undefined: the name the table carries at run time (a piped input, `as Name`). */
  readonly sourceName?: string;
}

/** The name `withsource=` shows for a leg: the table or let name, or the called function's argument. */
function sourceNameOf(node: ExprNode, index: number): string {
  if (node.kind === 'Name') return node.name;
  if (node.kind === 'Call' && node.name === 'table' && node.args[0]?.kind === 'Literal')
    return String(node.args[0].value);
  if (node.kind === 'Call') return node.name;
  return `union_arg${index}`;
}

/** The legs that resolved (`Prefix*` and `*` read the database's tables); `missing` gets the names a fuzzy union skipped. */
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
      return env.cx.database
        .tableNames()
        .filter(matches)
        .map((name) => ({ plan: compileTabular({ ...node, name }, legEnv), sourceName: name }));
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
    // Only wildcards (`union *`, `search *`), and no table with data matches: no rows, like a workspace
    // whose tables hold nothing yet (the documented tables answer empty too), rather than an error.
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
  return operatorPlan(
    legs.map((l) => l.plan),
    (tables) => {
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
    },
    env.cx,
    span,
  );
}

/** `T | union …`: T is the first leg. */
export const compileUnionOperator: OperatorCompiler<'UnionOperator'> = (input, operator, env) =>
  compileUnion([{ plan: input }], operator.options, operator.tables, operator.span, env);
