import type { KqlType } from '../types.ts';

/**
 * Functions whose result Kusto spreads over several columns in `extend`:
 * `extend (a, b, c) = series_decompose_anomalies(x)` names them; `extend S = series_stats(x)`
 * yields `S`, `series_stats_x_min_idx`, … (the given names take the first columns). The registry's functions return one value (a bag for
 * series_stats/series_fit_line, an array for series_decompose*); `split` turns it into the
 * per-column values in column order, which is what the engine's tuple extend expects.
 */
export interface MultiColumnResult {
  readonly columns: readonly { readonly suffix: string; readonly type: KqlType }[];
  split(value: unknown): unknown[];
  /** Default column names from the arguments' names, when they are not `<function>_<argument>_<suffix>`. */
  defaultNames?(argNames: readonly (string | undefined)[]): string[];
}

function bagResult(columns: MultiColumnResult['columns']): MultiColumnResult {
  return {
    columns,
    split: (value) =>
      columns.map(({ suffix }) =>
        value !== null && typeof value === 'object' ? ((value as Record<string, unknown>)[suffix] ?? null) : null,
      ),
  };
}

function arrayResult(columns: MultiColumnResult['columns']): MultiColumnResult {
  return { columns, split: (value) => columns.map((_, index) => (Array.isArray(value) ? value[index] : null) ?? null) };
}

const real = (suffix: string) => ({ suffix, type: 'real' as const });
const long = (suffix: string) => ({ suffix, type: 'long' as const });
const dynamic = (suffix: string) => ({ suffix, type: 'dynamic' as const });

const MULTI_COLUMN: Record<string, MultiColumnResult> = {
  series_stats: bagResult([
    real('min'),
    long('min_idx'),
    real('max'),
    long('max_idx'),
    real('avg'),
    real('stdev'),
    real('variance'),
  ]),
  series_fit_line: bagResult([
    real('rsquare'),
    real('slope'),
    real('variance'),
    real('rvariance'),
    real('interception'),
    dynamic('line_fit'),
  ]),
  series_fit_2lines: bagResult([
    real('rsquare'),
    long('split_idx'),
    real('variance'),
    real('rvariance'),
    dynamic('line_fit'),
    real('right_rsquare'),
    real('right_slope'),
    real('right_interception'),
    real('right_variance'),
    real('right_rvariance'),
    real('left_rsquare'),
    real('left_slope'),
    real('left_interception'),
    real('left_variance'),
    real('left_rvariance'),
  ]),
  series_fit_poly: bagResult([
    real('rsquare'),
    dynamic('coefficients'),
    real('variance'),
    real('rvariance'),
    dynamic('poly_fit'),
  ]),
  series_decompose: arrayResult([dynamic('baseline'), dynamic('seasonal'), dynamic('trend'), dynamic('residual')]),
  series_decompose_anomalies: arrayResult([dynamic('ad_flag'), dynamic('ad_score'), dynamic('baseline')]),
  // The pages name the scores differently: series_periods_detect_y_periods_scores, series_periods_validate_y_scores.
  series_periods_detect: arrayResult([dynamic('periods'), dynamic('periods_scores')]),
  series_periods_validate: arrayResult([dynamic('periods'), dynamic('scores')]),
};

/** Functions that sort several arrays alike and answer one array per array argument. */
const SORTS_ARRAYS = new Set(['array_sort_asc', 'array_sort_desc']);

/**
 * `print array_sort_asc(array1, array2)` gives the columns array1_sorted and array2_sorted
 * (array-sort-asc-function.md); one array stays one column holding the sorted array.
 */
function sortedArrays(count: number): MultiColumnResult {
  const columns = Array.from({ length: count }, (_, i) => dynamic(String(i)));
  return {
    ...arrayResult(columns),
    defaultNames: (argNames) => columns.map((_, i) => `${argNames[i] ?? `array${i + 1}`}_sorted`),
  };
}

/**
 * The column layout of a multi-column scalar function, or undefined for ordinary functions.
 * `arrayArguments` counts the array arguments of a call, which decides array_sort_*'s layout.
 */
export function multiColumnResult(functionName: string, arrayArguments = 0): MultiColumnResult | undefined {
  if (SORTS_ARRAYS.has(functionName)) return arrayArguments > 1 ? sortedArrays(arrayArguments) : undefined;
  return Object.hasOwn(MULTI_COLUMN, functionName) ? MULTI_COLUMN[functionName] : undefined;
}
