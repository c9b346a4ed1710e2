import { describe, expect, it } from 'vitest';
import { runQuery } from '../../src/kql/index.ts';
import { database, expectCase, failureCodes, TEST_NOW, table } from './support/builders.ts';

const db = database({
  StormEvents: table('EpisodeId:long, EventType:string, InjuriesDirect:long, InjuriesIndirect:long', [
    [12459, 'Winter Weather', 137, 0],
    [10477, 'Excessive Heat', 200, 0],
    [1, 'Hail', 3, 1],
  ]),
});

describe('declare query_parameters', () => {
  it('binds a parameter to its default (query-parameters-statement.md example)', () =>
    expectCase(db, {
      name: 'maxInjured',
      query: `declare query_parameters(maxInjured:long = 90);
        StormEvents
        | where InjuriesDirect + InjuriesIndirect > maxInjured
        | project EpisodeId, EventType, totalInjuries = InjuriesDirect + InjuriesIndirect`,
      columns: ['EpisodeId:long', 'EventType:string', 'totalInjuries:long'],
      rows: [
        [12459, 'Winter Weather', 137],
        [10477, 'Excessive Heat', 200],
      ],
    }));

  it('gives each parameter its declared type, a numeric default converted (SailPointIdentityNow rules)', () =>
    expectCase(db, {
      name: 'several parameters',
      query: `declare query_parameters(lbperiod:timespan = 14d, type:string = 'ACCESS_ITEM', ratio:real = 1);
        print lbperiod, type, ratio`,
      columns: ['print_0:timespan', 'print_1:string', 'print_2:real'],
      rows: [[14 * 86_400_000, 'ACCESS_ITEM', 1]],
    }));

  it('names a parameter that has no value, since runQuery takes none', async () => {
    const outcome = await runQuery(db, 'declare query_parameters(birthday:datetime); print now() - birthday', {
      now: TEST_NOW,
    });
    expect(outcome.ok === false && outcome.kind === 'diagnostics' && outcome.diagnostics.map((d) => d.message)).toEqual(
      [expect.stringContaining("query parameter 'birthday' has no value")],
    );
  });

  it('rejects a default of another type, as Kusto does (KS141)', async () => {
    expect(await failureCodes(db, 'declare query_parameters(x:string = 1); print x')).toEqual(['KQL0030']);
  });

  it('rejects a numeric default its declared type cannot hold, rather than binding 1.5 as a long', async () => {
    expect(await failureCodes(db, 'declare query_parameters(n:long = 1.5); print n')).toEqual(['KQL0030']);
    expect(await failureCodes(db, 'declare query_parameters(n:int = 10000000000); print n')).toEqual(['KQL0030']);
    expect(await failureCodes(db, 'declare query_parameters(n:long = 2.0, r:real = 3); print n, r')).toEqual([]);
  });
});
