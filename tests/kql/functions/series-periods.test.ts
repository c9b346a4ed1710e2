import { describe, it } from 'vitest';
import { database, expectCase, type QueryCase } from '../support/builders.ts';

/** The series of series-periods-detect-function.md and series-periods-validate-function.md: a 14-point cycle. */
const SERIES = `dynamic([80, 139, 87, 110, 68, 54, 50, 51, 53, 133, 86, 141, 97, 156, 94, 149, 95, 140, 77, 61, 50, 54, 47,
  133, 72, 152, 94, 148, 105, 162, 101, 160, 87, 63, 53, 55, 54, 151, 103, 189, 108, 183, 113, 175, 113, 178, 90, 71, 62,
  62, 65, 165, 109, 181, 115, 182, 121, 178, 114, 170])`;

const cases: QueryCase[] = [
  {
    // The page finds the 14-point period alone: its echoes (16, 28) are not further periods, and the second slot is 0.
    name: 'series_periods_detect finds the period and pads to num_periods',
    query: `print y = ${SERIES} | project series_periods_detect(y, 0.0, 50.0, 2)
      | project periods = series_periods_detect_y_periods, found = toreal(series_periods_detect_y_periods_scores[0]) > 0.6,
        none = series_periods_detect_y_periods_scores[1]`,
    rows: [[[14, 0], true, 0]],
  },
  {
    // series-periods-validate-function.md: 10 is no period of the series (score 0); a period below 4 points or
    // above half the series also scores 0.
    name: 'series_periods_validate scores given periods, 0 outside 4 … half the series',
    query: `print y = ${SERIES} | project (periods, scores) = series_periods_validate(y, 14.0, 10.0, 3.0, 31.0)
      | project periods, strong = toreal(scores[0]) > 0.6, rest = array_slice(scores, 1, 3)`,
    rows: [[[14, 10, 3, 31], true, [0, 0, 0]]],
  },
  {
    // A num_periods of two billion padded its arrays element by element until the heap gave out (a fuzzed
    // argument killed the test worker); the padding stops at the engine's array cap.
    name: 'series_periods_detect pads to at most 1,048,576 periods, whatever num_periods asks',
    query: `print y = ${SERIES} | project series_periods_detect(y, 0.0, 50.0, 2000000000)
      | project n = array_length(series_periods_detect_y_periods), first = series_periods_detect_y_periods[0]`,
    rows: [[1_048_576, 14]],
  },
];

describe('series_periods_detect and series_periods_validate', () => {
  it.each(cases)('$name', async (c) => {
    await expectCase(database({}), c);
  });
});
