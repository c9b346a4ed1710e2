import { describe, expect, it } from 'vitest';
import { database, expectCase, failureCodes, type QueryCase, table } from './support/builders.ts';

// reduce-operator.md (dataexplorer-docs) and the SLCT algorithm it cites: frequent terms by position,
// one row per pattern, "others" for rows without a frequent term or in a rare pattern.
const db = database({
  Logs: table('Text:string', [
    ['login failed for alice'],
    ['login failed for bob'],
    ['login failed for carol'],
    ['disk full on sda1'],
    [''],
  ]),
});

const cases: QueryCase[] = [
  {
    name: 'terms frequent in more than the threshold of the rows stay, the others become *',
    query: 'Logs | reduce by Text with threshold=0.5',
    columns: ['Pattern:string', 'Count:long', 'Representative:string'],
    rows: [
      ['login failed for *', 3, 'login failed for alice'],
      ['others', 2, ''],
    ],
  },
  {
    name: 'kind=source keeps the rows and adds their Pattern',
    query: 'Logs | reduce kind=source by Text with threshold=0.5 | project Pattern',
    rows: [['login failed for *'], ['login failed for *'], ['login failed for *'], ['others'], ['others']],
  },
  {
    name: 'characters: only the given characters separate terms, and the one before a * goes (reduce-operator.md)',
    query: 'range x from 1 to 10 step 1 | project s = strcat("a-b_", x) | reduce by s with characters="_"',
    rows: [['a-b*', 10, 'a-b_1']],
  },
];

describe('reduce', () => {
  it.each(cases)('$name', (c) => expectCase(db, c));

  it('refuses a threshold outside 0…1 and an unknown kind', async () => {
    expect(await failureCodes(db, 'Logs | reduce by Text with threshold=2')).toEqual(['KQL0036']);
    expect(await failureCodes(db, 'Logs | reduce kind=other by Text')).toEqual(['KQL0036']);
  });
});
