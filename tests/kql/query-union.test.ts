import { describe, expect, it } from 'vitest';
import { runQuery, toWireTable } from '../../src/kql/index.ts';
import { database, expectCase, failureCodes, type QueryCase, TEST_NOW, table } from './support/builders.ts';

const db = database({
  SigninLogs: table('User:string, Loc:dynamic', [['alice', { city: 'Seattle' }]]),
  AADNonInteractiveUserSignInLogs: table('User:string, Loc:string', [['bob', 'Berlin']]),
  SecurityEvent: table('Account:string', [['carol']]),
});

const cases: QueryCase[] = [
  {
    name: 'columns of different types split into type-suffixed columns',
    query: 'union SigninLogs, AADNonInteractiveUserSignInLogs',
    columns: ['User:string', 'Loc_dynamic:dynamic', 'Loc_string:string'],
    rows: [
      ['alice', { city: 'Seattle' }, ''],
      ['bob', null, 'Berlin'],
    ],
  },
  {
    name: 'withsource names each row’s table',
    query: 'union withsource=Source SigninLogs, SecurityEvent | project Source',
    rows: [['SigninLogs'], ['SecurityEvent']],
  },
  {
    name: 'kind=inner keeps common columns only',
    query: 'union kind=inner SigninLogs, AADNonInteractiveUserSignInLogs',
    columns: ['User:string'],
    rows: [['alice'], ['bob']],
  },
  { name: 'wildcard table names', query: 'union withsource=T Sign* | project T', rows: [['SigninLogs']] },
  {
    name: 'piped union with parenthesised legs',
    query: 'SigninLogs | project User | union (SecurityEvent | project User = Account) | count',
    rows: [[2]],
  },
  {
    name: 'isfuzzy ignores missing tables, also inside let functions',
    query:
      'let f = (t:string) { table(t) | project User }; union isfuzzy=true f("SigninLogs"), f("NoSuchTable"), Missing | count',
    rows: [[1]],
  },
];

describe('union', () => {
  it.each(cases)('$name', (c) => expectCase(db, c));

  it('warns about the tables a fuzzy union skipped', async () => {
    const outcome = await runQuery(db, 'union isfuzzy=true SigninLogs, NoSuchTable | count', { now: TEST_NOW });
    expect(outcome.ok && outcome.warnings).toEqual(["fuzzy union ignores unknown table 'NoSuchTable'"]);
  });

  it('rejects a missing table without isfuzzy', async () => {
    expect(await failureCodes(db, 'union SigninLogs, NoSuchTable')).toEqual(['KQL0010']);
  });

  // Kusto: "If at least one such table is found, resolution failures yield warnings … if none is, the query fails."
  it('fails a fuzzy union none of whose tables exist, with one error naming them', async () => {
    const codes = await failureCodes(db, 'union isfuzzy=true NoSuchA, NoSuchB | summarize count() by Computer');
    expect(codes).toContain('KQL0015');
    expect(codes).not.toContain('KQL0012'); // no cascade of unknown columns behind it
  });

  it('lets an outer fuzzy union skip an inner fuzzy union that found nothing', async () => {
    const outcome = await runQuery(db, 'union isfuzzy=true SigninLogs, (union isfuzzy=true NoSuchA, NoSuchB) | count', {
      now: TEST_NOW,
    });
    expect(outcome.ok && toWireTable(outcome.table).rows).toEqual([[1]]);
  });
});
