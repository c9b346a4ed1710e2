import { Diagnostics } from '../../diagnostics/index.ts';
import { parseKv } from '../../engine/index.ts';
import { compileExpression } from '../compile-expression.ts';
import { failedPlan, operatorPlan } from '../plan.ts';
import type { OperatorCompiler } from './index.ts';

/** `parse-kv Expr as (Key:type, …) with (…)` (parse-kv-operator.md). */
export const compileParseKv: OperatorCompiler<'ParseKvOperator'> = (input, operator, env) => {
  const property = (name: string) => operator.properties.find((p) => p.name === name)?.value;
  const pairDelimiter = property('pair_delimiter');
  const kvDelimiter = property('kv_delimiter');
  if ((pairDelimiter === undefined) !== (kvDelimiter === undefined)) {
    env.cx.report(
      Diagnostics.invalidArgument('parse-kv: give both pair_delimiter and kv_delimiter, or neither', operator.span),
    );
    return failedPlan();
  }
  const pattern = property('regex');
  let regex: RegExp | undefined;
  try {
    regex = pattern === undefined ? undefined : new RegExp(pattern);
  } catch {
    env.cx.report(
      Diagnostics.invalidArgument(`parse-kv: regex is not a valid regular expression: ${pattern}`, operator.span),
    );
    return failedPlan();
  }
  const spec = {
    source: compileExpression(operator.source, env),
    keys: operator.keys,
    pairDelimiter,
    kvDelimiter,
    quote: property('quote'),
    escape: property('escape'),
    greedy: property('greedy')?.toLowerCase() === 'true',
    regex,
  };
  return operatorPlan([input], ([t]) => parseKv(t, spec, env.cx.exec), env.cx, operator.span);
};
