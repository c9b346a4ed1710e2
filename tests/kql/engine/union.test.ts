import { describe, expect, it } from 'vitest';
import { union } from '../../../src/kql/engine/index.ts';
import { columnsOf, rowsOf, tableOf } from './support/helpers.ts';

const signins = tableOf('User:string, LocationDetails:dynamic, n:long', [['alice', { city: 'Oslo' }, 1]], 'SigninLogs');
const nonInteractive = tableOf(
  'User:string, LocationDetails:string, Extra:bool',
  [['bob', '{"city":"Rome"}', true]],
  'AADNonInteractiveUserSignInLogs',
);

describe('union', () => {
  it('matches columns by name and splits a type conflict into suffixed columns', () => {
    const result = union([signins, nonInteractive]);
    expect(columnsOf(result)).toEqual([
      'User:string',
      'LocationDetails_dynamic:dynamic',
      'LocationDetails_string:string',
      'n:long',
      'Extra:bool',
    ]);
    expect(rowsOf(result)).toEqual([
      ['alice', { city: 'Oslo' }, '', 1, null],
      ['bob', null, '{"city":"Rome"}', null, true],
    ]);
  });

  it('withsource= adds the table name as the first column', () => {
    const result = union([signins, nonInteractive], { withSource: 'Source' });
    expect(result.columns[0]).toEqual({ name: 'Source', type: 'string' });
    expect(result.columnValues('Source')).toEqual(['SigninLogs', 'AADNonInteractiveUserSignInLogs']);
  });

  it('uses given source names and keeps rows of views in their order', () => {
    const a = tableOf('x:long', [[1], [2], [3]]).withSelection(Int32Array.from([2, 0]));
    const result = union([a, a], { withSource: 'S', sourceNames: ['a', 'a'] });
    expect(rowsOf(result)).toEqual([
      ['a', 3],
      ['a', 1],
      ['a', 3],
      ['a', 1],
    ]);
  });
});
