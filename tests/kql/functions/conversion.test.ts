import { describe, expect, it } from 'vitest';
import { type Arg, bool, callScalar, DAY, dt, dyn, HOUR, long, real, str, ts } from './support/helpers.ts';

type Case = readonly [name: string, args: Arg[], expected: unknown];

const cases: Case[] = [
  ['tostring', [dt('2024-01-01T00:00:00Z')], '2024-01-01T00:00:00.0000000Z'],
  ['tostring', [dt('2024-01-01T10:11:12.123Z')], '2024-01-01T10:11:12.1230000Z'],
  ['tostring', [ts(DAY + 2 * HOUR + 3 * 60_000 + 4_000)], '1.02:03:04'],
  ['tostring', [ts(1_500)], '00:00:01.5000000'],
  ['tostring', [ts(-HOUR)], '-01:00:00'],
  ['tostring', [dyn({ a: [1, 'x'], b: null })], '{"a":[1,"x"],"b":null}'],
  ['tostring', [dyn('plain text')], 'plain text'],
  ['tostring', [dyn(null)], ''],
  ['tostring', [long(null)], ''],
  ['tostring', [long(123)], '123'],
  ['tostring', [real(1.5)], '1.5'],
  ['tostring', [real(1e20)], '1E+20'],
  ['tostring', [real(123456789012345680000)], '1.2345678901234568E+20'],
  ['tostring', [real(0.00001)], '1E-05'],
  ['tostring', [real(0.0001)], '0.0001'],
  ['tostring', [long(621355968000000000)], '621355968000000000'],
  ['tostring', [bool(true)], 'true'],
  ['toint', [str('123')], 123],
  ['toint', [real(2.7)], 2],
  ['toint', [real(-2.7)], -2],
  ['toint', [str('abc')], null],
  ['toint', [str('0x12')], null],
  ['toreal', [str('-.5')], -0.5],
  ['toint', [dyn('4')], 4],
  ['toint', [bool(true)], 1],
  ['tolong', [str(' 42 ')], 42],
  ['tolong', [dt('1970-01-01T00:00:00Z')], 621_355_968_000_000_000],
  ['tolong', [ts(1)], 10_000],
  ['toreal', [str('1.5e3')], 1500],
  ['todouble', [long(7)], 7],
  ['toreal', [str('')], null],
  ['tobool', [str('true')], true],
  ['tobool', [str('FALSE')], false],
  ['tobool', [long(0)], false],
  ['tobool', [str('maybe')], null],
  ['toguid', [str('0697405B-7F42-4DE4-A2DB-62CF0B9A7FE1')], '0697405b-7f42-4de4-a2db-62cf0b9a7fe1'],
  ['toguid', [str('0697405b7f424de4a2db62cf0b9a7fe1')], '0697405b-7f42-4de4-a2db-62cf0b9a7fe1'],
  ['toguid', [str('nope')], ''],
  ['totimespan', [str('1.02:03:04')], DAY + 2 * HOUR + 3 * 60_000 + 4_000],
  ['totimespan', [str('00:00:01.5')], 1_500],
  ['totimespan', [str('1d')], DAY],
  ['totimespan', [str('bogus')], null],
  ['totimespan', [ts(HOUR)], HOUR],
  ['parse_json', [str('{"a":1,"b":[true]}')], { a: 1, b: [true] }],
  ['parse_json', [str('not json')], 'not json'],
  ['todynamic', [str('[1,2]')], [1, 2]],
  ['parse_json', [dyn({ a: 1 })], { a: 1 }],
  ['todynamic', [dt('2024-01-01T10:11:12.5Z')], '2024-01-01T10:11:12.5000000Z'],
  ['parse_json', [str('')], ''],
];

describe('conversion functions', () => {
  it.each(cases)('%s(%j) = %j', (name, args, expected) => {
    expect(callScalar(name, ...args)).toEqual(expected);
  });
});
