import { describe, it } from 'vitest';
import { database, expectCase, ms, type QueryCase, table } from '../support/builders.ts';

/** Function behaviour seen through whole queries (parser + compiler + engine + registry). */
const signins = table(
  'TimeGenerated:datetime, UserPrincipalName:string, IPAddress:string, ResultType:string, Props:string',
  [
    [ms('2024-01-09T10:15:00Z'), 'alice@contoso.com', '10.0.0.5', '50126', '{"city":"Paris","tries":[1,2]}'],
    [ms('2024-01-09T10:45:00Z'), 'alice@contoso.com', '203.0.113.9', '0', '{"city":"Oslo","tries":[]}'],
    [ms('2024-01-08T23:59:59Z'), 'Bob@Fabrikam.com', '203.0.113.9', '50126', 'not json'],
  ],
);
const db = database({ SigninLogs: signins });

const cases: QueryCase[] = [
  {
    // estimate-data-size-function.md: a long is 8 bytes, a string its UTF-8 length, a null nothing.
    name: 'estimate_data_size over named columns and over *',
    query: `print x = 1, Text = '1234567890', Empty = int(null), Accent = 'é' | project All = estimate_data_size(*), Some = estimate_data_size(Text, Accent)`,
    rows: [[20, 12]],
  },
  {
    // range-function.md: the array is truncated at 1,048,576 (2^20) values, not refused.
    name: 'range() truncates at 2^20 values',
    query: `print n = array_length(range(1, 1000000000))`,
    rows: [[1_048_576]],
  },
  {
    // make-series-operator.md, percentile-tdigest-function.md: datetimes inside dynamic values are
    // written with their 7 fraction digits, as tostring() writes a datetime (reverse-function.md).
    name: 'datetimes inside dynamic values carry 7 fraction digits',
    query: `print a = pack_array(datetime(2017-01-01)), s = tostring(datetime(2017-01-01)), r = range(datetime(2017-01-01), datetime(2017-01-02), 1d)`,
    rows: [
      [
        ['2017-01-01T00:00:00.0000000Z'],
        '2017-01-01T00:00:00.0000000Z',
        ['2017-01-01T00:00:00.0000000Z', '2017-01-02T00:00:00.0000000Z'],
      ],
    ],
  },
  {
    // array-sort-asc-function.md: several arrays spread over <argument>_sorted columns.
    name: 'print array_sort_asc(a, b) gives a_sorted and b_sorted',
    query: `let array1 = dynamic([1,3,4,5,2]); let array2 = dynamic(["a","b","c","d","e"]);
      print array_sort_asc(array1, array2), one = array_sort_desc(array1, false)`,
    columns: ['array1_sorted:dynamic', 'array2_sorted:dynamic', 'one:dynamic'],
    rows: [
      [
        [1, 2, 3, 4, 5],
        ['a', 'e', 'b', 'c', 'd'],
        [5, 4, 3, 2, 1],
      ],
    ],
  },
  {
    // array-sort-desc-function.md: `(out1, out2) = …` names them; indexing the call keeps one array of arrays.
    name: 'extend (out1, out2) = array_sort_desc(a, b); array_sort_asc(a, b)[1] is the second array',
    query: `print a = dynamic([1,3,2]), b = dynamic(["x","y","z"])
      | extend (out1, out2) = array_sort_desc(a, b) | project out1, out2, second = array_sort_asc(a, b)[1]`,
    rows: [
      [
        [3, 2, 1],
        ['y', 'z', 'x'],
        ['x', 'z', 'y'],
      ],
    ],
  },
  {
    // bag-pack-columns-function.md: the bag is keyed by the columns' names.
    name: 'dynamic: bag_pack_columns keys a bag by column names',
    query: `SigninLogs | where UserPrincipalName startswith "bob" | project Bag = bag_pack_columns(IPAddress, ResultType)`,
    rows: [[{ IPAddress: '203.0.113.9', ResultType: '50126' }]],
  },
  {
    // column-names-of-function.md: a tabular let, a function call with arguments, a database table.
    name: 'column_names_of lists the columns of a tabular expression',
    query: `let T = datatable(A:string, B:int) [];
      let F = (param1:int) { print A = "", B = param1 };
      print OfLet = column_names_of(T), OfCall = column_names_of(F(1)), OfTable = column_names_of(SigninLogs | project IPAddress, Props)`,
    rows: [
      [
        ['A', 'B'],
        ['A', 'B'],
        ['IPAddress', 'Props'],
      ],
    ],
  },
  {
    // series-stats-function.md: project spreads a multi-column function as extend does.
    name: 'series: project series_stats(x) spreads into series_stats_x_min, …',
    query: `print x = dynamic([4, 2, 6]) | project series_stats(x) | project series_stats_x_min, series_stats_x_max_idx`,
    columns: ['series_stats_x_min:real', 'series_stats_x_max_idx:long'],
    rows: [[2, 2]],
  },
  {
    name: 'string: split, tolower, strcat, extract, indexof, substring',
    query: `SigninLogs | where UserPrincipalName startswith "bob"
      | project Name = tostring(split(UserPrincipalName, "@")[0]), Domain = tolower(tostring(split(UserPrincipalName, "@")[1])),
        Both = strcat(UserPrincipalName, "|", IPAddress), Octet = extract(@"^(\\d+)\\.", 1, IPAddress),
        At = indexof(UserPrincipalName, "@"), Head = substring(UserPrincipalName, 0, 3)`,
    columns: ['Name:string', 'Domain:string', 'Both:string', 'Octet:string', 'At:long', 'Head:string'],
    rows: [['Bob', 'fabrikam.com', 'Bob@Fabrikam.com|203.0.113.9', '203', 3, 'Bob']],
  },
  {
    name: 'datetime: ago, bin, startofday, hourofday, dayofweek, format_datetime, datetime_diff',
    query: `SigninLogs | where TimeGenerated > ago(1d)
      | project Hour = bin(TimeGenerated, 1h), Day = startofday(TimeGenerated), H = hourofday(TimeGenerated),
        Dow = dayofweek(TimeGenerated), Text = format_datetime(TimeGenerated, 'dd-MM-yyyy HH:mm'),
        Secs = datetime_diff('second', now(), TimeGenerated)`,
    wire: true,
    rows: [
      ['2024-01-09T10:00:00Z', '2024-01-09T00:00:00Z', 10, '2.00:00:00', '09-01-2024 10:15', 49_500],
      ['2024-01-09T10:00:00Z', '2024-01-09T00:00:00Z', 10, '2.00:00:00', '09-01-2024 10:45', 47_700],
    ],
  },
  {
    name: 'conversion and dynamic: parse_json, todynamic, array_length, tostring of a bag, toint',
    query: `SigninLogs | extend P = parse_json(Props)
      | project City = tostring(P.city), Tries = array_length(P.tries), Raw = tostring(todynamic(Props).tries),
        Code = toint(ResultType), When = tostring(TimeGenerated)`,
    rows: [
      ['Paris', 2, '[1,2]', 50126, '2024-01-09T10:15:00.0000000Z'],
      ['Oslo', 0, '[]', 0, '2024-01-09T10:45:00.0000000Z'],
      ['', null, '', 50126, '2024-01-08T23:59:59.0000000Z'],
    ],
  },
  {
    name: 'conditional: iff, case, isempty, coalesce',
    query: `SigninLogs | extend City = tostring(parse_json(Props).city)
      | project Outcome = iff(ResultType == "0", "success", "failure"),
        Band = case(City == "Paris", "fr", City == "Oslo", "no", "unknown"),
        NoCity = isempty(City), Shown = coalesce(City, "n/a")`,
    rows: [
      ['failure', 'fr', false, 'Paris'],
      ['success', 'no', false, 'Oslo'],
      ['failure', 'unknown', true, 'n/a'],
    ],
  },
  {
    name: 'ip: ipv4_is_private, ipv4_is_in_range, has_any_ipv4',
    query: `SigninLogs | distinct IPAddress
      | project IPAddress, Private = ipv4_is_private(IPAddress), Doc = ipv4_is_in_range(IPAddress, "203.0.113.0/24"),
        Listed = has_any_ipv4(strcat("seen ", IPAddress, "."), dynamic(["203.0.113.9"]))`,
    rows: [
      ['10.0.0.5', true, false, false],
      ['203.0.113.9', false, true, true],
    ],
  },
  {
    name: 'aggregates: default names, dcount, make_set, countif, min/max, arg_max',
    query: `SigninLogs | summarize count(), dcount(UserPrincipalName), make_set(IPAddress), countif(ResultType != "0"),
        max(TimeGenerated), min(TimeGenerated)`,
    columns: [
      'count_:long',
      'dcount_UserPrincipalName:long',
      'set_IPAddress:dynamic',
      'countif_:long',
      'max_TimeGenerated:datetime',
      'min_TimeGenerated:datetime',
    ],
    rows: [[3, 2, ['10.0.0.5', '203.0.113.9'], 2, ms('2024-01-09T10:45:00Z'), ms('2024-01-08T23:59:59Z')]],
  },
  {
    name: 'aggregates by key: sum, avg, makeset alias, arg_max',
    query: `SigninLogs | extend Code = toint(ResultType)
      | summarize Total = sum(Code), Mean = avg(Code), Ips = makeset(IPAddress), arg_max(TimeGenerated, IPAddress) by UserPrincipalName`,
    rows: [
      ['alice@contoso.com', 50126, 25063, ['10.0.0.5', '203.0.113.9'], ms('2024-01-09T10:45:00Z'), '203.0.113.9'],
      ['Bob@Fabrikam.com', 50126, 50126, ['203.0.113.9'], ms('2024-01-08T23:59:59Z'), '203.0.113.9'],
    ],
    unordered: true,
  },
  {
    name: 'series: series_stats spreads into columns (the given name takes the first), series_decompose_anomalies into a tuple',
    query: `print s = dynamic([10, 11, 10, 9, 10, 11, 10, 60, 10, 9, 10, 11])
      | extend Stats = series_stats(s) | extend (Flags, Score, Baseline) = series_decompose_anomalies(s)
      | project Stats, series_stats_s_max, series_stats_s_max_idx, Flag7 = toint(Flags[7]), Flag0 = toint(Flags[0])`,
    rows: [[9, 60, 7, 1, 0]],
  },
];

describe('functions in queries', () => {
  it.each(cases)('$name', async (c) => {
    await expectCase(db, c);
  });
});
