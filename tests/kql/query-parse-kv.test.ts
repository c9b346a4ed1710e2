import { describe, expect, it } from 'vitest';
import { database, expectCase, failureCodes, type QueryCase, table } from './support/builders.ts';

// parse-kv-operator.md (dataexplorer-docs): the operator's rules, and edge cases the page leaves implicit.
const db = database({
  Logs: table('Line:string', [['user=alice action="log in" tries=3'], ['tries=x user=bob'], [''], [null]]),
});

const cases: QueryCase[] = [
  {
    name: 'delimiters and quotes; an absent key or a value not of its type is null (parse-kv-operator.md)',
    query:
      "Logs | parse-kv Line as (user:string, action:string, tries:long) with (pair_delimiter=' ', kv_delimiter='=', quote='\"') | project user, action, tries",
    rows: [
      ['alice', 'log in', 3],
      ['bob', '', null],
      ['', '', null],
      ['', '', null],
    ],
  },
  {
    name: 'greedy: a value runs up to the next key (parse-kv-operator.md)',
    query:
      "print s='a=1 2 b=x y' | parse-kv s as (a:string, b:string) with (pair_delimiter=' ', kv_delimiter='=', greedy=true) | project a, b",
    rows: [['1 2', 'x y']],
  },
  {
    name: 'no delimiters: keys are found where : or = follows them; a key inside another word is not one',
    query: "print s='xuser=no, user: carol; id=7' | parse-kv s as (user:string, id:int) | project user, id",
    rows: [['carol', 7]],
  },
  {
    name: 'regex: the first two groups are the key and the value; the first occurrence of a key wins',
    query: "print s='k1 -> v1; k1 -> v2' | parse-kv s as (k1:string) with (regex=@'(\\w+) -> (\\w+)') | project k1",
    rows: [['v1']],
  },
];

describe('parse-kv', () => {
  it.each(cases)('$name', (c) => expectCase(db, c));

  it('refuses a pair delimiter without a key delimiter, and a malformed regex, as invalid arguments', async () => {
    expect(await failureCodes(db, "Logs | parse-kv Line as (user:string) with (pair_delimiter=' ')")).toEqual([
      'KQL0036',
    ]);
    expect(await failureCodes(db, "Logs | parse-kv Line as (user:string) with (regex='(')")).toEqual(['KQL0036']);
  });
});
