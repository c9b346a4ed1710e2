import { Diagnostics } from '../../diagnostics/index.ts';
import { ipLookup } from '../../engine/index.ts';
import type { CallNode, ExprNode } from '../../syntax/index.ts';
import { compileExpression } from '../compile-expression.ts';
import { compileTabular } from '../compile-tabular.ts';
import { constantOf } from '../constants.ts';
import type { ExprEnv } from '../env.ts';
import { failedPlan, operatorPlan, type TabularPlan } from '../plan.ts';

/**
 * `evaluate ipv4_lookup(LookupTable, SourceIPv4Key, IPv4LookupKey [, ExtraKey …] [, return_unmatched])`
 * and `ipv6_lookup` (ipv4-lookup-plugin.md, ipv6-lookup-plugin.md). `return_unmatched` is a bool
 * given last, by position or by name.
 */
export function compileIpLookup(input: TabularPlan, call: CallNode, env: ExprEnv): TabularPlan {
  const family = call.name === 'ipv4_lookup' ? 'ipv4' : 'ipv6';
  const [table, source, range, ...rest] = call.args;
  if (!table || source?.kind !== 'Name' || range?.kind !== 'Name') {
    env.cx.report(
      Diagnostics.invalidArgument(
        `${call.name}(LookupTable, SourceIPKey, LookupKey [, ExtraKey …] [, return_unmatched]) needs a table and two column names`,
        call.span,
      ),
    );
    return failedPlan();
  }
  const last = rest.at(-1);
  const flag = last && last.kind !== 'Name' ? constantBool(last, env) : undefined;
  const extras = (flag === undefined ? rest : rest.slice(0, -1)).filter((node) => node.kind === 'Name');
  const lookup = compileTabular(table, { ...env, columns: [] });
  const missing = [
    ...[source, ...extras].filter((n) => !input.schema.some((c) => c.name === n.name)),
    ...[range, ...extras].filter((n) => !lookup.schema.some((c) => c.name === n.name)),
  ];
  if (lookup.failed || missing.length > 0 || extras.length !== rest.length - (flag === undefined ? 0 : 1)) {
    if (!lookup.failed) {
      const what = missing[0] ? `'${missing[0].name}'` : 'named by an extra key';
      env.cx.report(
        Diagnostics.invalidArgument(
          `${call.name}: column ${what} is missing from the input or the lookup table`,
          call.span,
        ),
      );
    }
    return failedPlan();
  }
  const spec = {
    family,
    sourceKey: source.name,
    lookupKey: range.name,
    extraKeys: extras.map((n) => n.name),
    returnUnmatched: flag ?? false,
  } as const;
  return operatorPlan([input, lookup], ([l, r]) => ipLookup(l, r, spec, env.cx.exec), env.cx, call.span);
}

function constantBool(node: ExprNode, env: ExprEnv): boolean | undefined {
  const value = constantOf(compileExpression(node, { ...env, columns: [] }))?.value;
  return typeof value === 'boolean' ? value : undefined;
}
