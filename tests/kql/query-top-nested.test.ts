import { describe, expect, it } from 'vitest';
import { database, expectCase, failureCodes, type QueryCase, table } from './support/builders.ts';

// top-nested-operator.md (dataexplorer-docs): nested top-N by an aggregate, default aggregate names
// aggregated_<Expr>, `with others`, asc, and a clause without N keeping every value.
const db = database({
  Sales: table('Region:string, Seller:string, Amount:long', [
    ['north', 'ann', 10],
    ['north', 'bob', 30],
    ['north', 'cid', 5],
    ['south', 'dee', 50],
    ['east', 'eve', 1],
    ['east', 'fay', 2],
  ]),
});

const cases: QueryCase[] = [
  {
    name: 'top regions, then top sellers in each, with default aggregate names',
    query: 'Sales | top-nested 2 of Region by sum(Amount), top-nested 1 of Seller by sum(Amount)',
    columns: ['Region:string', 'aggregated_Region:long', 'Seller:string', 'aggregated_Seller:long'],
    unordered: true,
    rows: [
      ['south', 50, 'dee', 50],
      ['north', 45, 'bob', 30],
    ],
  },
  {
    name: 'with others gathers the rest into one row; asc picks the smallest',
    query: 'Sales | top-nested 1 of Region with others = "rest" by Total = sum(Amount) asc',
    unordered: true,
    rows: [
      ['east', 3],
      ['rest', 95],
    ],
  },
  {
    name: 'a clause without N keeps every value (named key and aggregate)',
    query:
      'Sales | where Region == "east" | top-nested of R = Region by Ignore = max(1), top-nested of Seller by N = count()',
    columns: ['R:string', 'Ignore:long', 'Seller:string', 'N:long'],
    unordered: true,
    rows: [
      ['east', 1, 'eve', 1],
      ['east', 1, 'fay', 1],
    ],
  },
];

describe('top-nested', () => {
  it.each(cases)('$name', (c) => expectCase(db, c));

  it('refuses a by clause that is not an aggregate', async () => {
    expect(await failureCodes(db, 'Sales | top-nested 2 of Region by Amount')).toEqual(['KQL0036']);
  });
});
