import { describe, expect, it } from 'vitest';
import { type ParseSpec, parse } from '../../../src/kql/engine/index.ts';
import { col, columnsOf, rowsOf, tableOf } from './support/helpers.ts';

const events = tableOf('Msg:string', [
  ['Failed password for root from 10.0.0.5 port 52811 ssh2'],
  ['Failed password for invalid user bob from 10.0.0.6 port 40000 ssh2'],
  ['Accepted publickey for alice from 10.0.0.7 port x ssh2'],
]);
const msg = col('Msg', 'string');
const lit = (text: string) => ({ kind: 'literal' as const, text });
const any = { kind: 'wildcard' as const };

describe('parse', () => {
  const cases: { title: string; spec: ParseSpec; columns: string[]; rows: unknown[][] }[] = [
    {
      title: 'simple: captures between literals, typed long, non-matching rows get nulls',
      spec: {
        source: msg,
        segments: [
          lit('Failed password for '),
          any,
          { kind: 'capture', name: 'User', type: 'string' },
          lit(' from '),
          { kind: 'capture', name: 'Ip', type: 'string' },
          lit(' port '),
          { kind: 'capture', name: 'Port', type: 'long' },
          any,
        ],
      },
      columns: ['Msg:string', 'User:string', 'Ip:string', 'Port:long'],
      rows: [
        ['Failed password for root from 10.0.0.5 port 52811 ssh2', 'root', '10.0.0.5', 52811],
        ['Failed password for invalid user bob from 10.0.0.6 port 40000 ssh2', 'invalid user bob', '10.0.0.6', 40000],
        ['Accepted publickey for alice from 10.0.0.7 port x ssh2', '', '', null],
      ],
    },
    {
      title: 'the last string capture takes the rest of the text',
      spec: { source: msg, segments: [any, lit(' port '), { kind: 'capture', name: 'Rest', type: 'string' }] },
      columns: ['Msg:string', 'Rest:string'],
      rows: [['52811 ssh2'], ['40000 ssh2'], ['x ssh2']],
    },
    {
      title: 'simple mode is strict: a capture that does not fit its type voids the row',
      spec: {
        source: msg,
        segments: [
          any,
          lit('for '),
          { kind: 'capture', name: 'Who', type: 'string' },
          lit(' from '),
          any,
          lit(' port '),
          { kind: 'capture', name: 'Port', type: 'long' },
          any,
        ],
      },
      columns: ['Msg:string', 'Who:string', 'Port:long'],
      rows: [
        ['root', 52811],
        ['invalid user bob', 40000],
        ['', null],
      ],
    },
    {
      title: 'kind=regex takes literals as regular expressions',
      spec: {
        kind: 'regex',
        source: msg,
        segments: [any, lit('from '), { kind: 'capture', name: 'Ip', type: 'string' }, lit(' port \\d+')],
      },
      columns: ['Msg:string', 'Ip:string'],
      rows: [['10.0.0.5'], ['10.0.0.6'], ['']],
    },
  ];
  for (const { title, spec, columns, rows } of cases) {
    it(title, () => {
      const result = parse(events, spec);
      expect(columnsOf(result)).toEqual(columns);
      const added = rowsOf(result).map((r) => (rows[0].length === r.length ? r : r.slice(1)));
      expect(added).toEqual(rows);
    });
  }

  // parse-operator.md, "Regex mode": captures are greedy as in RE2; flags=U makes them lazy, and groups
  // written in the pattern's literals do not shift the captures.
  it('kind=regex: text captures are greedy, U makes them lazy, user groups do not shift captures', () => {
    const segments: ParseSpec['segments'] = [
      lit('(\\w+) password for '),
      { kind: 'capture', name: 'Rest', type: 'string' },
      lit(' port'),
      any,
    ];
    const greedy = parse(events, { kind: 'regex', source: msg, segments });
    expect(greedy.columnValues('Rest')[0]).toBe('root from 10.0.0.5');
    const lazy = parse(events, {
      kind: 'regex',
      flags: 'U',
      source: msg,
      segments: [lit('.*?for '), segments[1], lit(' ')],
    });
    expect(lazy.columnValues('Rest')).toEqual(['root', 'invalid', 'alice']);
  });

  it('refuses regex flags JavaScript cannot honour', () => {
    expect(() => parse(events, { kind: 'regex', flags: 'x', source: msg, segments: [any] })).toThrow(/KQLR006/);
  });

  it('reads a dynamic source as its JSON text', () => {
    const bags = tableOf('Bag:dynamic', [[{ a: 42 }], [null]]);
    const result = parse(bags, {
      source: col('Bag', 'dynamic'),
      segments: [lit('{"a":'), { kind: 'capture', name: 'a', type: 'long' }, lit('}')],
    });
    expect(result.columnValues('a')).toEqual([42, null]);
  });
});
