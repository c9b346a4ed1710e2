import { describe, expect, it } from 'vitest';
import { formatDiagnostic, KqlDatabase, runQuery } from '../../src/kql/index.ts';
import { database, failureCodes, run, TEST_NOW, table } from './support/builders.ts';

/**
 * Forms that published hunting queries use and Microsoft's parser accepts (checked with
 * @kusto/language-service-next), though the KQL reference documents only the usual spelling.
 */
const db = database({
  T: table('Name:string, Audit:bool, Paths:dynamic', [
    ['a', true, ['x', 'y']],
    ['b', false, []],
    ['c', null, null],
  ]),
});

const rows = async (query: string) => (await run(db, query)).rows;

describe('real-world query forms', () => {
  it('True, TRUE, False and FALSE are bool literals, like true and false', async () => {
    expect(await rows('print a = True, b = TRUE, c = False, d = FALSE')).toEqual([[true, true, false, false]]);
    expect(await rows('T | where Audit == True | project Name')).toEqual([['a']]);
  });

  it("where Name = expr is Kusto's named expression: the condition is expr, the name is dropped", async () => {
    // Microsoft's analyzer types `where isAudit = true` as the bool `true`: every row is kept.
    expect(await rows('T | where isAudit = true | count')).toEqual([[3]]);
    expect(await rows('T | where x = Audit and Name == "a" | project Name')).toEqual([['a']]);
    // A named string is not a condition, for Kusto (KS141) as here.
    expect(await failureCodes(db, 'T | where Name = "a"')).not.toEqual([]);
  });

  it('a zero-width space (U+200B) pasted into a query is a blank', async () => {
    expect(await rows('T\u200B| where Name == "b"\u200B| project Name')).toEqual([['b']]);
  });

  it("toscalar() of a scalar expression is that value, computed once (Microsoft's parser accepts it)", async () => {
    expect(await rows('let Verses = dynamic(["a", "b"]); let n = toscalar(array_length(Verses)); print n')).toEqual([
      [2],
    ]);
  });

  // Types as Microsoft's analyzer gives them: a dynamic branch takes the type of the others.
  it('iff/case with a dynamic branch and typed branches is typed like them, so it can be a group key', async () => {
    const { columns, rows: found } = await run(
      db,
      'print u = "https://a.example/x" | extend Domain = case(u contains "//", parse_url(u).Host, u), n = iff(true, dynamic("7"), 2), j = iff(true, dynamic({"k": 1}), "s") | summarize count() by Domain, n, j',
    );
    expect(columns).toEqual(['Domain:string', 'n:long', 'j:string', 'count_:long']);
    expect(found).toEqual([['a.example', 7, '{"k":1}', 1]]);
  });

  it('evaluate pivot(x) : (schema) answers the declared columns, nulls for a value the data lacks', async () => {
    const { columns, rows: found } = await run(
      db,
      'datatable(d:string, s:string)["a","High","b","Low","a","High"] | evaluate pivot(s) : (d:string, Critical:long, High:long, Low:long) | order by d asc',
    );
    expect(columns).toEqual(['d:string', 'Critical:long', 'High:long', 'Low:long']);
    expect(found).toEqual([
      ['a', null, 2, 0],
      ['b', null, 0, 1],
    ]);
  });

  it('arraylength is the deprecated spelling of array_length', async () => {
    expect(await rows('T | project n = arraylength(Paths)')).toEqual([[2], [0], [null]]);
  });

  // Names as Microsoft's analyzer gives them (@kusto/language-service-next), e.g. for
  // `extend outliers = series_decompose_anomalies(EventCount, 3) | mv-expand outliers` in published queries.
  it.each([
    [
      'outliers = series_decompose_anomalies(y)',
      'outliers, series_decompose_anomalies_y_ad_score, series_decompose_anomalies_y_baseline',
    ],
    [
      '(a, b) = series_stats(y)',
      'a, b, series_stats_y_max, series_stats_y_max_idx, series_stats_y_avg, series_stats_y_stdev, series_stats_y_variance',
    ],
    [
      'series_stats(y)',
      'series_stats_y_min, series_stats_y_min_idx, series_stats_y_max, series_stats_y_max_idx, series_stats_y_avg, series_stats_y_stdev, series_stats_y_variance',
    ],
  ])(
    'extend %s names the columns as Kusto does: the given names first, then <function>_<argument>_<suffix>',
    async (item, expected) => {
      const { columns } = await run(db, `print y = dynamic([1, 2, 3]) | extend ${item}`);
      expect(
        columns
          .slice(1)
          .map((c) => c.split(':')[0])
          .join(', '),
      ).toBe(expected);
    },
  );
});

describe('honest diagnostics for what published queries call', () => {
  it.each([
    [
      'DeviceProcessEvents | invoke GetFirstSeenBehaviors()',
      "KQL0021 line 1, col 30: function 'GetFirstSeenBehaviors' is not supported by the local engine",
    ],
    [
      'imNoSuchSchema | take 1',
      "KQL0021 line 1, col 1: function 'imNoSuchSchema' is not supported by the local engine",
    ],
    [
      '_GetWatchlistAlias | take 1',
      "KQL0021 line 1, col 1: function '_GetWatchlistAlias' is not supported by the local engine",
    ],
  ])('%s names the service function the local engine lacks', async (query, expected) => {
    const outcome = await runQuery(db, query, { now: TEST_NOW });
    expect(!outcome.ok && outcome.kind === 'diagnostics' && outcome.diagnostics.map(formatDiagnostic)).toEqual([
      expected,
    ]);
  });

  it('an unknown name in has_any (…) is reported once, where it is, without a second misleading error', async () => {
    const outcome = await runQuery(db, 'T | where Name has_any (NLTestParameters)', { now: TEST_NOW });
    expect(!outcome.ok && outcome.kind === 'diagnostics' && outcome.diagnostics.map((d) => d.code)).toEqual([
      'KQL0010',
    ]);
  });

  it('a wildcard union or search that matches no table with data answers no rows (search * | summarize make_set($table))', async () => {
    const empty = KqlDatabase.empty();
    const found = await runQuery(empty, 'search * | summarize Tables = make_set($table)', { now: TEST_NOW });
    expect(found.ok && found.table.toRaw().rows).toEqual([[[]]]);
    const fuzzy = await runQuery(empty, 'union isfuzzy=true NoSuch1, NoSuch2', { now: TEST_NOW });
    expect(!fuzzy.ok && fuzzy.kind === 'diagnostics' && fuzzy.diagnostics[0].code).toBe('KQL0015');
  });
});
