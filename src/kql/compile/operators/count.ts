import { ColumnTable, columnFromValues, count } from '../../engine/index.ts';
import { operatorPlan } from '../plan.ts';
import type { OperatorCompiler } from './index.ts';

/** `count [as Name]`: one row, column `Count` or `Name`. */
export const compileCount: OperatorCompiler<'CountOperator'> = (input, operator, env) =>
  operatorPlan([input], ([t]) => count(t, operator.columnName), env.cx, operator.span);

/** `getschema`: one row per input column (ColumnName, ColumnOrdinal, DataType, ColumnType). */
export const compileGetSchema: OperatorCompiler<'GetSchemaOperator'> = (input, operator, env) =>
  operatorPlan(
    [input],
    ([t]) =>
      ColumnTable.fromColumns('getschema', [
        {
          name: 'ColumnName',
          column: columnFromValues(
            'string',
            t.columns.map((c) => c.name),
          ),
        },
        {
          name: 'ColumnOrdinal',
          column: columnFromValues(
            'int',
            t.columns.map((_, i) => i),
          ),
        },
        {
          name: 'DataType',
          column: columnFromValues(
            'string',
            t.columns.map((c) => dotNetType(c.type)),
          ),
        },
        {
          name: 'ColumnType',
          column: columnFromValues(
            'string',
            t.columns.map((c) => c.type),
          ),
        },
      ]),
    env.cx,
    operator.span,
  );

const DOTNET: Record<string, string> = {
  string: 'System.String',
  int: 'System.Int32',
  long: 'System.Int64',
  real: 'System.Double',
  decimal: 'System.Data.SqlTypes.SqlDecimal',
  bool: 'System.SByte',
  datetime: 'System.DateTime',
  timespan: 'System.TimeSpan',
  dynamic: 'System.Object',
  guid: 'System.Guid',
};

function dotNetType(type: string): string {
  return DOTNET[type] ?? 'System.Object';
}
