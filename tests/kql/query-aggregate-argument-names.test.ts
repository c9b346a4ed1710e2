import { describe, it } from 'vitest';
import { database, expectCase, ms, type QueryCase, table } from './support/builders.ts';

/**
 * Names written inside an aggregate's argument list (`arg_max(Last = TimeGenerated, …)`). The documentation pages
 * do not cover them; the expected columns are the ones Microsoft's analyzer (Kusto.Language) gives each query.
 */
const db = database({
  S: table('User:string, When:datetime, Hits:long, Host:string', [
    ['alice', ms('2024-01-01T00:05:00Z'), 3, 'web1'],
    ['alice', ms('2024-01-01T00:40:00Z'), 7, 'web2'],
    ['bob', ms('2024-01-01T00:20:00Z'), 5, 'db1'],
  ]),
});

const cases: QueryCase[] = [
  {
    // As "Queries/AD/SecurityEvent-Kerberoasting attack.kql" (community hunting queries) compares two periods.
    name: 'arg_min/arg_max name the maximized and the returned columns after the names written inside',
    query: `S | summarize arg_min(FirstWhen = When, FirstHits = Hits), arg_max(LastWhen = When, LastHits = Hits) by User
      | where LastWhen > FirstWhen | project User, FirstHits, LastHits`,
    columns: ['User:string', 'FirstHits:long', 'LastHits:long'],
    rows: [['alice', 3, 7]],
  },
  {
    name: 'a name written on the maximized expression beside * still keeps its column out of *',
    query: 'S | where User == "bob" | summarize arg_max(Last = When, *) by User',
    columns: ['User:string', 'Last:datetime', 'Hits:long', 'Host:string'],
    rows: [['bob', ms('2024-01-01T00:20:00Z'), 5, 'db1']],
  },
  {
    name: 'names written inside give way to the (a, b) = names outside, and collide like derived names',
    query: `S | where User == "bob"
      | summarize (a, b) = arg_max(Last = When, H = Host), arg_max(Hits, Hits = Host), arg_min(M = When, M = Host)`,
    columns: ['a:datetime', 'b:string', 'Hits:long', 'Hits1:string', 'M:datetime', 'M1:string'],
    rows: [[ms('2024-01-01T00:20:00Z'), 'db1', 5, 'db1', ms('2024-01-01T00:20:00Z'), 'db1']],
  },
  {
    name: 'an unnamed returned expression is max_<maximized>_arg<i>, or min_…',
    query: `S | where User == "bob"
      | summarize arg_max(Last = When, toupper(Host)), arg_min(When, tolower(Host)), arg_max(Hits + 1, tolower(Host))`,
    columns: [
      'Last:datetime',
      'max_Last_arg1:string',
      'When:datetime',
      'min_When_arg1:string',
      'max_:long',
      'max__arg1:string',
    ],
    rows: [[ms('2024-01-01T00:20:00Z'), 'DB1', ms('2024-01-01T00:20:00Z'), 'db1', 6, 'db1']],
  },
  {
    name: 'take_any and any name their columns after the names written inside',
    query: 'S | where User == "bob" | summarize take_any(N = Host), take_any(U = User, H = Hits), any(A = Host, Hits)',
    columns: ['N:string', 'U:string', 'H:long', 'any_A:string', 'any_Hits:long'],
    rows: [['db1', 'bob', 5, 'db1', 5]],
  },
  {
    name: 'other aggregates build their default name from the written name, as make_list(L = x) → list_L',
    query:
      'S | where User == "bob" | summarize make_list(L = Host), max(M = Hits), dcount(D = User), percentiles(P = Hits, 50)',
    columns: ['list_L:dynamic', 'max_M:long', 'dcount_D:long', 'percentile_P_50:long'],
    rows: [[['db1'], 5, 1, 5]],
  },
  {
    name: '* beside named expressions leaves out the columns written before it as they are, not expressions over them',
    query: `S | where User == "bob"
      | summarize arg_max(When, H = Host, *), arg_min(When, toupper(Host), *) by User`,
    columns: [
      'User:string',
      'When:datetime',
      'H:string',
      'Hits:long',
      'When1:datetime',
      'min_When_arg1:string',
      'Hits1:long',
      'Host:string',
    ],
    rows: [['bob', ms('2024-01-01T00:20:00Z'), 'db1', 5, ms('2024-01-01T00:20:00Z'), 'DB1', 5, 'db1']],
  },
  {
    name: 'a column written after * is among its columns already; take_any spreads * beside expressions too',
    query: `S | where User == "bob"
      | summarize arg_max(Hits, *, H = Host, tolower(User)), take_any(N = Host, *)`,
    columns: [
      'Hits:long',
      'User:string',
      'When:datetime',
      'Host:string',
      'max_Hits_arg3:string',
      'N:string',
      'User1:string',
      'When1:datetime',
      'Hits1:long',
    ],
    rows: [[5, 'bob', ms('2024-01-01T00:20:00Z'), 'db1', 'bob', 'db1', 'bob', ms('2024-01-01T00:20:00Z'), 5]],
  },
];

describe('names written inside an aggregate’s arguments', () => {
  it.each(cases)('$name', (c) => expectCase(db, c));
});
