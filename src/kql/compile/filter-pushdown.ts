import { joinKindOf } from '../engine/index.ts';
import type { ExprNode, JoinOperator, PipeNode } from '../syntax/index.ts';
import type { KqlColumn } from '../types.ts';
import { compileTabular } from './compile-tabular.ts';
import type { ExprEnv } from './env.ts';
import { mapExpression } from './map-expression.ts';
import { compileOperator } from './operators/index.ts';
import type { TabularPlan } from './plan.ts';

/** Expression shapes whose column references are all Name nodes (anything else may hide one, or a subquery). */
const TRANSPARENT = new Set([
  'Name',
  'Literal',
  'DynamicLiteral',
  'Binary',
  'Unary',
  'In',
  'Between',
  'Call',
  'Path',
  'Index',
]);

/** Functions whose value differs between two evaluations: filtering earlier would change which rows pass. */
const VOLATILE = new Set(['rand', 'new_guid']);

/**
 * `L | join kind=innerunique (R) on … | where P`, where P reads only L's columns: Kusto pushes the filter
 * to the left side before innerunique keeps one left row per key, so `where value == "val1.2"` finds
 * val1.2 even when another left row shares its key (join-innerunique.md). Undefined for any other pipe.
 */
export function compileFilterAfterInnerUniqueJoin(node: PipeNode, env: ExprEnv): TabularPlan | undefined {
  const { operator: filter, source } = node;
  if (filter.kind !== 'WhereOperator' || source.kind !== 'Pipe' || source.operator.kind !== 'JoinOperator') {
    return undefined;
  }
  if (!isInnerUnique(source.operator)) return undefined;
  const left = compileTabular(source.source, env);
  if (!readsOnly(filter.condition, left.schema)) {
    return compileOperator(compileOperator(left, source.operator, env), filter, env);
  }
  return compileOperator(compileOperator(left, filter, env), source.operator, env);
}

function isInnerUnique(join: JoinOperator): boolean {
  try {
    return joinKindOf(join.options.find((o) => o.name === 'kind')?.value) === 'innerunique';
  } catch {
    return false;
  }
}

function readsOnly(condition: ExprNode, columns: readonly KqlColumn[]): boolean {
  let safe = true;
  mapExpression(condition, (n) => {
    if (!TRANSPARENT.has(n.kind) || (n.kind === 'Call' && VOLATILE.has(n.name))) safe = false;
    if (n.kind === 'Name' && !columns.some((c) => c.name === n.name)) safe = false;
    return undefined;
  });
  return safe;
}
