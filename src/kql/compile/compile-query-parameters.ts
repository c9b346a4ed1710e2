import { Diagnostics } from '../diagnostics/index.ts';
import { isNumericType } from '../engine/column.ts';
import { formatValue } from '../functions/format.ts';
import type { FunctionParameter, QueryParametersStatement } from '../syntax/index.ts';
import type { KqlType } from '../types.ts';
import { compileExpression } from './compile-expression.ts';
import { constant, constantOf } from './constants.ts';
import { valueAsDeclared } from './declared-type-value.ts';
import type { ExprEnv } from './env.ts';

/**
 * `declare query_parameters(name:type [= default], …)` (query-parameters-statement.md): runQuery supplies no
 * parameter values, so each name is bound to its default, a literal of the declared type (a number of another
 * numeric type is converted, as Kusto accepts `x:real = 1`). A parameter without a default is reported by name.
 */
export function declareQueryParameters(statement: QueryParametersStatement, env: ExprEnv): void {
  for (const parameter of statement.parameters) {
    if (parameter.type === 'table') {
      env.cx.report(Diagnostics.unsupportedConstruct(`tabular query parameter '${parameter.name}'`, parameter.span));
      continue;
    }
    env.scope.define(parameter.name, { kind: 'scalar', expr: parameterValue(parameter, parameter.type, env) });
  }
}

function parameterValue(parameter: FunctionParameter, type: KqlType, env: ExprEnv) {
  if (!parameter.defaultValue) {
    env.cx.report(Diagnostics.queryParameterWithoutValue(parameter.name, parameter.span));
    return constant(null, type);
  }
  const value = compileExpression(parameter.defaultValue, { ...env, columns: [] });
  const known = constantOf(value);
  if (!known) {
    env.cx.report(
      Diagnostics.invalidArgument(`query parameter '${parameter.name}': the default must be a literal`, parameter.span),
    );
    return constant(null, type);
  }
  // A number of another numeric type converts when no digit is lost (`x:real = 1`), as a datatable value does.
  const fitted =
    isNumericType(value.type) && isNumericType(type) ? valueAsDeclared(known.value, value.type, type) : undefined;
  if (value.type !== type && !fitted) {
    env.cx.report(
      Diagnostics.typeMismatch(
        `query parameter '${parameter.name}' is ${type} but its default ${formatDefault(known.value, value.type)} is not`,
        parameter.defaultValue.span,
      ),
    );
    return constant(null, type);
  }
  return constant(fitted ? fitted.value : known.value, type);
}

/** The default as the message shows it: its text and its type (`1.5 (real)`). */
function formatDefault(value: unknown, type: KqlType): string {
  return `${formatValue(value, type)} (${type})`;
}
