import { describe, expect, it } from 'vitest';
import { database, expectCase, failureCodes, type QueryCase, table } from './support/builders.ts';

const db = database({
  SigninLogs: table('User:string, Ip:string, Result:string', [
    ['alice', '1.1.1.1', '0'],
    ['bob', '2.2.2.2', '50126'],
  ]),
  AADNonInteractiveUserSignInLogs: table('User:string, Ip:string, Result:string', [['carol', '3.3.3.3', '50126']]),
});

const cases: QueryCase[] = [
  {
    // schema-entities/entity-names.md: identifiers hold letters, digits and underscores; only a name that is a
    // literal (`1day`) needs quoting. Literals beside them keep their meaning.
    name: 'names that start with digits (21H2, 5Minutebin) beside number and timespan literals',
    query: 'let 21H2 = 10; print 5Minutebin = 21H2 + 1, a = 1d, b = 10sec, c = 1e5, d = 0x1F, e = 12',
    columns: ['5Minutebin:long', 'a:timespan', 'b:timespan', 'c:real', 'd:long', 'e:long'],
    rows: [[11, 86_400_000, 10_000, 100_000, 31, 12]],
  },
  {
    // functions/user-defined-functions.md: a function that takes no arguments may be invoked by its bare name.
    name: 'a let function without parameters called by its bare name',
    query: 'let two = () { 1 + 1 }; let pick = (n: long = 3) { n * 10 }; print two, two(), pick',
    rows: [[2, 2, 30]],
  },
  {
    // series-iir-function.md, parse-url-query-function.md: a let inside a function body reads the row through a
    // parameter bound to a column.
    name: 'a let in a function body over a column argument',
    query:
      'let lastIndex = (a: dynamic) { let n = array_length(a) - 1; n * 10 }; print d = dynamic([1, 2, 3]) | extend i = lastIndex(d)',
    rows: [[[1, 2, 3], 20]],
  },
  {
    // parse-json-function.md, named-expressions.md: printing a let-bound name gives print_0, not the name.
    name: 'print of a let-bound value is named print_<position>',
    query: 'let d = "x"; print d, e = d',
    columns: ['print_0:string', 'e:string'],
    rows: [['x', 'x']],
  },
  {
    name: 'scalar lets',
    query: 'let code = "50126"; let n = 1 + 1; SigninLogs | where Result == code | project User, n',
    rows: [['bob', 2]],
  },
  {
    name: 'tabular lets',
    query: 'let failures = SigninLogs | where Result != "0"; failures | project User',
    rows: [['bob']],
  },
  { name: 'a let used twice', query: 'let t = SigninLogs | project User; t | union t | count', rows: [[4]] },
  {
    name: 'the Sentinel aadFunc(tableName) pattern',
    query: `let aadFunc = (tableName:string) {
  table(tableName)
  | where Result != "0"
  | extend Source = tableName
};
let a = aadFunc("SigninLogs");
let b = aadFunc("AADNonInteractiveUserSignInLogs");
union isfuzzy=true a, b | project User, Source`,
    rows: [
      ['bob', 'SigninLogs'],
      ['carol', 'AADNonInteractiveUserSignInLogs'],
    ],
  },
  {
    name: 'scalar functions with defaults',
    query:
      'let label = (u:string, suffix:string = "!") { strcat(u, suffix) }; SigninLogs | project label(User), label(User, "?")',
    rows: [
      ['alice!', 'alice?'],
      ['bob!', 'bob?'],
    ],
  },
  {
    name: 'tabular parameters (T:(*)) and invoke',
    query: 'let firstOf = (T:(*), n:long) { T | take n }; SigninLogs | invoke firstOf(1) | project User',
    rows: [['alice']],
  },
  {
    name: 'tabular parameter with a column list',
    query: 'let users = (T:(User:string)) { T | project User }; users(SigninLogs) | count',
    rows: [[2]],
  },
  {
    name: 'functions with inner lets',
    query: 'let f = () { let x = SigninLogs | where Result == "0"; x }; f() | project User',
    rows: [['alice']],
  },
  {
    name: 'a zero-argument function referenced by name',
    query: 'let Logons = () { SigninLogs | project User }; Logons | count',
    rows: [[2]],
  },
  { name: 'toscalar', query: 'let total = toscalar(SigninLogs | count); print total', rows: [[2]] },
  {
    name: 'materialize',
    query: 'let m = materialize(SigninLogs | where Result == "0"); m | join kind=inner m on User | count',
    rows: [[1]],
  },
  {
    name: 'column_ifexists and columnifexists',
    query: 'SigninLogs | project a = column_ifexists("User", "none"), b = columnifexists("Nope", "none") | take 1',
    rows: [['alice', 'none']],
  },
  {
    name: 'datatable lets with lookup',
    query:
      'let names = datatable(Result:string, Meaning:string) ["0", "ok", "50126", "bad password"]; SigninLogs | lookup names on Result | project Meaning',
    rows: [['ok'], ['bad password']],
  },
];

describe('let statements and functions', () => {
  it.each(cases)('$name', (c) => expectCase(db, c));

  it('reports wrong argument counts for let functions', async () => {
    expect(await failureCodes(db, 'let f = (a:string) { a }; print f()')).toEqual(['KQL0031']);
  });

  it('stops runaway recursion with a diagnostic', async () => {
    expect(await failureCodes(db, 'let f = () { f() }; f()')).toContain('KQL0022');
  });

  it('table() needs a constant name', async () => {
    expect(
      await failureCodes(db, 'SigninLogs | extend t = User | project x = toscalar(table(User) | count)'),
    ).toContain('KQL0036');
  });
});
