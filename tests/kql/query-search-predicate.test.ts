import { describe, expect, it } from 'vitest';
import { database, expectCase, failureCodes, type QueryCase, run, table } from './support/builders.ts';

// The search predicate syntax of search-operator.md (MicrosoftDocs/dataexplorer-docs
// data-explorer/kusto/query/search-operator.md): column terms, wildcard terms and kind=case_sensitive.
const db = database({
  Customers: table('CustomerKey:long, FirstName:string, LastName:string', [
    [1, 'Aaron', 'Sharma'],
    [2, 'Melanie', 'Hughes'],
    [3, 'Hughes', 'Campbell'],
    [4, 'Riley', 'Smith'],
  ]),
  Products: table('ProductKey:long, ProductName:string, ColorName:string', [
    [10, 'Contoso Lab Server PC', 'blue'],
    [11, 'Litware 120mm Blue LED Case Fan', 'Blue'],
    [12, 'Laboratory PCs', 'Green'],
  ]),
});

const cases: QueryCase[] = [
  {
    name: 'search-operator.md example: search FirstName:"Aaron" or LastName:"Hughes" restricts each term to its column',
    query: 'search FirstName:"Aaron" or LastName:"Hughes" | project CustomerKey',
    unordered: true,
    rows: [[1], [2]],
  },
  {
    name: 'search-operator.md row 3: search col:"err" is where col has "err" (a term, case-insensitively)',
    query: 'Customers | search LastName:"hughes" | project CustomerKey',
    rows: [[2]],
  },
  {
    name: 'search-operator.md: a * in a column term asks for a prefix, as in a bare term',
    query: 'Customers | search FirstName:"Mel*" | project CustomerKey',
    rows: [[2]],
  },
  {
    name: 'search-operator.md row 4: search col=="err" is an exact match',
    query: 'Customers | search LastName=="Hughes" | project CustomerKey',
    rows: [[2]],
  },
  {
    name: 'search-operator.md row 8: search "Lab*PC" is where * matches regex @"\\bLab.*PC\\b"',
    query: 'search in (Products) "Lab*PC" | project ProductKey',
    rows: [[10]],
  },
  {
    name: 'search-operator.md row 10: search col matches regex "..."',
    query: 'Products | search ProductName matches regex "^Lit" | project ProductKey',
    rows: [[11]],
  },
  {
    name: 'search-operator.md example: search kind=case_sensitive "blue" matches the term only as written',
    query: 'search kind=case_sensitive in (Products) "blue" | project ProductKey',
    rows: [[10]],
  },
  {
    name: 'search-operator.md: kind=case_sensitive applies to column terms and T | search too',
    query: 'Products | search kind=case_sensitive ColorName:"Blue" | project ProductKey',
    rows: [[11]],
  },
  {
    name: 'search-operator.md: the default kind is case-insensitive',
    query: 'search kind=case_insensitive in (Products) "blue" | project ProductKey',
    unordered: true,
    rows: [[10], [11]],
  },
  {
    name: 'bare terms and a column term combine (Bert-JanP NTDSDitFileModifications form)',
    query: 'search in (Customers) "hughes" and FirstName:"Hughes" | project CustomerKey',
    rows: [[3]],
  },
];

describe('search predicate syntax (search-operator.md)', () => {
  it.each(cases)('$name', (c) => expectCase(db, c));

  it('keeps : meaning what it means in a dynamic bag inside the predicate and in a datatable schema after it', async () => {
    const result = await run(
      db,
      'search in (Customers) FirstName:"Riley" and CustomerKey == toint(dynamic({"k": 4}).k) | join kind=inner (datatable(CustomerKey:long)[4]) on CustomerKey | project CustomerKey',
    );
    expect(result.rows).toEqual([[4]]);
  });

  it('refuses Column:term outside a search predicate, and a term that is not a string literal', async () => {
    expect(await failureCodes(db, 'Customers | where FirstName:"Aaron"')).not.toEqual([]);
    expect(await failureCodes(db, 'Customers | search FirstName:1')).toEqual(['KQL0036']);
  });
});
