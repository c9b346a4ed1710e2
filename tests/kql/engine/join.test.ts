import { describe, expect, it } from 'vitest';
import { ExecutionContext, type JoinKind, join, joinKindOf } from '../../../src/kql/engine/index.ts';
import { columnsOf, rowsOf, tableOf } from './support/helpers.ts';

// Shapes follow the join-flavor examples of the Kusto docs: X(Key, Value1) and Y(Key, Value2).
const X = tableOf('Key:string, Value1:long', [
  ['a', 1],
  ['b', 2],
  ['b', 3],
  ['c', 4],
]);
const Y = tableOf('Key:string, Value2:long', [
  ['b', 10],
  ['c', 20],
  ['c', 30],
  ['d', 40],
]);
const onKey = [{ left: 'Key', right: 'Key' }];
const joinedColumns = ['Key:string', 'Value1:long', 'Key1:string', 'Value2:long'];

describe('join', () => {
  const cases: { kind: JoinKind; columns: string[]; rows: unknown[][] }[] = [
    {
      kind: 'innerunique',
      columns: joinedColumns,
      rows: [
        ['b', 2, 'b', 10],
        ['c', 4, 'c', 20],
        ['c', 4, 'c', 30],
      ],
    },
    {
      kind: 'inner',
      columns: joinedColumns,
      rows: [
        ['b', 2, 'b', 10],
        ['b', 3, 'b', 10],
        ['c', 4, 'c', 20],
        ['c', 4, 'c', 30],
      ],
    },
    {
      kind: 'leftouter',
      columns: joinedColumns,
      rows: [
        ['a', 1, '', null],
        ['b', 2, 'b', 10],
        ['b', 3, 'b', 10],
        ['c', 4, 'c', 20],
        ['c', 4, 'c', 30],
      ],
    },
    {
      kind: 'rightouter',
      columns: joinedColumns,
      rows: [
        ['b', 2, 'b', 10],
        ['b', 3, 'b', 10],
        ['c', 4, 'c', 20],
        ['c', 4, 'c', 30],
        ['', null, 'd', 40],
      ],
    },
    {
      kind: 'fullouter',
      columns: joinedColumns,
      rows: [
        ['a', 1, '', null],
        ['b', 2, 'b', 10],
        ['b', 3, 'b', 10],
        ['c', 4, 'c', 20],
        ['c', 4, 'c', 30],
        ['', null, 'd', 40],
      ],
    },
    { kind: 'leftanti', columns: ['Key:string', 'Value1:long'], rows: [['a', 1]] },
    {
      kind: 'leftsemi',
      columns: ['Key:string', 'Value1:long'],
      rows: [
        ['b', 2],
        ['b', 3],
        ['c', 4],
      ],
    },
    { kind: 'rightanti', columns: ['Key:string', 'Value2:long'], rows: [['d', 40]] },
    {
      kind: 'rightsemi',
      columns: ['Key:string', 'Value2:long'],
      rows: [
        ['b', 10],
        ['c', 20],
        ['c', 30],
      ],
    },
  ];
  for (const { kind, columns, rows } of cases) {
    it(`kind=${kind}`, () => {
      const result = join(X, Y, { kind, on: onKey });
      expect(columnsOf(result)).toEqual(columns);
      expect(rowsOf(result)).toEqual(rows);
    });
  }

  it('defaults to innerunique', () => {
    expect(rowsOf(join(X, Y, { on: onKey }))).toEqual(rowsOf(join(X, Y, { kind: 'innerunique', on: onKey })));
  });

  it('joins on several keys with different names and compares strings exactly', () => {
    const left = tableOf('Ip:string, Hour:long, n:long', [
      ['1.1.1.1', 1, 5],
      ['1.1.1.1', 2, 6],
      ['HOST', 1, 7],
    ]);
    const right = tableOf('IPAddress:string, Hour:long, User:string', [
      ['1.1.1.1', 2, 'bob'],
      ['host', 1, 'eve'],
    ]);
    const result = join(left, right, {
      kind: 'inner',
      on: [
        { left: 'Ip', right: 'IPAddress' },
        { left: 'Hour', right: 'Hour' },
      ],
    });
    expect(columnsOf(result)).toEqual([
      'Ip:string',
      'Hour:long',
      'n:long',
      'IPAddress:string',
      'Hour1:long',
      'User:string',
    ]);
    expect(rowsOf(result)).toEqual([['1.1.1.1', 2, 6, '1.1.1.1', 2, 'bob']]);
  });

  it('never matches null keys, not even to each other', () => {
    const left = tableOf('K:long, a:string', [
      [null, 'x'],
      [1, 'y'],
    ]);
    const right = tableOf('K:long, b:string', [
      [null, 'p'],
      [1, 'q'],
    ]);
    expect(rowsOf(join(left, right, { kind: 'inner', on: [{ left: 'K', right: 'K' }] }))).toEqual([[1, 'y', 1, 'q']]);
    expect(rowsOf(join(left, right, { kind: 'leftanti', on: [{ left: 'K', right: 'K' }] }))).toEqual([[null, 'x']]);
  });

  it('matches empty strings (strings are never null)', () => {
    const left = tableOf('K:string', [['']]);
    expect(rowsOf(join(left, left, { kind: 'inner', on: [{ left: 'K', right: 'K' }] }))).toEqual([['', '']]);
  });

  it('accepts Kusto kind spellings and rejects unknown ones', () => {
    expect(joinKindOf(undefined)).toBe('innerunique');
    expect(joinKindOf('anti')).toBe('leftanti');
    expect(joinKindOf('LeftOuter')).toBe('leftouter');
    expect(() => joinKindOf('outer')).toThrow(/KQLR003 join: unknown kind 'outer'/);
  });

  it('fails with KQLR002 when the joined table exceeds the memory budget', () => {
    const many = tableOf(
      'K:long, v:long',
      Array.from({ length: 300 }, (_, i) => [1, i]),
    );
    const ctx = new ExecutionContext({ maxMemoryMb: 1 });
    expect(() => join(many, many, { kind: 'inner', on: [{ left: 'K', right: 'K' }] }, ctx)).toThrow(/KQLR002/);
  });
});
