import { describe, expect, it } from 'vitest';
import type { CompiledExpr } from '../../../src/kql/engine/index.ts';
import { extend, serialize, sort, windowOf } from '../../../src/kql/engine/index.ts';
import { col, rowsOf, tableOf } from './support/helpers.ts';

/** prev(column, offset, default) as kql-front compiles it on top of windowOf. */
function prev(name: string, offset: number, fallback: unknown): CompiledExpr {
  return {
    type: 'long',
    bind(table) {
      const { rows, positionOf } = windowOf(table, 'prev');
      const column = table.column(name);
      return (row) => {
        const position = positionOf[row] - offset;
        return position >= 0 ? column.get(rows[position]) : fallback;
      };
    },
  };
}
const rowNumber: CompiledExpr = {
  type: 'long',
  bind(table) {
    const { positionOf } = windowOf(table, 'row_number');
    return (row) => positionOf[row] + 1;
  },
};

const table = tableOf('t:long', [[30], [10], [20]]);

describe('serialize and window helpers', () => {
  it('row_number and prev follow the serialized order', () => {
    const sorted = sort(table, [{ expr: col('t', 'long'), descending: false }]);
    const result = extend(sorted, [
      { name: 'rn', expr: rowNumber },
      { name: 'before', expr: prev('t', 1, -1) },
    ]);
    expect(rowsOf(result)).toEqual([
      [10, 1, -1],
      [20, 2, 10],
      [30, 3, 20],
    ]);
  });

  it('serialize keeps the input order and applies its assignments', () => {
    expect(rowsOf(serialize(table, [{ name: 'rn', expr: rowNumber }]))).toEqual([
      [30, 1],
      [10, 2],
      [20, 3],
    ]);
  });

  it('refuses window functions on unserialized rows with KQLR005', () => {
    expect(() => extend(table, [{ name: 'rn', expr: rowNumber }])).toThrow(
      /KQLR005 row_number\(\) needs serialized rows/,
    );
  });
});
