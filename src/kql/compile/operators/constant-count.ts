import { Diagnostics } from '../../diagnostics/index.ts';
import type { ExprNode } from '../../syntax/index.ts';
import { compileExpression } from '../compile-expression.ts';
import { evaluateRowIndependent } from '../constants.ts';
import type { ExprEnv } from '../env.ts';

/**
 * The row count of `take N` / `top N`: a row-independent whole number (a literal or a scalar let),
 * read at run time because a let may come from `toscalar(...)`.
 */
export function compileRowCount(node: ExprNode, env: ExprEnv): () => number {
  const expr = compileExpression(node, { ...env, columns: [] });
  if (!['int', 'long', 'real', 'decimal', 'dynamic'].includes(expr.type)) {
    env.cx.report(Diagnostics.typeMismatch(`a row count must be a number, got ${expr.type}`, node.span));
  }
  return () => {
    const value = evaluateRowIndependent(expr);
    return typeof value === 'number' && value > 0 ? Math.floor(value) : 0;
  };
}
