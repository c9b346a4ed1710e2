import { describe, expect, it } from 'vitest';
import { count, project, projectAway, projectRename, projectReorder, take } from '../../../src/kql/engine/index.ts';
import { col, columnsOf, fn, rowsOf, tableOf } from './support/helpers.ts';

const table = tableOf('TimeGenerated:datetime, Account:string, AccountType:string, n:long', [
  [1, 'a', 'User', 5],
  [2, 'b', 'Machine', 6],
]);

describe('project family', () => {
  it('project selects, renames and computes, in the given order', () => {
    const result = project(table, [
      { name: 'n', expr: col('n', 'long') },
      { name: 'Who', expr: col('Account', 'string') },
      { name: 'double', expr: fn('long', col('n', 'long'), (v) => (v as number) * 2) },
    ]);
    expect(columnsOf(result)).toEqual(['n:long', 'Who:string', 'double:long']);
    expect(rowsOf(result)).toEqual([
      [5, 'a', 10],
      [6, 'b', 12],
    ]);
    expect(result.column('Who')).toBe(table.column('Account'));
  });

  it('project refuses a name listed twice', () => {
    expect(() =>
      project(table, [
        { name: 'n', expr: col('n', 'long') },
        { name: 'n', expr: col('n', 'long') },
      ]),
    ).toThrow(/KQLR003 project: column 'n' is listed twice/);
  });

  it('project-away drops names and wildcards', () => {
    expect(columnsOf(projectAway(table, ['Account*']))).toEqual(['TimeGenerated:datetime', 'n:long']);
    expect(columnsOf(projectAway(table, ['n', 'TimeGenerated']))).toEqual(['Account:string', 'AccountType:string']);
  });

  it('project-rename keeps positions and refuses clashes', () => {
    expect(columnsOf(projectRename(table, [{ name: 'User', from: 'Account' }]))).toEqual([
      'TimeGenerated:datetime',
      'User:string',
      'AccountType:string',
      'n:long',
    ]);
    expect(() => projectRename(table, [{ name: 'n', from: 'Account' }])).toThrow(/two columns named 'n'/);
    expect(() => projectRename(table, [{ name: 'x', from: 'Nope' }])).toThrow(/unknown column 'Nope'/);
  });

  it('project-reorder moves listed columns first; wildcard matches may be ordered', () => {
    expect(columnsOf(projectReorder(table, [{ pattern: 'n' }, { pattern: 'Account*', order: 'desc' }]))).toEqual([
      'n:long',
      'AccountType:string',
      'Account:string',
      'TimeGenerated:datetime',
    ]);
  });

  it('take and count', () => {
    expect(rowsOf(take(table, 1))).toEqual([[1, 'a', 'User', 5]]);
    expect(take(table, 10).rowCount).toBe(2);
    expect(() => take(table, -1)).toThrow(/KQLR003/);
    expect(columnsOf(count(table))).toEqual(['Count:long']);
    expect(rowsOf(count(table))).toEqual([[2]]);
  });
});
