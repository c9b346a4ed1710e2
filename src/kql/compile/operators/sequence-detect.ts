import { sequenceDetect } from '../../engine/index.ts';
import type { CallNode } from '../../syntax/index.ts';
import type { ExprEnv } from '../env.ts';
import type { TabularPlan } from '../plan.ts';
import { compilePlugin } from './plugin-args.ts';

/**
 * sequence-detect-plugin.md: after the timeline and the two windows come the named steps
 * (`heat=(EventType == "Excessive Heat")`, named because each names its output column), then the
 * dimension columns.
 */
export const compileSequenceDetect = (input: TabularPlan, call: CallNode, env: ExprEnv) =>
  compilePlugin(
    input,
    call,
    env,
    'TimelineColumn, MaxSequenceStepWindow, MaxSequenceSpan, Step1=(predicate), Step2=(predicate), … [, Dim1, …]',
    (args) => {
      const time = args.column(0);
      if (input.schema.find((c) => c.name === time)?.type !== 'datetime') args.fail();
      const stepWindow = args.number(1, { positive: true });
      const maxSpan = args.number(2, { positive: true });
      let firstDim = 3;
      while (firstDim < call.args.length && call.argNames?.[firstDim] !== undefined) firstDim++;
      const steps = call.args.slice(3, firstDim).map((_, i) => ({
        name: call.argNames?.[3 + i] ?? '',
        predicate: args.expression(3 + i, 'bool'),
      }));
      if (steps.length === 0) args.fail();
      const spec = { time, stepWindow, maxSpan, steps, dims: args.columns(firstDim) };
      return ([t]) => sequenceDetect(t, spec, env.cx.exec);
    },
  );
