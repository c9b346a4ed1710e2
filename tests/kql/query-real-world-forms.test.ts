import { describe, expect, it } from 'vitest';
import { database, failureCodes, run, table } from './builders.ts';

/**
 * Forms that published hunting queries use and Microsoft's parser accepts (checked with
 * @kusto/language-service-next), though the KQL reference documents only the usual spelling.
 */
const db = database({
  T: table('Name:string, Audit:bool, Paths:dynamic', [
    ['a', true, ['x', 'y']],
    ['b', false, []],
    ['c', null, null],
  ]),
});

const rows = async (query: string) => (await run(db, query)).rows;

describe('real-world query forms', () => {
  it('True, TRUE, False and FALSE are bool literals, like true and false', async () => {
    expect(await rows('print a = True, b = TRUE, c = False, d = FALSE')).toEqual([[true, true, false, false]]);
    expect(await rows('T | where Audit == True | project Name')).toEqual([['a']]);
  });

  it("where Name = expr is Kusto's named expression: the condition is expr, the name is dropped", async () => {
    // Microsoft's analyzer types `where isAudit = true` as the bool `true`: every row is kept.
    expect(await rows('T | where isAudit = true | count')).toEqual([[3]]);
    expect(await rows('T | where x = Audit and Name == "a" | project Name')).toEqual([['a']]);
    // A named string is not a condition, for Kusto (KS141) as here.
    expect(await failureCodes(db, 'T | where Name = "a"')).not.toEqual([]);
  });

  it('a zero-width space (U+200B) pasted into a query is a blank', async () => {
    expect(await rows('T\u200B| where Name == "b"\u200B| project Name')).toEqual([['b']]);
  });

  it('arraylength is the deprecated spelling of array_length', async () => {
    expect(await rows('T | project n = arraylength(Paths)')).toEqual([[2], [0], [null]]);
  });
});
