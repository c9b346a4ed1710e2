import { describe, expect, it } from 'vitest';
import { database, expectCase, failureCodes, ms, type QueryCase, table } from './support/builders.ts';

// activity-counts-metrics-plugin.md, active-users-count-plugin.md, rolling-percentile-plugin.md,
// dcount-intersect-plugin.md and rows-near-plugin.md (dataexplorer-docs): dimensions, nulls and malformed calls.
const day = (d: number) => ms(`2024-01-0${d}T00:00:00Z`);
const db = database({
  Visits: table('User:string, At:datetime, Site:string, Score:long', [
    ['a', day(1), 'x', 1],
    ['b', day(1), 'x', 5],
    ['a', day(2), 'x', 3],
    ['a', day(2), 'y', 7],
    ['', day(2), 'y', null],
    ['c', day(3), 'y', 9],
  ]),
});

const cases: QueryCase[] = [
  {
    name: 'activity_counts_metrics per dimension; empty ids are not counted, windows without rows are left out',
    query:
      'Visits | evaluate activity_counts_metrics(User, At, datetime(2024-01-01), datetime(2024-01-03), 1d, Site) | extend Day = dayofmonth(At) | project Day, Site, count, dcount, new_dcount, aggregated_dcount',
    unordered: true,
    rows: [
      [1, 'x', 2, 2, 2, 2],
      [2, 'x', 1, 1, 0, 2],
      [2, 'y', 1, 1, 1, 1],
      [3, 'y', 1, 1, 1, 2],
    ],
  },
  {
    name: 'active_users_count: an appearance is active with enough distinct periods in its lookback window',
    query:
      'Visits | evaluate active_users_count(User, At, datetime(2024-01-01), datetime(2024-01-03), 2d, 1d, 2, 1d) | extend Day = dayofmonth(At) | project Day, dcount',
    rows: [[2, 1]],
  },
  {
    name: 'rolling_percentile over a window of two daily bins, per dimension; null values are skipped',
    query:
      'Visits | evaluate rolling_percentile(Score, 50, At, 1d, 2, Site) | extend Day = dayofmonth(At) | project Day, Site, rolling_2_percentile_Score_50',
    unordered: true,
    rows: [
      [1, 'x', 1],
      [2, 'x', 3],
      [2, 'y', 7],
      [3, 'y', 7],
    ],
  },
  {
    name: 'dcount_intersect counts the values common to the first k sketches (nulls are in none)',
    query:
      'Visits | summarize a = hll(Score), b = hll(iff(Site == "y", Score, long(null))), c = hll(iff(Score > 8, Score, long(null))) | evaluate dcount_intersect(a, b, c) | project s0, s1, s2',
    rows: [[5, 2, 1]],
  },
  {
    // rows-near-plugin.md: overlapping neighbourhoods give each row once, in input order.
    name: 'rows_near keeps the matching rows and their neighbours, RowsAfter apart from NumberOfRows',
    query: 'range x from 1 to 10 step 1 | evaluate rows_near(x == 4 or x == 6, 1, 0) | project x',
    rows: [[3], [4], [5], [6]],
  },
];

describe('activity, rolling and rows_near evaluate plugins', () => {
  it.each(cases)('$name', (c) => expectCase(db, c));

  it('names the signature when an argument is not a column or a constant', async () => {
    expect(await failureCodes(db, 'Visits | evaluate activity_counts_metrics(User, At, At, now(), 1d)')).toEqual([
      'KQL0036',
    ]);
    expect(await failureCodes(db, 'Visits | evaluate rolling_percentile(Score, 50, At, 0d, 2)')).toEqual(['KQL0036']);
    expect(await failureCodes(db, 'Visits | summarize a = hll(User) | evaluate dcount_intersect(a)')).toEqual([
      'KQL0036',
    ]);
    expect(await failureCodes(db, 'Visits | evaluate rows_near(Score, 1)')).toEqual(['KQL0036']);
  });
});
