import { fitLine, mean, percentileOfSorted, robustLine } from '../series-math.ts';
import { asInteger, asNumber, asString, isNull } from '../values.ts';

/**
 * A simplified series_decompose / series_decompose_anomalies, documented as such:
 * - trend: 'linefit' (least squares, refitted without gross outliers), 'avg' (the mean) or 'none';
 * - seasonality: a given period, 0 for none, or -1 to detect the period whose
 *   autocorrelation of the detrended series is highest and above `seasonalityThreshold`;
 *   the seasonal component is the median of each phase;
 * - anomalies: Tukey's fence on the residuals, with the 25th–75th percentile range
 *   ('tukey') or the 10th–90th ('ctukey', the default); score = distance beyond the fence
 *   in units of that range; flag = ±1 where |score| > threshold.
 * Kusto's exact seasonality detector and `test_points` forecasting are not reproduced:
 * test points are fitted like the other points.
 */
export interface DecomposeOptions {
  readonly threshold: number;
  readonly seasonality: number;
  readonly trend: 'linefit' | 'avg' | 'none';
  readonly method: 'ctukey' | 'tukey';
  readonly seasonalityThreshold: number;
}

export function readDecomposeOptions(raw: Record<string, unknown>): DecomposeOptions {
  // 'avg' is the documented default of series_decompose, _anomalies and _forecast
  // (series-decompose-anomalies-function.md); hunting queries ask for 'linefit' explicitly.
  const trend = asString(raw.trend) || 'avg';
  return {
    threshold: isNull(raw.threshold) ? 1.5 : (asNumber(raw.threshold) ?? 1.5),
    seasonality: isNull(raw.seasonality) ? -1 : (asInteger(raw.seasonality) ?? -1),
    trend: trend === 'linefit' || trend === 'none' ? trend : 'avg',
    method: asString(raw.method) === 'tukey' ? 'tukey' : 'ctukey',
    seasonalityThreshold: isNull(raw.seasonalityThreshold) ? 0.6 : (asNumber(raw.seasonalityThreshold) ?? 0.6),
  };
}

export interface Decomposition {
  readonly baseline: number[];
  readonly seasonal: number[];
  readonly trend: number[];
  readonly residual: number[];
}

function trendOf(y: readonly number[], kind: DecomposeOptions['trend']): number[] {
  if (kind === 'none') return y.map(() => 0);
  if (kind === 'avg') return y.map(() => mean(y));
  // Refit without the points far outside Tukey's fences, so one spike does not tilt the trend
  // enough to hide itself.
  const first = robustLine(y);
  const residuals = y.map((v, i) => v - first[i]);
  const sorted = [...residuals].sort((a, b) => a - b);
  const q1 = percentileOfSorted(sorted, 25);
  const q3 = percentileOfSorted(sorted, 75);
  const fence = 3 * (q3 - q1);
  return fitLine(y, (i) => residuals[i] >= q1 - fence && residuals[i] <= q3 + fence).line;
}

export function autocorrelation(values: readonly number[], lag: number): number {
  const m = mean(values);
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < values.length; i++) {
    denominator += (values[i] - m) ** 2;
    if (i + lag < values.length) numerator += (values[i] - m) * (values[i + lag] - m);
  }
  return denominator === 0 ? 0 : numerator / denominator;
}

/**
 * How strongly a series repeats after `lag` points: its autocorrelation scaled for the points the lag leaves out,
 * so a long lag is not penalised for overlapping less of the series.
 */
export function lagCorrelation(values: readonly number[], lag: number): number {
  return (autocorrelation(values, lag) * values.length) / (values.length - lag);
}

function detectPeriod(detrended: readonly number[], threshold: number): number {
  let best = 0;
  let bestScore = threshold;
  for (let lag = 2; lag <= Math.floor(detrended.length / 2); lag++) {
    const score = autocorrelation(detrended, lag);
    if (score > bestScore) {
      best = lag;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Median of each phase of `period` (series-decompose-function.md: "the median of the points in
 * the same phase"), centred; no seasonality when a period cannot repeat in the series.
 */
function seasonalOf(detrended: readonly number[], period: number): number[] {
  if (period < 2 || period > detrended.length / 2) return detrended.map(() => 0);
  const phaseMedians = Array.from({ length: period }, (_, phase) =>
    percentileOfSorted(
      detrended.filter((_, index) => index % period === phase).sort((a, b) => a - b),
      50,
    ),
  );
  const centre = mean(phaseMedians);
  return detrended.map((_, index) => phaseMedians[index % period] - centre);
}

export function decomposeSeries(y: readonly number[], options: Omit<DecomposeOptions, 'threshold' | 'method'>) {
  const trend = trendOf(y, options.trend);
  const detrended = y.map((v, i) => v - trend[i]);
  const period = options.seasonality < 0 ? detectPeriod(detrended, options.seasonalityThreshold) : options.seasonality;
  const seasonal = seasonalOf(detrended, period);
  const baseline = trend.map((t, i) => t + seasonal[i]);
  const parts: Decomposition = { baseline, seasonal, trend, residual: y.map((v, i) => v - baseline[i]) };
  return { ...parts, period };
}

/**
 * Tukey's fence scores: how far each value lies beyond the lowP–highP percentile range, in units
 * of that range (0 inside it). Shared by series_decompose_anomalies and series_outliers.
 */
export function tukeyScores(values: readonly number[], lowP: number, highP: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const low = percentileOfSorted(sorted, lowP);
  const high = percentileOfSorted(sorted, highP);
  // A flat range would divide by zero; any deviation from it is then maximally odd.
  const range = Math.max(high - low, 1e-9);
  return values.map((r) => {
    if (r > high) return (r - high) / range;
    if (r < low) return -(low - r) / range;
    return 0;
  });
}

export function decomposeAnomalies(y: readonly number[], options: DecomposeOptions) {
  const parts = decomposeSeries(y, options);
  const [lowP, highP] = options.method === 'tukey' ? [25, 75] : [10, 90];
  const scores = tukeyScores(parts.residual, lowP, highP);
  const flags = scores.map((s) => (s > options.threshold ? 1 : s < -options.threshold ? -1 : 0));
  return { flags, scores, baseline: parts.baseline };
}
