import { describe, expect, it } from 'vitest';
import { runQuery } from '../../src/kql/index.ts';
import { database, failureCodes, run, TEST_NOW, table } from './support/builders.ts';

/**
 * Forms from community hunting queries that Microsoft's parser accepts (checked with
 * @kusto/language-service-next) and the embedded engine used to refuse.
 */
const db = database({
  T: table('a:string, a1:string, Col1:long, x_1:long, Ab1c:long', [['a', 'b', 1, 2, 3]]),
});

describe('wildcard column patterns (project-away-operator.md, project-keep-operator.md)', () => {
  it('a pattern whose text after * starts with a digit is one pattern: project-away *1 drops a1, Col1 and x_1', async () => {
    expect((await run(db, 'T | project-away *1')).columns).toEqual(['a:string', 'Ab1c:long']);
    expect((await run(db, 'T | project-keep Col*1, a')).columns).toEqual(['a:string', 'Col1:long']);
    expect((await run(db, 'T | project-reorder *1, a')).columns).toEqual([
      'a1:string',
      'Col1:long',
      'x_1:long',
      'a:string',
      'Ab1c:long',
    ]);
  });

  it('a real or timespan literal after * is no pattern, as in Kusto', async () => {
    expect(await failureCodes(db, 'T | project-away *1.5')).not.toEqual([]);
    expect(await failureCodes(db, 'T | project-away *10s')).not.toEqual([]);
    expect(await failureCodes(db, 'T | project-away * 1')).not.toEqual([]);
  });
});

describe('render properties without with (…), as Kusto.Language still parses them (render-operator.md)', () => {
  const hint = async (query: string) => {
    const outcome = await runQuery(db, query, { now: TEST_NOW });
    return outcome.ok ? outcome.visualization : outcome;
  };

  it('kind=, title= and accumulate= after the visualization are kept in the hint like with (…) properties', async () => {
    expect(await hint('T | render barchart kind=unstacked')).toEqual({
      kind: 'barchart',
      properties: { kind: 'unstacked' },
    });
    expect(await hint("T | render columnchart title='Incident by Month' accumulate=true")).toEqual({
      kind: 'columnchart',
      properties: { title: 'Incident by Month', accumulate: 'true' },
    });
  });

  it('by takes a column list, ended by the next property or with (…); the rows pass unchanged', async () => {
    expect(await hint("T | render piechart by a, a1 kind=stacked with (ytitle='n')")).toEqual({
      kind: 'piechart',
      properties: { by: 'a, a1', kind: 'stacked', ytitle: 'n' },
    });
    expect((await run(db, 'T | render piechart by a')).rows).toEqual([['a', 'b', 1, 2, 3]]);
  });

  it('a with (…) property written without with (…) stays an error, as in Kusto', async () => {
    expect(await failureCodes(db, "T | render timechart ytitle='y'")).not.toEqual([]);
  });
});

describe('count as Name (count-operator.md documents only count; Kusto.Language parses an as clause, CountAsIdentifierClause)', () => {
  it('names the one result column', async () => {
    const result = await run(db, 'T | count as Rows | extend Twice = Rows * 2');
    expect(result.columns).toEqual(['Rows:long', 'Twice:long']);
    expect(result.rows).toEqual([[1, 2]]);
    expect((await run(db, 'T | count')).columns).toEqual(['Count:long']);
  });

  it('as takes a plain identifier, as in Kusto', async () => {
    expect(await failureCodes(db, 'T | count as')).not.toEqual([]);
    expect(await failureCodes(db, "T | count as ['x']")).not.toEqual([]);
  });
});

describe('set statements (set-statement.md, api/rest/request-properties.md)', () => {
  it('set query_now = datetime(…) is the instant now() and ago() refer to', async () => {
    const { wire } = await run(db, 'set query_now = datetime(2020-03-01 10:00); print n = now(), a = ago(1d)');
    expect(wire).toEqual([['2020-03-01T10:00:00Z', '2020-02-29T10:00:00Z']]);
  });

  it('set query_take_max_records=100 keeps that many records, like take (the set-statement.md example)', async () => {
    expect((await run(db, 'set query_take_max_records=2; range x from 1 to 5 step 1')).rows).toEqual([[1], [2]]);
  });

  it('properties that only tune limits or output are accepted and leave the result as it is', async () => {
    const query = 'set maxoutputcolumns=4677; set notruncation; range x from 1 to 3 step 1';
    expect((await run(db, query)).rows).toEqual([[1], [2], [3]]);
  });

  it('set truncationmaxrecords truncates a larger result and says so, as the maxRows option does', async () => {
    const { outcome, rows } = await run(db, 'set truncationmaxrecords=2; range x from 1 to 3 step 1');
    expect(rows).toEqual([[1], [2]]);
    expect(outcome.ok && outcome.warnings).toEqual(['result truncated to 2 rows (set truncationmaxrecords)']);
  });

  it('a property the local engine does not model, or a value that does not fit, is reported', async () => {
    expect(await failureCodes(db, 'set best_effort=true; T')).toEqual(['KQL0022']);
    expect(await failureCodes(db, 'set truncationmaxsize=1; T')).toEqual(['KQL0022']);
    expect(await failureCodes(db, 'set query_now = ago(1d); T')).toEqual(['KQL0036']);
    expect(await failureCodes(db, 'set query_take_max_records="a"; T')).toEqual(['KQL0036']);
  });
});

describe('datatable values converted to their declared column (datatable-operator.md)', () => {
  it('a number in a string column is its text, so the table joins string fields (Azure-Sentinel OracleDatabaseAuditEvent)', async () => {
    const query = [
      'let Flags = datatable(TcpFlagDecimal:string, Comment:string) [6, "SYN + RST", 19, "FIN + PSH + SYN", 1.5, "x"];',
      'datatable(TcpFlags:string) ["19", "6"] | lookup Flags on $left.TcpFlags == $right.TcpFlagDecimal',
    ].join('\n');
    expect((await run(db, query)).rows).toEqual([
      ['19', 'FIN + PSH + SYN'],
      ['6', 'SYN + RST'],
    ]);
    expect((await run(db, 'datatable(s:string) [1.5, 10000000000000000.0]')).rows).toEqual([['1.5'], ['1E+16']]);
  });

  it('numbers convert between numeric columns when no digit is lost', async () => {
    const result = await run(db, 'datatable(r:real, l:long, i:int) [1, 2.0, 3]');
    expect(result.columns).toEqual(['r:real', 'l:long', 'i:int']);
    expect(result.rows).toEqual([[1, 2, 3]]);
    expect(await failureCodes(db, 'datatable(i:int) [1.5]')).toEqual(['KQL0030']);
    expect(await failureCodes(db, 'datatable(i:int) [3000000000]')).toEqual(['KQL0030']);
    // A long holds -2^63 to 2^63 - 1: a whole real beyond that loses its digits as much as 1.5 does.
    expect(await failureCodes(db, 'datatable(l:long) [1e20]')).toEqual(['KQL0030']);
    expect(await failureCodes(db, 'datatable(l:long) [-1e19]')).toEqual(['KQL0030']);
    expect((await run(db, 'datatable(l:long) [1e18, -1e18]')).rows).toEqual([[1e18], [-1e18]]);
  });

  it('a string is not read as a number, nor a number as a datetime, timespan or bool', async () => {
    for (const query of [
      'datatable(l:long) ["1"]',
      'datatable(d:datetime) [1]',
      'datatable(t:timespan) [1]',
      'datatable(b:bool) [1]',
      'datatable(s:string) [true]',
    ]) {
      expect(await failureCodes(db, query)).toEqual(['KQL0030']);
    }
  });
});

describe('invoke of a function this database does not know (invoke-operator.md)', () => {
  it('is an unknown function, named at its position, not a syntax complaint', async () => {
    const outcome = await runQuery(db, 'T | invoke AWSIdentityRole()', { now: TEST_NOW });
    expect(!outcome.ok && outcome.kind === 'diagnostics' && outcome.diagnostics).toEqual([
      expect.objectContaining({
        code: 'KQL0011',
        message: "unknown function 'AWSIdentityRole'",
        start: 11,
        length: 15,
      }),
    ]);
    const near = await failureCodes(db, 'let AWSIdentityRoles = (T:(*)) { T }; T | invoke AWSIdentityRole()');
    expect(near).toEqual(['KQL0011']);
  });
});
