import { Diagnostics, didYouMean } from '../../diagnostics/index.ts';
import { type JoinKeyPair, join, joinKindOf, lookup } from '../../engine/index.ts';
import type { ExprNode, JoinOperator, LookupOperator } from '../../syntax/index.ts';
import { compileTabular } from '../compile-tabular.ts';
import type { ExprEnv } from '../env.ts';
import { failedPlan, operatorPlan, type TabularPlan } from '../plan.ts';
import type { OperatorCompiler } from './index.ts';

/** One `on` conjunct: `A` (same name on both sides) or `$left.A == $right.B` (either order). */
function keyPair(node: ExprNode, env: ExprEnv): JoinKeyPair | undefined {
  if (node.kind === 'Name') return { left: node.name, right: node.name };
  if (node.kind === 'Binary' && node.op === '==' && node.left.kind === 'Side' && node.right.kind === 'Side') {
    const [l, r] = node.left.side === 'left' ? [node.left, node.right] : [node.right, node.left];
    if (l.side === 'left' && r.side === 'right') return { left: l.name, right: r.name };
  }
  env.cx.report(Diagnostics.unsupportedConstruct('join condition: use column names or $left.A == $right.B', node.span));
  return undefined;
}

function checkSide(name: string, side: 'left' | 'right', plan: TabularPlan, span: ExprNode['span'], env: ExprEnv) {
  if (plan.failed || plan.schema.some((c) => c.name === name)) return true;
  const hint = didYouMean(
    name,
    plan.schema.map((c) => c.name),
  );
  env.cx.report(Diagnostics.joinColumnMissing(name, side, hint, span));
  return false;
}

/** Shared by join and lookup: compiles the right table and the key pairs. */
function compileSides(input: TabularPlan, operator: JoinOperator | LookupOperator, env: ExprEnv) {
  const right = compileTabular(operator.right, { ...env, columns: [] });
  if (right.missingTable !== undefined || right.failed) return { right, keys: undefined };
  if (operator.on.length === 0) {
    env.cx.report(
      Diagnostics.invalidArgument(
        `${operator.kind === 'JoinOperator' ? 'join' : 'lookup'} needs an on clause`,
        operator.span,
      ),
    );
    return { right, keys: undefined };
  }
  const keys: JoinKeyPair[] = [];
  for (const conjunct of operator.on) {
    const pair = keyPair(conjunct, env);
    if (!pair) return { right, keys: undefined };
    const ok =
      checkSide(pair.left, 'left', input, conjunct.span, env) &&
      checkSide(pair.right, 'right', right, conjunct.span, env);
    if (!ok) return { right, keys: undefined };
    keys.push(pair);
  }
  return { right, keys };
}

const optionValue = (operator: JoinOperator | LookupOperator, name: string) =>
  operator.options.find((o) => o.name === name)?.value;

/** `join [kind=K] [hint.*=…] (Right) on …` (hints are accepted and ignored). */
export const compileJoin: OperatorCompiler<'JoinOperator'> = (input, operator, env) => {
  const { right, keys } = compileSides(input, operator, env);
  if (right.missingTable !== undefined) return right;
  if (!keys) return failedPlan();
  let kind: ReturnType<typeof joinKindOf>;
  try {
    kind = joinKindOf(optionValue(operator, 'kind'));
  } catch {
    env.cx.report(Diagnostics.invalidArgument(`unknown join kind '${optionValue(operator, 'kind')}'`, operator.span));
    return failedPlan();
  }
  return operatorPlan([input, right], ([l, r]) => join(l, r, { kind, on: keys }, env.cx.exec), env.cx, operator.span);
};

/** `lookup [kind=leftouter|inner] (Right) on …`. */
export const compileLookup: OperatorCompiler<'LookupOperator'> = (input, operator, env) => {
  const { right, keys } = compileSides(input, operator, env);
  if (right.missingTable !== undefined) return right;
  if (!keys) return failedPlan();
  const kindOption = optionValue(operator, 'kind');
  if (kindOption !== undefined && kindOption !== 'leftouter' && kindOption !== 'inner') {
    env.cx.report(
      Diagnostics.invalidArgument(`lookup kind must be leftouter or inner, got '${kindOption}'`, operator.span),
    );
    return failedPlan();
  }
  const kind = kindOption === 'inner' ? 'inner' : 'leftouter';
  return operatorPlan([input, right], ([l, r]) => lookup(l, r, { kind, on: keys }, env.cx.exec), env.cx, operator.span);
};
