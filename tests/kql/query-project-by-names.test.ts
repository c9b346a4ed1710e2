import { describe, expect, it } from 'vitest';
import { database, expectCase, failureCodes, type QueryCase, table } from './support/builders.ts';

// project-by-names-operator.md (dataexplorer-docs): names in the order written, wildcards in input
// order, dynamic arrays of names, names that match nothing ignored.
const db = database({
  People: table('Name:string, Age:int, City:string, Country:string', [['Peter', 39, 'NY', 'USA']]),
});

const cases: QueryCase[] = [
  {
    name: 'the order written, not the input order',
    query: 'People | project-by-names "City", "Name"',
    columns: ['City:string', 'Name:string'],
    rows: [['NY', 'Peter']],
  },
  {
    name: 'a dynamic array with a name that does not exist, and a wildcard (project-by-names-operator.md)',
    query: 'People | project-by-names dynamic(["Age", "NonExistent"]), "C*", "Age"',
    columns: ['Age:int', 'City:string', 'Country:string'],
    rows: [[39, 'NY', 'USA']],
  },
];

describe('project-by-names', () => {
  it.each(cases)('$name', (c) => expectCase(db, c));

  it('refuses a name that is not a constant string', async () => {
    expect(await failureCodes(db, 'People | project-by-names Name')).toEqual(['KQL0036']);
  });
});
