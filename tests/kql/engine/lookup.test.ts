import { describe, expect, it } from 'vitest';
import { lookup } from '../../../src/kql/engine/index.ts';
import { columnsOf, rowsOf, tableOf } from './support/helpers.ts';

const facts = tableOf('Row:long, Personal:string, Family:string', [
  [1, 'Bill', 'Gates'],
  [2, 'Bill', 'Clinton'],
  [3, 'Bill', 'Clinton'],
  [4, 'Steve', 'Ballmer'],
  [5, 'Tim', 'Cook'],
]);
const dimension = tableOf('Personal:string, Family:string, Alias:string', [
  ['Bill', 'Gates', 'billg'],
  ['Bill', 'Clinton', 'billc'],
  ['Steve', 'Ballmer', 'steveb'],
  ['Tim', 'Cook', 'timc'],
  ['Satya', 'Nadella', 'satyan'],
]);
const on = [
  { left: 'Personal', right: 'Personal' },
  { left: 'Family', right: 'Family' },
];

describe('lookup', () => {
  it('leftouter (default) adds right non-key columns without repeating the keys', () => {
    const result = lookup(facts, dimension, { on });
    expect(columnsOf(result)).toEqual(['Row:long', 'Personal:string', 'Family:string', 'Alias:string']);
    expect(rowsOf(result)).toEqual([
      [1, 'Bill', 'Gates', 'billg'],
      [2, 'Bill', 'Clinton', 'billc'],
      [3, 'Bill', 'Clinton', 'billc'],
      [4, 'Steve', 'Ballmer', 'steveb'],
      [5, 'Tim', 'Cook', 'timc'],
    ]);
  });

  it('leftouter keeps unmatched left rows with empty right columns; inner drops them', () => {
    const partial = tableOf('Personal:string, Family:string, Alias:string', [['Tim', 'Cook', 'timc']]);
    expect(rowsOf(lookup(facts, partial, { on })).map((r) => r[3])).toEqual(['', '', '', '', 'timc']);
    expect(rowsOf(lookup(facts, partial, { kind: 'inner', on }))).toEqual([[5, 'Tim', 'Cook', 'timc']]);
  });
});
