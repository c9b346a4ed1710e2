import { describe, expect, it } from 'vitest';
import { database, expectCase, failureCodes, ms, type QueryCase, table } from './support/builders.ts';

// activity-counts-metrics-plugin.md, activity-metrics-plugin.md, new-activity-metrics-plugin.md,
// sliding-window-counts-plugin.md, active-users-count-plugin.md, rolling-percentile-plugin.md,
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

// new-activity-metrics-plugin.md: the users seen on each day of its Users table.
const Users = `datatable(Timestamp:datetime, users:dynamic)[
    datetime(2019-11-01), dynamic([0,2,3,4]), datetime(2019-11-02), dynamic([0,1,3,4,5]),
    datetime(2019-11-03), dynamic([0,2,4,5]), datetime(2019-11-04), dynamic([0,1,2,3]),
    datetime(2019-11-05), dynamic([0,1,2,3,4])]
  | mv-expand user = users to typeof(long) | project Timestamp, user`;
const nov = (d: number) => ms(`2019-11-0${d}T00:00:00Z`);

const cases: QueryCase[] = [
  {
    name: 'activity_metrics compares each period with the previous one; NaN rates after a period without ids',
    query:
      'Visits | evaluate activity_metrics(User, At, datetime(2024-01-01), datetime(2024-01-03), 1d, Site) | extend Day = dayofmonth(At) | project Day, Site, dcount_values, dcount_newvalues, retention_rate, churn_rate',
    unordered: true,
    rows: [
      [1, 'x', 2, 2, Number.NaN, Number.NaN],
      [2, 'x', 1, 0, 0.5, 0.5],
      [3, 'x', 0, 0, 0, 1],
      [1, 'y', 0, 0, Number.NaN, Number.NaN],
      [2, 'y', 1, 1, Number.NaN, Number.NaN],
      [3, 'y', 1, 1, 0, 1],
    ],
  },
  {
    name: "activity_metrics without Start and End spans the data; a 'week' window is startofweek periods",
    query: `Visits | evaluate activity_metrics(User, At, 1d) | project At, dcount_values, dcount_newvalues, retention_rate
      | union (Visits | evaluate activity_metrics(User, At, 'week') | project At, dcount_values, dcount_newvalues, retention_rate)`,
    columns: ['At:datetime', 'dcount_values:long', 'dcount_newvalues:long', 'retention_rate:real'],
    unordered: true,
    rows: [
      [day(1), 2, 2, Number.NaN],
      [day(2), 1, 0, 0.5],
      [day(3), 1, 1, 0],
      [ms('2023-12-31T00:00:00Z'), 3, 3, Number.NaN],
    ],
  },
  {
    // The page's query and Output rows R=1…11. The page ends the range at EndDate-1tick; the engine holds
    // datetimes as milliseconds, where a tick is lost, so the range ends 1s before EndDate instead.
    name: 'new_activity_metrics: each cohort of new users compared with every later period (new-activity-metrics-plugin.md)',
    query: `let Users = ${Users}; let StartDate = datetime(2019-11-01 00:00:00); let EndDate = datetime(2019-11-07 00:00:00);
      Users | evaluate new_activity_metrics(user, Timestamp, StartDate, EndDate-1s, 1d)
      | where from_Timestamp < datetime(2019-11-03 00:00:00.0000000)`,
    columns: [
      'from_Timestamp:datetime',
      'to_Timestamp:datetime',
      'dcount_new_values:long',
      'dcount_retained_values:long',
      'dcount_churn_values:long',
      'retention_rate:real',
      'churn_rate:real',
    ],
    rows: [
      [nov(1), nov(1), 4, 4, 0, 1, 0],
      [nov(1), nov(2), 2, 3, 1, 0.75, 0.25],
      [nov(1), nov(3), 1, 3, 1, 0.75, 0.25],
      [nov(1), nov(4), 1, 3, 1, 0.75, 0.25],
      [nov(1), nov(5), 1, 4, 0, 1, 0],
      [nov(1), nov(6), 0, 0, 4, 0, 1],
      [nov(2), nov(2), 2, 2, 0, 1, 0],
      [nov(2), nov(3), 0, 1, 1, 0.5, 0.5],
      [nov(2), nov(4), 0, 1, 1, 0.5, 0.5],
      [nov(2), nov(5), 0, 1, 1, 0.5, 0.5],
      [nov(2), nov(6), 0, 0, 2, 0, 1],
    ],
  },
  {
    // A Cohort keeps that period's rows; ids of the Lookback table are not new (user 0 here).
    name: 'new_activity_metrics with a Cohort and a Lookback table',
    query: `let Users = ${Users}; let seen = datatable(user:long)[0];
      Users | evaluate new_activity_metrics(user, Timestamp, datetime(2019-11-01), datetime(2019-11-03), 1d, datetime(2019-11-01), seen)
      | project to_Timestamp, dcount_new_values, dcount_retained_values, retention_rate`,
    rows: [
      [nov(1), 3, 3, 1],
      [nov(2), 2, 2, 2 / 3],
      [nov(3), 1, 2, 2 / 3],
    ],
  },
  {
    // Without a Cohort the Lookback table may follow Window directly; user 0 is not new on 11-01.
    name: 'new_activity_metrics with a Lookback table and no Cohort',
    query: `let Users = ${Users}; let seen = datatable(user:long)[0];
      Users | evaluate new_activity_metrics(user, Timestamp, datetime(2019-11-01), datetime(2019-11-02), 1d, seen)
      | project from_Timestamp, to_Timestamp, dcount_new_values, dcount_retained_values`,
    rows: [
      [nov(1), nov(1), 3, 3],
      [nov(1), nov(2), 2, 2],
      [nov(2), nov(2), 2, 2],
    ],
  },
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
    // sliding-window-counts-plugin.md's example: a 3-day lookback ending with each daily bin. The distinct count is
    // Dcount as Microsoft's analyzer names it and Cyb3r-Monk's "Password Spray" reads it (the page now writes dcount).
    name: 'sliding_window_counts counts rows and distinct ids of the lookback window ending with each bin',
    query: `let T = datatable(UserId: string, Timestamp: datetime)[
        'Bob', datetime(2017-08-01), 'David', datetime(2017-08-01), 'David', datetime(2017-08-01),
        'John', datetime(2017-08-01), 'Bob', datetime(2017-08-01), 'Ananda', datetime(2017-08-02),
        'Atul', datetime(2017-08-02), 'John', datetime(2017-08-02), 'Ananda', datetime(2017-08-03),
        'Atul', datetime(2017-08-03), 'Atul', datetime(2017-08-03), 'John', datetime(2017-08-03),
        'Bob', datetime(2017-08-03), 'Betsy', datetime(2017-08-04), 'Bob', datetime(2017-08-05)];
      T | evaluate sliding_window_counts(UserId, Timestamp, datetime(2017-08-01), datetime(2017-08-07), 3d, 1d)
      | project Day = dayofmonth(Timestamp), Count, Dcount`,
    rows: [
      [1, 5, 3],
      [2, 8, 5],
      [3, 13, 5],
      [4, 9, 5],
      [5, 7, 5],
      [6, 2, 2],
      [7, 1, 1],
    ],
  },
  {
    // The lookback (2.5d rounds down to 2 bins) reaches rows before Start; windows without rows are left out.
    name: 'sliding_window_counts per dimension, with rows before Start in the first windows',
    query:
      'Visits | evaluate sliding_window_counts(User, At, datetime(2024-01-02), datetime(2024-01-04), 2.5d, 1d, Site) | project Day = dayofmonth(At), Site, Count, Dcount',
    columns: ['Day:int', 'Site:string', 'Count:long', 'Dcount:long'],
    unordered: true,
    rows: [
      [2, 'x', 3, 2],
      [3, 'x', 1, 1],
      [2, 'y', 1, 1],
      [3, 'y', 2, 2],
      [4, 'y', 1, 1],
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
    expect(await failureCodes(db, 'Visits | evaluate activity_metrics(User, At, 0d)')).toEqual(['KQL0036']);
    expect(await failureCodes(db, "Visits | evaluate new_activity_metrics(User, At, At, now(), 'day')")).toEqual([
      'KQL0036',
    ]);
  });
});
