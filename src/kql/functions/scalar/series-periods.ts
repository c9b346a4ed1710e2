import { MAX_ARRAY_LENGTH } from '../array-length-limit.ts';
import { defineScalar } from '../define.ts';
import type { ScalarFunction } from '../registry-types.ts';
import { numericSeries } from '../series-math.ts';
import { asInteger, asNumber } from '../values.ts';
import { lagCorrelation } from './series-decompose.ts';

/**
 * series_periods_detect and series_periods_validate (series-periods-detect-function.md,
 * series-periods-validate-function.md). The pages fix the contract: a period spans at least 4 points and at most
 * half the series, a period outside those bounds scores 0, scores lie between 0 and 1, at most 16 periods are
 * validated, and detection answers num_periods periods ordered by score. They do not give the scoring, so a
 * period's score here is the series' lagCorrelation at it (interpolated between whole lags, at most 1), as
 * series_decompose and series_seasonal find periods, and a score below series_decompose's documented seasonality
 * threshold (0.6) counts as no period: 0, as the pages show for their example's period 10. The service's scores
 * differ (the pages show 0.84 for the weekly period of their example, where this gives 0.96).
 */
const MIN_PERIOD = 4;
/** series-decompose-function.md: seasonality_threshold, 0.6 by default. */
const SIGNIFICANT_SCORE = 0.6;
const MAX_VALIDATED_PERIODS = 16;

function periodScore(y: readonly number[], period: number): number {
  if (!(period >= MIN_PERIOD && period <= y.length / 2)) return 0;
  const low = Math.floor(period);
  const high = Math.ceil(period);
  const weight = period - low;
  const score = (1 - weight) * lagCorrelation(y, low) + (weight === 0 ? 0 : weight * lagCorrelation(y, high));
  return score < SIGNIFICANT_SCORE ? 0 : Math.min(1, score);
}

/**
 * The best-scoring periods between the bounds: whole lags whose score is a local peak, leaving out echoes of a
 * period already chosen (isEchoOf), padded with 0 to `count`.
 */
function detectPeriods(y: readonly number[], minPeriod: number, maxPeriod: number, count: number) {
  const scoreAt = (lag: number) => periodScore(y, lag);
  const from = Math.max(MIN_PERIOD, Math.ceil(minPeriod));
  const to = Math.min(Math.floor(maxPeriod), Math.floor(y.length / 2));
  const peaks: { period: number; score: number }[] = [];
  for (let lag = from; lag <= to; lag++) {
    const score = scoreAt(lag);
    if (score > 0 && score >= scoreAt(lag - 1) && score >= scoreAt(lag + 1)) peaks.push({ period: lag, score });
  }
  peaks.sort((a, b) => b.score - a.score);
  const chosen: typeof peaks = [];
  for (const peak of peaks) {
    if (chosen.length === count) break;
    if (!chosen.some(({ period }) => isEchoOf(peak.period, period))) chosen.push(peak);
  }
  const padding = Array.from({ length: count - chosen.length }, () => 0);
  return [
    [...chosen.map((c) => c.period), ...padding],
    [...chosen.map((c) => c.score), ...padding],
  ];
}

/**
 * Within 20% of a period's length of the period or one of its multiples: a weekly pattern also repeats every two
 * weeks, and the page's advice to leave 20% margins around an expected period is the detector's resolution.
 */
function isEchoOf(lag: number, period: number): boolean {
  const times = Math.max(1, Math.round(lag / period));
  return Math.abs(lag - times * period) <= 0.2 * period;
}

export const seriesPeriodFunctions: readonly ScalarFunction[] = [
  defineScalar({
    name: 'series_periods_detect',
    params: ['dynamic', 'number', 'number', 'number'],
    result: 'dynamic',
    impl: (series, minPeriod, maxPeriod, numPeriods) => {
      const y = numericSeries(series);
      const [min, max, count] = [asNumber(minPeriod), asNumber(maxPeriod), asInteger(numPeriods)];
      if (!y || min === null || max === null || count === null || count < 0) return null;
      return detectPeriods(y, min, max, Math.min(count, MAX_ARRAY_LENGTH));
    },
  }),
  defineScalar({
    name: 'series_periods_validate',
    params: ['dynamic', 'number'],
    rest: 'number',
    result: 'dynamic',
    impl: (series, ...periods) => {
      const y = numericSeries(series);
      const given = periods.map(asNumber);
      if (!y || given.length > MAX_VALIDATED_PERIODS || given.some((period) => period === null)) return null;
      return [given, (given as number[]).map((period) => periodScore(y, period))];
    },
  }),
];
