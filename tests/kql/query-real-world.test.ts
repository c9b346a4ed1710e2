import { describe, expect, it } from 'vitest';
import { formatDiagnostic, runQuery, toWireTable } from '../../src/kql/index.ts';
import { database, expectCase, type QueryCase, TEST_NOW, table } from './support/builders.ts';

// Constructs published Sentinel / Defender XDR hunting queries use (issue 15's corpus counts).
const db = database({
  T: table('x:long, s:string', [
    [1, 'Policy.Set Name_1'],
    [2, 'POLICY.Other_2'],
  ]),
  U: table('x:long', [[3]]),
});

const cases: QueryCase[] = [
  {
    name: 'render is accepted; the rows pass unchanged',
    query: 'T | summarize n = count() by bin(x, 10) | render timechart with (title="Events", ycolumns=n)',
    rows: [[0, 2]],
  },
  { name: 'union * reads every table', query: 'union * | count', rows: [[3]] },
  { name: 'union with a wildcard leg', query: 'union T*, U | count', rows: [[3]] },
  {
    name: 'count_distinct(x) is named count_distinct_x',
    query: 'T | summarize count_distinct(x)',
    columns: ['count_distinct_x:long'],
    rows: [[2]],
  },
  {
    name: '`as` names a result the rest of the query can read',
    query: 'T | as Rows | extend share = todouble(x) / toscalar(Rows | summarize sum(x)) | project share',
    rows: [[1 / 3], [2 / 3]],
  },
  {
    name: 'bracketed column names in parse patterns',
    query: 'T | parse s with * "." [\'Set Name\'] "_" * | project [\'Set Name\']',
    rows: [['Set Name'], ['Other']],
  },
  {
    name: 'inline regex flags switched on and off part-way',
    query:
      'print a = "POLICY.set" matches regex "(?i)policy(?-i)\\\\.set", b = "POLICY.SET" matches regex "(?i)policy(?-i)\\\\.set", c = extract("(?i:policy)\\\\.(\\\\w+)", 1, "Policy.Set")',
    rows: [[true, false, 'Set']],
  },
  {
    name: 'search a term in every table: case-insensitive has over the text columns, with $table',
    query: 'search "policy" | project $table, x',
    rows: [
      ['T', 1],
      ['T', 2],
    ],
  },
  {
    name: 'search in chosen tables, with a prefix term and a column predicate',
    query: 'search in (T, U) "Oth*" or x == 3 | project x',
    unordered: true,
    rows: [[2], [3]],
  },
  { name: 'search * keeps every row', query: 'search * | count', rows: [[3]] },
  { name: 'T | search filters T', query: 'T | search "set" | project x', rows: [[1]] },
  { name: 'where * has tests every text column', query: 'T | where * has "other" | project x', rows: [[2]] },
  {
    name: 'evaluate bag_unpack: slots become sorted, typed columns (bag-unpack-plugin.md)',
    query:
      'datatable(d:dynamic, k:long)[dynamic({"Name":"John","Age":20}), 1, dynamic({"Name":"Dave","Age":40.5}), 2] | evaluate bag_unpack(d, "P_") | where P_Age > 30',
    columns: ['k:long', 'P_Age:real', 'P_Name:string'],
    rows: [[2, 40.5, 'Dave']],
  },
  {
    name: 'evaluate bag_unpack keeps a clashing input column when asked, and ignores properties',
    query:
      'datatable(d:dynamic, Name:string)[dynamic({"Name":"John","Age":20,"Tag":"x"}), "old"] | evaluate bag_unpack(d, columnsConflict="keep_source", ignoredProperties=dynamic(["Age"]))',
    columns: ['Name:string', 'Tag:string'],
    rows: [['old', 'x']],
  },
  {
    // bag-unpack-plugin.md: replace_source puts the slot where the source column was.
    name: "evaluate bag_unpack replace_source: the slot takes the replaced column's place",
    query:
      'datatable(Name:string, d:dynamic, k:long)["James", dynamic({"Name":"John","Age":20}), 1] | evaluate bag_unpack(d, columnsConflict="replace_source")',
    columns: ['Name:string', 'k:long', 'Age:long'],
    rows: [['John', 1, 20]],
  },
  {
    // bag-unpack-plugin.md: `: (*, …)` keeps the input's columns (the bag goes) before the declared ones.
    name: 'evaluate bag_unpack(d) : (*, Name:string, Age:long) keeps the input columns, then the declared ones',
    query:
      'datatable(d:dynamic, Description:string)[dynamic({"Name":"John","Age":20,"height":180}), "Student"] | evaluate bag_unpack(d) : (*, Name:string, Age:long)',
    columns: ['Description:string', 'Name:string', 'Age:long'],
    rows: [['Student', 'John', 20]],
  },
  {
    name: 'parse_command_line splits as CommandLineToArgvW',
    query: String.raw`print a = parse_command_line(@"""C:\Program Files\x.exe"" -a ""b c"" d\""e", "windows")`,
    rows: [[[String.raw`C:\Program Files\x.exe`, '-a', 'b c', 'd"e']]],
  },
  {
    name: 'evaluate pivot: one column per value, count() by the other columns (pivot-plugin.md)',
    query: 'T | extend k = iff(x == 1, "one", "two"), g = "all" | project k, g | evaluate pivot(k)',
    columns: ['g:string', 'one:long', 'two:long'],
    rows: [['all', 1, 1]],
  },
  {
    name: 'evaluate pivot with an aggregate and listed columns; an empty sum is 0',
    query: 'T | extend k = iff(x == 1, "one", "two") | evaluate pivot(k, sum(x), s) | order by s asc',
    columns: ['s:string', 'one:long', 'two:long'],
    rows: [
      ['POLICY.Other_2', 0, 2],
      ['Policy.Set Name_1', 1, 0],
    ],
  },
  { name: 'U+202F and other Unicode spaces are blanks', query: 'print\u202Fa\u2009=\u00A01', rows: [[1]] },
];

describe('real-world constructs', () => {
  it.each(cases)('$name', (c) => expectCase(db, c));

  it('keeps the render hint for the client', async () => {
    const outcome = await runQuery(db, 'T | render columnchart with (title="By x", kind=stacked)', { now: TEST_NOW });
    expect(outcome.ok && outcome.visualization).toEqual({
      kind: 'columnchart',
      properties: { title: 'By x', kind: 'stacked' },
    });
    if (outcome.ok) expect(toWireTable(outcome.table, outcome.visualization).visualization?.kind).toBe('columnchart');
  });

  it.each([
    [
      'externaldata(Name:string) [@"https://example.com/list.csv"] with (format="csv") | take 1',
      'KQL0023 line 1, col 1: externaldata reads data from outside the workspace and is not available offline (no external data reader is configured): not supported by the local engine (map its URL to a local file or allow-list it under kql.externalData in the config file, or load the data as a table file)',
    ],
    [
      'let ioc = externaldata(Ip:string) [h@"https://example.com/x.txt"];\nT | where s in (ioc)',
      'KQL0023 line 1, col 11: externaldata reads data',
    ],
    [
      'T | evaluate funnel_sequence_completion(x, s, 1d, 2)',
      "KQL0020 line 1, col 5: operator 'evaluate funnel_sequence_completion' is not supported by the local engine",
    ],
  ])('refuses %j by name and position, never as a syntax error', async (query, message) => {
    const outcome = await runQuery(db, query, { now: TEST_NOW });
    expect(outcome.ok).toBe(false);
    const texts = !outcome.ok && outcome.kind === 'diagnostics' ? outcome.diagnostics.map(formatDiagnostic) : [];
    expect(texts).toHaveLength(1);
    expect(texts[0].startsWith(message)).toBe(true);
  });
});
