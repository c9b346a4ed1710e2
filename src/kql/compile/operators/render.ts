import type { OperatorCompiler } from './index.ts';

/** `render`: accepted as Log Analytics accepts it; the rows pass unchanged and the chart kind is kept as a hint. */
export const compileRender: OperatorCompiler<'RenderOperator'> = (input, operator) => ({
  ...input,
  visualization: {
    kind: operator.visualization,
    properties: Object.fromEntries(operator.properties.map((p) => [p.name, p.value])),
  },
});
