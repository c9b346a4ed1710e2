import { rowsNear } from '../../engine/index.ts';
import type { CallNode } from '../../syntax/index.ts';
import type { ExprEnv } from '../env.ts';
import type { TabularPlan } from '../plan.ts';
import { compilePlugin } from './plugin-args.ts';

/** rows-near-plugin.md */
export const compileRowsNear = (input: TabularPlan, call: CallNode, env: ExprEnv) =>
  compilePlugin(input, call, env, 'Condition, NumberOfRows [, RowsAfter]', (args) => {
    const condition = args.expression(0, 'bool');
    const before = args.number(1);
    const after = call.args.length > 2 ? args.number(2) : before;
    if (before < 0 || after < 0 || !Number.isInteger(before) || !Number.isInteger(after)) args.fail();
    return ([t]) => rowsNear(t, { condition, before, after }, env.cx.exec);
  });
