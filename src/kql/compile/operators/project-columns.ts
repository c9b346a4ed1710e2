import { Diagnostics, didYouMean, type Span } from '../../diagnostics/index.ts';
import { columnRef, project, projectAway, projectRename, projectReorder } from '../../engine/index.ts';
import { wildcardMatcher } from '../../engine/operators/names.ts';
import { compileExpression } from '../compile-expression.ts';
import { constantOf } from '../constants.ts';
import type { ExprEnv } from '../env.ts';
import { failedPlan, operatorPlan } from '../plan.ts';
import type { OperatorCompiler } from './index.ts';

/** Plain names must exist (Kusto reports them); wildcard patterns may match nothing. */
function checkNames(patterns: readonly { pattern: string; span: Span }[], env: ExprEnv): void {
  const names = env.columns.map((c) => c.name);
  for (const { pattern, span } of patterns) {
    if (!pattern.includes('*') && !names.includes(pattern)) {
      env.cx.report(Diagnostics.unknownColumn(pattern, didYouMean(pattern, names), span));
    }
  }
}

/** `project-away A, B*` and `project-keep A, B*`. */
export const compileProjectAway: OperatorCompiler<'ProjectAwayOperator'> = (input, operator, env) => {
  checkNames(operator.patterns, env);
  const patterns = operator.patterns.map((p) => p.pattern);
  if (!operator.keep) {
    return operatorPlan([input], ([t]) => projectAway(t, patterns), env.cx, operator.span);
  }
  const matchers = patterns.map(wildcardMatcher);
  const kept = env.columns.filter((c) => matchers.some((m) => m(c.name)));
  const items = kept.map((c) => ({ name: c.name, expr: columnRef(c.name, c.type) }));
  return operatorPlan([input], ([t]) => project(t, items, env.cx.exec), env.cx, operator.span);
};

/**
 * `project-by-names "A", "B*", dynamic(["C"])` (project-by-names-operator.md): the columns named, in the
 * order written, a wildcard giving its matches in input order; a name that matches nothing is ignored.
 */
export const compileProjectByNames: OperatorCompiler<'ProjectByNamesOperator'> = (input, operator, env) => {
  const patterns: string[] = [];
  for (const node of operator.names) {
    const value = constantOf(compileExpression(node, env))?.value;
    const names = Array.isArray(value) ? value : [value];
    if (!names.every((name) => typeof name === 'string')) {
      env.cx.report(
        Diagnostics.invalidArgument('project-by-names takes constant strings or a dynamic array of strings', node.span),
      );
      return failedPlan();
    }
    patterns.push(...names);
  }
  const chosen = new Set(patterns.flatMap((p) => env.columns.filter((c) => wildcardMatcher(p)(c.name))));
  const items = [...chosen].map((c) => ({ name: c.name, expr: columnRef(c.name, c.type) }));
  return operatorPlan([input], ([t]) => project(t, items, env.cx.exec), env.cx, operator.span);
};

/** `project-rename New = Old, …`. */
export const compileProjectRename: OperatorCompiler<'ProjectRenameOperator'> = (input, operator, env) => {
  checkNames(
    operator.renames.map((r) => ({ pattern: r.oldName, span: r.span })),
    env,
  );
  const renames = operator.renames.map((r) => ({ name: r.newName, from: r.oldName }));
  return operatorPlan([input], ([t]) => projectRename(t, renames), env.cx, operator.span);
};

/** `project-reorder A, B* asc, …`: names that match no column are ignored, as Kusto does. */
export const compileProjectReorder: OperatorCompiler<'ProjectReorderOperator'> = (input, operator, env) => {
  const items = operator.patterns.map((p) => ({ pattern: p.pattern, order: p.order }));
  return operatorPlan([input], ([t]) => projectReorder(t, items), env.cx, operator.span);
};
