import type { ArgumentInfo } from '../registry-types.ts';
import { toDynamicValue } from '../scalar/dynamic.ts';
import { asBool, asNumber } from '../values.ts';
import { defineAggregate } from './define.ts';

/**
 * stdev/variance (sample, n − 1) and stdevp/variancep (population), with -if forms
 * (variancepif-aggregation-function.md).
 * Welford's running update keeps the result stable on large groups. A group without
 * values yields null; a single value gives 0.
 */
function spread(kind: 'stdev' | 'variance', population: boolean, predicateIndex: number | null) {
  return () => () => {
    let count = 0;
    let meanSoFar = 0;
    let squares = 0;
    return {
      add: (values: readonly unknown[]) => {
        if (predicateIndex !== null && asBool(values[predicateIndex]) !== true) return;
        const x = asNumber(values[0]);
        if (x === null) return;
        count++;
        const delta = x - meanSoFar;
        meanSoFar += delta / count;
        squares += delta * (x - meanSoFar);
      },
      result: () => {
        if (count === 0) return null;
        const divisor = population ? count : count - 1;
        const variance = divisor === 0 ? 0 : squares / divisor;
        return kind === 'stdev' ? Math.sqrt(variance) : variance;
      },
    };
  };
}

function statistic(name: string, kind: 'stdev' | 'variance', population: boolean, conditional: boolean) {
  return defineAggregate({
    name,
    params: conditional ? ['number', 'bool'] : ['number'],
    result: 'real',
    create: spread(kind, population, conditional ? 1 : null),
  });
}

/** Nearest-rank percentile over sorted values: the value at rank ⌈p/100 · n⌉, as Kusto documents. */
export function nearestRank(sorted: readonly number[], percent: number): number | null {
  if (sorted.length === 0 || percent < 0 || percent > 100) return null;
  const rank = Math.max(1, Math.ceil((percent / 100) * sorted.length));
  return sorted[rank - 1];
}

/** `percentile_X_95`, `percentile_X_99_5`: Kusto's column name for one requested percent. */
export function percentileColumnName(column: string | undefined, percent: number): string {
  return `percentile_${column ?? ''}_${String(percent).replace('.', '_')}`;
}

function percentsOf(args: readonly ArgumentInfo[]): number[] {
  return args.slice(1).map((arg) => asNumber(arg.constant?.value) ?? Number.NaN);
}

/**
 * 'one' answers a value, 'columns' the values the engine spreads into typed columns (percentiles), and 'array'
 * one dynamic array, where a datetime or timespan is held as its text like in any dynamic value (percentiles_array).
 */
function percentileCollector(shape: 'one' | 'columns' | 'array') {
  return (args: readonly ArgumentInfo[]) => {
    const percents = percentsOf(args);
    const inDynamic = (value: unknown) => toDynamicValue(value, args[0].type);
    return () => {
      const values: number[] = [];
      return {
        add: (row: readonly unknown[]) => {
          const x = asNumber(row[0]);
          if (x !== null) values.push(x);
        },
        result: () => {
          const sorted = [...values].sort((a, b) => a - b);
          const picked = percents.map((p) => (Number.isNaN(p) ? null : nearestRank(sorted, p)));
          if (shape === 'one') return picked[0];
          return shape === 'array' ? picked.map(inDynamic) : picked;
        },
      };
    };
  };
}

export const statisticAggregates = [
  statistic('stdev', 'stdev', false, false),
  statistic('stdevif', 'stdev', false, true),
  statistic('stdevp', 'stdev', true, false),
  statistic('variance', 'variance', false, false),
  statistic('varianceif', 'variance', false, true),
  statistic('variancep', 'variance', true, false),
  statistic('stdevpif', 'stdev', true, true),
  statistic('variancepif', 'variance', true, true),
  defineAggregate({
    // The percent must be a constant (the binder passes literals as ArgumentInfo.constant).
    name: 'percentile',
    params: [['number', 'datetime', 'timespan'], 'number'],
    result: (args) => args[0].type,
    defaultName: (names) => `percentile_${names[0] ?? ''}_${names[1] ?? ''}`,
    create: percentileCollector('one'),
  }),
  defineAggregate({
    // One value per requested percent, in order; the engine names the columns with percentileColumnName().
    name: 'percentiles',
    params: [['number', 'datetime', 'timespan'], 'number'],
    rest: 'number',
    result: 'dynamic',
    defaultName: (names) => `percentiles_${names[0] ?? ''}`,
    create: percentileCollector('columns'),
  }),
  defineAggregate({
    // The same values as percentiles(), kept in one dynamic array column.
    name: 'percentiles_array',
    params: [['number', 'datetime', 'timespan'], 'number'],
    rest: 'number',
    result: 'dynamic',
    defaultName: (names) => `percentiles_${names[0] ?? ''}`,
    create: percentileCollector('array'),
  }),
];
