import { describe, expect, it } from 'vitest';
import { explainQuery, formatDiagnostic } from '../../src/kql/index.ts';

// Issue #15: an unsupported construct is named with its position, never reported as a syntax error.
describe('explainQuery', () => {
  it('lists every construct the local engine would not run, with line and column, and runs nothing', () => {
    const query = [
      'let feed = externaldata (Ip: string) [@"https://example.org/feed.csv"] with (format="csv");',
      'DeviceNetworkEvents',
      '| where RemoteIP in (feed)',
      '| extend Cursor = cursor_current()',
      '| evaluate no_such_plugin()',
    ].join('\n');
    const { unsupported, errors } = explainQuery(query);
    expect(errors).toEqual([]);
    expect(unsupported.map((d) => [d.code, d.line])).toEqual([
      ['KQL0023', 1],
      ['KQL0021', 4],
      ['KQL0020', 5],
    ]);
    for (const d of unsupported) expect(formatDiagnostic(d)).toContain('not supported by the local engine');
    expect(unsupported[1].message).toContain('cursor_current');
  });

  it('has nothing to say about a query the engine runs, over any catalogued table', () => {
    expect(explainQuery('ExposureGraphEdges | where EdgeLabel == "has role on" | take 5')).toEqual({
      unsupported: [],
      errors: [],
      sentinelSchemas: [],
    });
  });

  it('names the tables and ASIM parsers typed from Sentinel query validation rather than the table reference', () => {
    const query =
      'imProcessCreate | join kind=inner (CiscoDuo | project SrcIpAddr) on $left.DvcIpAddr == $right.SrcIpAddr';
    expect(explainQuery(query)).toEqual({
      unsupported: [],
      errors: [],
      sentinelSchemas: [
        { name: 'CiscoDuo', source: 'Sentinel solution table' },
        { name: 'imProcessCreate', source: 'ASIM ProcessEvent parser' },
      ],
    });
    expect(explainQuery('DeviceEvents | take 1').sentinelSchemas).toEqual([]);
  });

  it("keeps the query's own errors apart from what the engine lacks", () => {
    const { unsupported, errors } = explainQuery('SigninLogs | where NoSuchColumn == 1');
    expect(unsupported).toEqual([]);
    expect(errors.map((d) => d.code)).toEqual(['KQL0012']);
  });

  it('names a query nested past the stack (thousands of piped operators) as too deep, as runQuery does, instead of throwing', () => {
    const { unsupported, errors } = explainQuery(`print n = 1${' | where n >= 0'.repeat(10_000)}`);
    expect(errors).toEqual([]);
    expect(unsupported.map((d) => d.code)).toEqual(['KQL0022']);
    expect(unsupported[0].message).toContain('query nested too deeply');
  });

  it.each([
    ['workspace("contoso").SecurityEvent | take 1', 'KQL0022', 'cross-resource query workspace()'],
    ['cluster("c").database("d").StormEvents | take 1', 'KQL0022', 'cross-resource query cluster()'],
    ['union SecurityEvent, app("web").requests', 'KQL0022', 'cross-resource query app()'],
    ["find in (database('*').*) where * has 'Kusto'", 'KQL0022', 'cross-resource query database()'],
    ['SecurityEvent | sample-distinct 5 of Computer', 'KQL0020', "operator 'sample-distinct'"],
  ])('names %j as not supported by the local engine, never a syntax error', (query, code, what) => {
    const { unsupported, errors } = explainQuery(query);
    expect(errors).toEqual([]);
    expect(unsupported.map((d) => d.code)).toEqual([code]);
    expect(unsupported[0].message).toContain(what);
    expect(unsupported[0].message).toContain('not supported by the local engine');
  });
});
