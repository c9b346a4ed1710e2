/**
 * The benchmark's query shapes: each as KQL for huntops and the equivalent hand-written SQL
 * for DuckDB, plus the column whose sum both engines must agree on (a cheap result check on
 * top of the row count).
 */
export interface BenchShape {
  readonly name: string;
  readonly kql: string;
  readonly sql: string;
  readonly checksumColumn: string;
}

export const BENCH_SHAPES: readonly BenchShape[] = [
  {
    name: 'spray',
    kql: `SigninLogs
| where ResultType == "50126"
| summarize Attempts = count(), Users = dcount(UserPrincipalName), UserSet = make_set(UserPrincipalName, 50)
    by IPAddress, bin(TimeGenerated, 15m)
| where Users >= 10`,
    sql: `SELECT IPAddress, time_bucket(INTERVAL '15 minutes', TimeGenerated) AS TimeGenerated,
  count(*) AS Attempts, count(DISTINCT UserPrincipalName) AS Users, list(DISTINCT UserPrincipalName)[1:50] AS UserSet
FROM SigninLogs WHERE ResultType = '50126'
GROUP BY IPAddress, time_bucket(INTERVAL '15 minutes', TimeGenerated)
HAVING count(DISTINCT UserPrincipalName) >= 10`,
    checksumColumn: 'Attempts',
  },
  {
    name: 'failed-logon',
    kql: 'SecurityEvent | where EventID == 4625 | summarize Failures = count() by Account, Computer',
    sql: 'SELECT Account, Computer, count(*) AS Failures FROM SecurityEvent WHERE EventID = 4625 GROUP BY Account, Computer',
    checksumColumn: 'Failures',
  },
  {
    name: 'two-level',
    kql: `SigninLogs
| summarize Attempts = count() by IPAddress, UserPrincipalName
| summarize Users = count(), Attempts = sum(Attempts) by IPAddress`,
    sql: `SELECT IPAddress, count(*) AS Users, sum(Attempts) AS Attempts FROM (
  SELECT IPAddress, UserPrincipalName, count(*) AS Attempts FROM SigninLogs GROUP BY IPAddress, UserPrincipalName
) GROUP BY IPAddress`,
    checksumColumn: 'Attempts',
  },
  {
    name: 'window+top',
    kql: `SigninLogs
| where TimeGenerated between (datetime(2026-11-03) .. datetime(2026-11-04)) and ResultType != "0"
| summarize Failures = count() by AppDisplayName, Location
| top 10 by Failures`,
    sql: `SELECT AppDisplayName, Location, count(*) AS Failures FROM SigninLogs
WHERE TimeGenerated BETWEEN TIMESTAMP '2026-11-03' AND TIMESTAMP '2026-11-04' AND ResultType <> '0'
GROUP BY AppDisplayName, Location ORDER BY Failures DESC LIMIT 10`,
    checksumColumn: 'Failures',
  },
];

/** DuckDB statements that load the JSONL files as typed tables (the counterpart of huntops' loader). */
export function duckdbLoadStatements(dir: string): string[] {
  return ['SigninLogs', 'SecurityEvent'].map(
    (table) =>
      `CREATE TABLE ${table} AS SELECT * REPLACE (CAST(TimeGenerated AS TIMESTAMP) AS TimeGenerated)
       FROM read_json('${dir}/${table}.jsonl', format = 'newline_delimited')`,
  );
}
