import type { ArgumentInfo } from '../registry-types.ts';
import { asNumber } from '../values.ts';
import { defineAggregate } from './define.ts';

/**
 * percentilesw / percentilesw_array (percentilesw-aggregation-function.md): nearest-rank
 * percentiles where each value counts `weight` times, so the value at weighted rank
 * ⌈p/100 · Σweight⌉. Rows with a null value or a weight that is not positive are left out.
 */
export function weightedNearestRank(
  points: readonly { value: number; weight: number }[],
  total: number,
  percent: number,
) {
  if (points.length === 0 || !(percent >= 0 && percent <= 100)) return null;
  const rank = Math.max(1, Math.ceil((percent / 100) * total));
  let seen = 0;
  for (const point of points) {
    seen += point.weight;
    if (seen >= rank) return point.value;
  }
  return points[points.length - 1].value;
}

/** The requested percents: constants after the value and weight, or one dynamic array of them. */
function percentsOf(args: readonly ArgumentInfo[]): number[] {
  return args
    .slice(2)
    .flatMap((arg) => (Array.isArray(arg.constant?.value) ? arg.constant.value : [arg.constant?.value]))
    .map((p) => asNumber(p) ?? Number.NaN);
}

function weightedPercentiles(name: string) {
  return defineAggregate({
    name,
    params: [['number', 'datetime', 'timespan'], 'number', ['number', 'dynamic']],
    rest: 'number',
    result: 'dynamic',
    defaultName: (names) => `percentile_${names[0] ?? ''}`,
    create: (args) => {
      const percents = percentsOf(args);
      return () => {
        const points: { value: number; weight: number }[] = [];
        return {
          add: ([value, weight]: readonly unknown[]) => {
            const [x, w] = [asNumber(value), asNumber(weight)];
            if (x !== null && w !== null && w > 0) points.push({ value: x, weight: w });
          },
          result: () => {
            points.sort((a, b) => a.value - b.value);
            const total = points.reduce((sum, point) => sum + point.weight, 0);
            return percents.map((p) => weightedNearestRank(points, total, p));
          },
        };
      };
    },
  });
}

/** percentilew(x, weight, p): one weighted percentile, named percentile_x_p. */
const singleWeightedPercentile = defineAggregate({
  name: 'percentilew',
  params: [['number', 'datetime', 'timespan'], 'number', 'number'],
  result: (args) => args[0].type,
  defaultName: (names) => `percentile_${names[0] ?? ''}_${names[2] ?? ''}`,
  create: (args) => {
    const many = weightedPercentiles('percentilesw').createAccumulator(args);
    return () => {
      const accumulator = many();
      return { add: (values) => accumulator.add(values), result: () => (accumulator.result() as unknown[])[0] ?? null };
    };
  },
});

export const weightedPercentileAggregates = [
  weightedPercentiles('percentilesw'),
  weightedPercentiles('percentilesw_array'),
  singleWeightedPercentile,
];
