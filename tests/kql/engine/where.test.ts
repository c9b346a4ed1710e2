import { describe, expect, it } from 'vitest';
import { ExecutionContext, where } from '../../../src/kql/engine/index.ts';
import { col, fn, rowsOf, tableOf } from './support/helpers.ts';

const events = tableOf('Computer:string, EventID:int', [
  ['dc1', 4625],
  ['dc2', 4624],
  ['dc1', null],
  ['DC1', 4625],
]);

describe('where', () => {
  const cases: { title: string; predicate: ReturnType<typeof col>; expected: unknown[][] }[] = [
    {
      title: 'keeps rows where an int column equals a constant, in input order',
      predicate: fn('bool', col('EventID', 'int'), (v) => (v === null ? null : v === 4625)),
      expected: [
        ['dc1', 4625],
        ['DC1', 4625],
      ],
    },
    {
      title: 'compares strings case-sensitively',
      predicate: fn('bool', col('Computer', 'string'), (v) => v === 'dc1'),
      expected: [
        ['dc1', 4625],
        ['dc1', null],
      ],
    },
    {
      title: 'drops rows where the predicate is null',
      predicate: fn('bool', col('EventID', 'int'), (v) => (v === null ? null : true)),
      expected: [
        ['dc1', 4625],
        ['dc2', 4624],
        ['DC1', 4625],
      ],
    },
  ];
  for (const { title, predicate, expected } of cases) {
    it(title, () => expect(rowsOf(where(events, predicate))).toEqual(expected));
  }

  it('returns a view sharing the input columns', () => {
    const filtered = where(
      events,
      fn('bool', col('EventID', 'int'), (v) => v === 4624),
    );
    expect(filtered.column('Computer')).toBe(events.column('Computer'));
    expect(filtered.rowCount).toBe(1);
  });

  it('chains over a view', () => {
    const first = where(
      events,
      fn('bool', col('EventID', 'int'), (v) => v === 4625),
    );
    const second = where(
      first,
      fn('bool', col('Computer', 'string'), (v) => v === 'DC1'),
    );
    expect(rowsOf(second)).toEqual([['DC1', 4625]]);
  });

  it('stops with KQLR001 when the timeout has passed', () => {
    let now = 0;
    const ctx = new ExecutionContext({ timeoutMs: 10 }, () => now);
    now = 11;
    expect(() =>
      where(
        events,
        fn('bool', col('EventID', 'int'), () => true),
        ctx,
      ),
    ).toThrow(/KQLR001/);
  });
});
