import { describe, it } from 'vitest';
import { database, expectCase, ms, type QueryCase, table } from '../support/builders.ts';

// Engine semantics checked end to end through runQuery (kql-front's compiler + these operators).
const db = database({
  Signins: table('TimeGenerated:datetime, User:string, IP:string, Result:string, Roles:dynamic', [
    [ms('2024-01-09T10:05:00Z'), 'alice', '1.1.1.1', '50126', ['admin', 'reader']],
    [ms('2024-01-09T10:20:00Z'), 'bob', '1.1.1.1', '50126', []],
    [ms('2024-01-09T11:10:00Z'), 'alice', '2.2.2.2', '0', null],
    [ms('2024-01-09T11:40:00Z'), 'carol', '1.1.1.1', '50126', ['reader']],
  ]),
  Events: table('Computer:string, EventID:int, Account:string', [
    ['dc1', 4625, 'x'],
    ['dc1', 4625, 'y'],
    ['dc2', 4624, 'x'],
    ['dc1', null, 'z'],
  ]),
  Other: table('User:string, Roles:string', [['dave', 'guest']]),
});

const cases: QueryCase[] = [
  {
    name: 'spray shape: where + count/dcount/make_set by IP and bin()',
    query: `Signins | where Result == "50126"
      | summarize Attempts = count(), Users = dcount(User), UserSet = make_set(User, 2) by IP, bin(TimeGenerated, 1h)`,
    columns: ['IP:string', 'TimeGenerated:datetime', 'Attempts:long', 'Users:long', 'UserSet:dynamic'],
    rows: [
      ['1.1.1.1', ms('2024-01-09T10:00:00Z'), 2, 2, ['alice', 'bob']],
      ['1.1.1.1', ms('2024-01-09T11:00:00Z'), 1, 1, ['carol']],
    ],
  },
  {
    name: 'failed-logon shape: where on an int, count by two keys; null ints never equal 4625',
    query: 'Events | where EventID == 4625 | summarize Failures = count() by Account, Computer',
    rows: [
      ['x', 'dc1', 1],
      ['y', 'dc1', 1],
    ],
  },
  {
    name: 'two-level summarize',
    query: `Signins | summarize Attempts = count() by IP, User | summarize Users = count(), Attempts = sum(Attempts) by IP`,
    rows: [
      ['1.1.1.1', 3, 3],
      ['2.2.2.2', 1, 1],
    ],
  },
  {
    name: 'summarize groups null keys together',
    query: 'Events | summarize n = count() by EventID',
    unordered: true,
    rows: [
      [4625, 2],
      [4624, 1],
      [null, 1],
    ],
  },
  {
    name: 'arg_max(TimeGenerated, *) by IP keeps the latest full row',
    query: 'Signins | summarize arg_max(TimeGenerated, *) by IP | project IP, TimeGenerated, User',
    rows: [
      ['1.1.1.1', ms('2024-01-09T11:40:00Z'), 'carol'],
      ['2.2.2.2', ms('2024-01-09T11:10:00Z'), 'alice'],
    ],
  },
  {
    name: 'mv-expand with itemindex and a typed cast',
    query: 'Signins | mv-expand with_itemindex=i Role = Roles to typeof(string) | project User, Role, i',
    rows: [
      ['alice', 'admin', 0],
      ['alice', 'reader', 1],
      ['alice', '', 0],
      ['carol', 'reader', 0],
    ],
  },
  {
    name: 'sort: desc puts nulls last, asc puts them first',
    query: 'Events | sort by EventID desc | project EventID',
    rows: [[4625], [4625], [4624], [null]],
  },
  {
    name: 'union splits a type conflict into suffixed columns',
    query:
      'union withsource=Source Signins, Other | where User in ("alice", "dave") | project Source, User, Roles_dynamic, Roles_string',
    rows: [
      ['Signins', 'alice', ['admin', 'reader'], ''],
      ['Signins', 'alice', null, ''],
      ['Other', 'dave', null, 'guest'],
    ],
  },
];

describe('engine semantics through KQL', () => {
  for (const c of cases) it(c.name, () => expectCase(db, c));
});
