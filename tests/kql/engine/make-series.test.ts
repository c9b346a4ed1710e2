import { describe, expect, it } from 'vitest';
import { makeSeries } from '../../../src/kql/engine/index.ts';
import { agg, col, columnsOf, rowsOf, tableOf } from './support/helpers.ts';

const HOUR = 3_600_000;
const T0 = Date.parse('2024-01-01T00:00:00Z');
const logons = tableOf('Computer:string, TimeGenerated:datetime, Bytes:long', [
  ['dc1', T0 + 10 * 60_000, 5],
  ['dc1', T0 + 20 * 60_000, 7],
  ['dc2', T0 + HOUR + 1, 1],
  ['dc1', T0 + 2 * HOUR + 5, 2],
  ['dc1', T0 + 9 * HOUR, 100],
]);
const axis = { name: 'TimeGenerated', expr: col('TimeGenerated', 'datetime') };
// Datetimes inside dynamic values are Kusto text with 7 fraction digits (make-series-operator.md).
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', '.0000000Z');

describe('make-series', () => {
  it('counts per bin and key with default 0, ignoring rows outside [from, to)', () => {
    const result = makeSeries(logons, {
      aggregates: [agg('n', 'count')],
      axis,
      from: T0,
      to: T0 + 3 * HOUR,
      step: HOUR,
      keys: [{ name: 'Computer', expr: col('Computer', 'string') }],
    });
    expect(columnsOf(result)).toEqual(['Computer:string', 'n:dynamic', 'TimeGenerated:dynamic']);
    const axisValues = [iso(T0), iso(T0 + HOUR), iso(T0 + 2 * HOUR)];
    expect(rowsOf(result)).toEqual([
      ['dc1', [2, 0, 1], axisValues],
      ['dc2', [0, 1, 0], axisValues],
    ]);
  });

  it('uses default= for empty bins and takes the range from the data when from/to are absent', () => {
    const early = tableOf('TimeGenerated:datetime, Bytes:long', [
      [T0 + 5, 5],
      [T0 + 2 * HOUR, 2],
    ]);
    const result = makeSeries(early, {
      aggregates: [{ ...agg('total', 'sum', col('Bytes', 'long')), defaultValue: -1 }],
      axis,
      step: HOUR,
      keys: [],
    });
    expect(rowsOf(result)).toEqual([
      [
        [5, -1, 2],
        [iso(T0), iso(T0 + HOUR), iso(T0 + 2 * HOUR)],
      ],
    ]);
  });

  it('empty input gives no rows', () => {
    const empty = tableOf('TimeGenerated:datetime', []);
    const result = makeSeries(empty, { aggregates: [agg('n', 'count')], axis, step: HOUR, keys: [] });
    expect(result.rowCount).toBe(0);
    expect(columnsOf(result)).toEqual(['n:dynamic', 'TimeGenerated:dynamic']);
  });

  it('rejects a non-positive step', () => {
    expect(() => makeSeries(logons, { aggregates: [], axis, step: 0, keys: [] })).toThrow(/KQLR003 make-series: step/);
  });
});
