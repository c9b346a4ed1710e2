import { describe, expect, it } from 'vitest';
import { runQuery } from '../../src/kql/index.ts';
import { database, expectCase, failureCodes, ms, type QueryCase, TEST_NOW, table } from './support/builders.ts';

const db = database({
  S: table('User:string, Ip:string, Result:string, When:datetime, Bytes:long', [
    ['alice', '1.1.1.1', '50126', ms('2024-01-01T00:05:00Z'), 10],
    ['bob', '1.1.1.1', '50126', ms('2024-01-01T00:20:00Z'), 20],
    ['alice', '2.2.2.2', '0', ms('2024-01-01T00:40:00Z'), 30],
    ['carol', '1.1.1.1', '0', ms('2024-01-01T01:10:00Z'), null],
  ]),
});

const cases: QueryCase[] = [
  {
    name: 'Kusto default names for unnamed aggregates',
    query: 'S | summarize count(), dcount(User), make_set(User), make_list(Result), sum(Bytes), max(When) by Ip',
    columns: [
      'Ip:string',
      'count_:long',
      'dcount_User:long',
      'set_User:dynamic',
      'list_Result:dynamic',
      'sum_Bytes:long',
      'max_When:datetime',
    ],
    rows: [
      ['1.1.1.1', 3, 3, ['alice', 'bob', 'carol'], ['50126', '50126', '0'], 30, ms('2024-01-01T01:10:00Z')],
      ['2.2.2.2', 1, 1, ['alice'], ['0'], 30, ms('2024-01-01T00:40:00Z')],
    ],
  },
  {
    name: 'deprecated makeset/makelist keep the set_/list_ names',
    query: 'S | summarize makeset(Ip), makelist(User) by Result | where Result == "0"',
    columns: ['Result:string', 'set_Ip:dynamic', 'list_User:dynamic'],
    rows: [['0', ['2.2.2.2', '1.1.1.1'], ['alice', 'carol']]],
  },
  {
    name: 'bin() keys are named after the binned column',
    query: 'S | summarize n = count() by bin(When, 30m)',
    wire: true,
    columns: ['When:datetime', 'n:long'],
    rows: [
      ['2024-01-01T00:00:00Z', 2],
      ['2024-01-01T00:30:00Z', 1],
      ['2024-01-01T01:00:00Z', 1],
    ],
  },
  {
    name: 'countif and dcountif',
    query: 'S | summarize f = countif(Result != "0"), u = dcountif(User, Result != "0")',
    rows: [[2, 2]],
  },
  {
    name: 'aggregates inside expressions',
    query: 'S | summarize Share = round(100.0 * countif(Result == "0") / count(), 1), Twice = count() * 2',
    rows: [[50, 8]],
  },
  {
    // As Microsoft's analyzer names them; Azure-Sentinel's sql-server-abuse.yaml reads set_ProcessCommandLine
    // after `summarize tostring(makeset(ProcessCommandLine)) by …`.
    name: 'an expression over an aggregate is named after the aggregate, as over a column',
    query: `S | where User == "bob"
      | summarize tostring(makeset(Ip)), round(avg(Bytes), 1), toint(max(Bytes)), tolower(take_any(User)), count() * 2`,
    columns: ['set_Ip:string', 'avg_Bytes:real', 'max_Bytes:int', 'Column1:string', 'Column2:long'],
    rows: [['["1.1.1.1"]', 20, 20, 'bob', 2]],
  },
  {
    name: 'an expression item keeps its written position',
    query:
      'S | summarize Ratio = todouble(countif(Result == "0")) / count(), n = count() by Ip | where Ip == "2.2.2.2"',
    columns: ['Ip:string', 'Ratio:real', 'n:long'],
    rows: [['2.2.2.2', 1, 1]],
  },
  {
    // As Microsoft's analyzer orders them: * spreads where arg_max is written, before a later expression item.
    name: 'an expression item after arg_max(x, *) follows the columns * stands for',
    query: 'S | where User == "bob" | summarize arg_max(When, *), Twice = count() * 2 by User',
    columns: ['User:string', 'When:datetime', 'Ip:string', 'Result:string', 'Bytes:long', 'Twice:long'],
    rows: [['bob', ms('2024-01-01T00:20:00Z'), '1.1.1.1', '50126', 20, 2]],
  },
  {
    name: 'percentiles() spreads into one column per percent',
    query: 'S | summarize percentiles(Bytes, 50, 100), n = count()',
    columns: ['percentile_Bytes_50:long', 'percentile_Bytes_100:long', 'n:long'],
    rows: [[20, 30, 4]],
  },
  {
    name: 'percentiles() with tuple names',
    query: 'S | summarize (p50, p100) = percentiles(Bytes, 50, 100) by Result | where Result == "50126"',
    columns: ['Result:string', 'p50:long', 'p100:long'],
    rows: [['50126', 10, 20]],
  },
  {
    name: 'no keys on empty input gives one row',
    query: 'S | where User == "nobody" | summarize n = count(), u = dcount(User)',
    rows: [[0, 0]],
  },
  {
    // summarize-operator.md, "Default values of aggregations": 0, [], NaN for avg (divided by 0), null for others.
    name: 'no keys on empty input: each aggregate gives its documented default',
    query: `S | where User == "nobody"
      | summarize sum(Bytes), sumif(Bytes, Bytes > 0), stdev(Bytes), variance(Bytes), avg(Bytes), make_set(User),
          max(Bytes), hll(Bytes), tdigest(Bytes), take_any(User)`,
    rows: [[0, 0, 0, 0, Number.NaN, [], null, null, null, '']],
  },
  {
    // summarize-operator.md: `arg_max_x = arg_max(x, *)` names the maximized column and * does not repeat it.
    name: 'a named arg_max/arg_min with * does not repeat the maximized column',
    query: 'S | summarize Last = arg_max(When, *) by User | sort by User asc | take 1',
    columns: ['User:string', 'Last:datetime', 'Ip:string', 'Result:string', 'Bytes:long'],
    rows: [['alice', ms('2024-01-01T00:40:00Z'), '2.2.2.2', '0', 30]],
  },
  {
    name: 'keys on empty input give no rows',
    query: 'S | where User == "nobody" | summarize count() by User',
    rows: [],
  },
  {
    name: 'arg_max(x, *) keeps the whole latest row per key',
    query: 'S | summarize arg_max(When, *) by User | sort by User asc | project User, Ip, Result',
    rows: [
      ['alice', '2.2.2.2', '0'],
      ['bob', '1.1.1.1', '50126'],
      ['carol', '1.1.1.1', '0'],
    ],
  },
  {
    // arg-max-aggregation-function.md: a group whose values are all null answers with its first row.
    name: 'arg_max and arg_min over only nulls keep the first row of the group',
    query:
      'S | summarize arg_max(Bytes, Ip, Result) by User | where User == "carol" | union (S | summarize arg_min(Bytes, Ip) by User | where User == "carol")',
    rows: [
      ['carol', null, '1.1.1.1', '0'],
      ['carol', null, '1.1.1.1', ''],
    ],
  },
  {
    // As Microsoft's analyzer names them; TimeSeriesAnomaly-MultiVendor_DataExfiltration.yaml writes
    // `SourceIPMax = arg_max(SourceIP, *), …, DestinationIPList = make_set(DestinationIPList, 100)`.
    name: 'an aggregate named like a column arg_max(x, *) already returned gets the 1 suffix',
    query: 'S | where User == "bob" | summarize m = arg_max(When, *), Ip = make_set(Ip), Bytes = count() by User',
    columns: ['User:string', 'm:datetime', 'Ip:string', 'Result:string', 'Bytes:long', 'Ip1:dynamic', 'Bytes1:long'],
    rows: [['bob', ms('2024-01-01T00:20:00Z'), '1.1.1.1', '50126', 20, ['1.1.1.1'], 1]],
  },
  {
    name: 'arg_min with named columns',
    query: 'S | summarize arg_min(When, Ip) by User | where User == "alice" | project-away When',
    rows: [['alice', '1.1.1.1']],
  },
  {
    name: 'summarize by only (distinct keys)',
    query: 'S | summarize by Result | sort by Result asc',
    rows: [['0'], ['50126']],
  },
  {
    name: 'take_any names its column after the argument',
    query: 'S | where User == "bob" | summarize take_any(Ip)',
    columns: ['Ip:string'],
    rows: [['1.1.1.1']],
  },
  {
    name: 'take_any(e1, e2) takes both values from one record of the group (take-any-aggregation-function.md)',
    query: 'S | summarize take_any(Ip, Bytes), (x, y) = take_any(tolower(Ip), When) by User | sort by User asc',
    columns: ['User:string', 'Ip:string', 'Bytes:long', 'x:string', 'y:datetime'],
    rows: [
      ['alice', '1.1.1.1', 10, '1.1.1.1', ms('2024-01-01T00:05:00Z')],
      ['bob', '1.1.1.1', 20, '1.1.1.1', ms('2024-01-01T00:20:00Z')],
      ['carol', '1.1.1.1', null, '1.1.1.1', ms('2024-01-01T01:10:00Z')],
    ],
  },
  {
    name: 'take_any(*) by a key returns the other columns (take-any-aggregation-function.md)',
    query: 'S | where User == "bob" | summarize take_any(*) by User',
    columns: ['User:string', 'Ip:string', 'Result:string', 'When:datetime', 'Bytes:long'],
    rows: [['bob', '1.1.1.1', '50126', ms('2024-01-01T00:20:00Z'), 20]],
  },
  {
    name: 'the deprecated any() prefixes each column with any_, an unnamed expression is any_arg<i>',
    query: 'S | where User == "bob" | summarize any(Ip, Bytes), take_any(strcat(User, "!"), Result)',
    columns: ['any_Ip:string', 'any_Bytes:long', 'any_arg0:string', 'Result:string'],
    rows: [['1.1.1.1', 20, 'bob!', '50126']],
  },
  { name: 'avg is real', query: 'S | summarize avg(Bytes)', columns: ['avg_Bytes:real'], rows: [[20]] },
];

describe('summarize', () => {
  it.each(cases)('$name', (c) => expectCase(db, c));

  it('rejects dynamic group-by keys (Kusto KS116)', async () => {
    expect(await failureCodes(db, 'S | summarize Users = make_set(User) by Ip | summarize count() by Users')).toContain(
      'KQL0034',
    );
  });

  it('take_anyif takes one expression and its predicate (take-anyif-aggregation-function.md)', async () => {
    expect(await failureCodes(db, 'S | summarize take_anyif(Ip, Bytes, User == "bob")')).toEqual(['KQL0031']);
  });

  it('two aggregates written with one name are an error, as Kusto KS171', async () => {
    expect(await failureCodes(db, 'S | summarize x = count(), x = max(Bytes)')).toEqual(['KQL0036']);
  });

  it('an expression item named like a key or another item is the same error, not a column silently replaced', async () => {
    for (const query of [
      'S | summarize n = count(), n = max(Bytes) * 2',
      'S | summarize count(), count_ = count() * 10',
      'S | summarize n = count() * 10 by n = Ip',
      'S | summarize n = count() * 2, n = max(Bytes) * 2',
    ]) {
      expect(await failureCodes(db, query)).toEqual(['KQL0036']);
    }
  });

  it('an expression item named like a column arg_max(…) returned gets the 1 suffix, as an aggregate does', async () => {
    const outcome = await runQuery(db, 'S | summarize arg_max(Bytes, User), Bytes = count() * 10', { now: TEST_NOW });
    expect(outcome.ok && outcome.table.toRaw()).toMatchObject({
      columns: [
        { name: 'Bytes', type: 'long' },
        { name: 'User', type: 'string' },
        { name: 'Bytes1', type: 'long' },
      ],
      rows: [[30, 'alice', 40]],
    });
  });

  it('says an aggregate written without parentheses needs them, as Kusto KS117 (Solutions/CiscoSEG hunting queries)', async () => {
    const outcome = await runQuery(db, 'S | summarize count by Ip', { now: TEST_NOW });
    expect(outcome.ok === false && outcome.kind === 'diagnostics' && outcome.diagnostics[0].message).toBe(
      "the aggregate function 'count' requires an argument list: write count(…)",
    );
  });

  it('names an aggregate used outside summarize', async () => {
    expect(await failureCodes(db, 'S | extend c = count()')).toEqual(['KQL0036']);
  });
});
