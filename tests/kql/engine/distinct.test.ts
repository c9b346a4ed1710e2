import { describe, expect, it } from 'vitest';
import { distinct } from '../../../src/kql/engine/index.ts';
import { col, rowsOf, tableOf } from './support/helpers.ts';

const table = tableOf('Ip:string, Port:int', [
  ['1.1.1.1', 22],
  ['1.1.1.1', 22],
  ['2.2.2.2', null],
  ['1.1.1.1', 443],
  ['2.2.2.2', null],
]);

describe('distinct', () => {
  it('distinct * keeps the first of each full row', () => {
    expect(rowsOf(distinct(table, '*'))).toEqual([
      ['1.1.1.1', 22],
      ['2.2.2.2', null],
      ['1.1.1.1', 443],
    ]);
  });

  it('distinct on one column', () => {
    expect(rowsOf(distinct(table, [{ name: 'Ip', expr: col('Ip', 'string') }]))).toEqual([['1.1.1.1'], ['2.2.2.2']]);
  });

  it('empty input gives an empty result', () => {
    expect(distinct(tableOf('Ip:string', []), '*').rowCount).toBe(0);
  });
});
