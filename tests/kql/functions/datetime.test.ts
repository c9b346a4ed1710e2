import { describe, expect, it } from 'vitest';
import { type Arg, callScalar, DAY, dt, dyn, HOUR, int, long, NOW, real, str, ts } from './support/helpers.ts';

type Case = readonly [name: string, args: Arg[], expected: unknown];
const at = (iso: string) => Date.parse(iso);

const cases: Case[] = [
  ['ago', [ts(DAY)], NOW - DAY],
  ['now', [], NOW],
  ['now', [ts(-HOUR)], NOW - HOUR],
  ['datetime_diff', [str('year'), dt('2017-01-01T00:00:00Z'), dt('2000-12-31T00:00:00Z')], 17],
  ['datetime_diff', [str('quarter'), dt('2017-07-01T00:00:00Z'), dt('2017-03-30T00:00:00Z')], 2],
  ['datetime_diff', [str('month'), dt('2017-01-01T00:00:00Z'), dt('2015-12-30T00:00:00Z')], 13],
  ['datetime_diff', [str('week'), dt('2017-10-29T00:00:00Z'), dt('2017-09-30T00:00:00Z')], 5],
  ['datetime_diff', [str('day'), dt('2017-10-29T00:00:00Z'), dt('2017-09-30T00:00:00Z')], 29],
  ['datetime_diff', [str('hour'), dt('2017-10-31T01:00:00Z'), dt('2017-10-30T23:59:59Z')], 2],
  ['datetime_diff', [str('minute'), dt('2017-10-30T23:05:01Z'), dt('2017-10-30T23:00:59Z')], 5],
  ['datetime_diff', [str('second'), dt('2017-10-30T23:00:10.100Z'), dt('2017-10-30T23:00:00.900Z')], 10],
  ['datetime_diff', [str('millisecond'), dt('2017-10-30T23:00:00.008Z'), dt('2017-10-30T23:00:00.002Z')], 6],
  ['datetime_diff', [str('Second'), dt('2024-01-01T00:00:00Z'), dt('2024-01-01T00:01:00Z')], -60],
  ['datetime_diff', [str('fortnight'), dt('2024-01-01T00:00:00Z'), dt('2024-01-01T00:01:00Z')], null],
  ['datetime_diff', [str('second'), dt(null), dt('2024-01-01T00:01:00Z')], null],
  ['datetime_add', [str('month'), long(1), dt('2024-01-31T10:00:00Z')], at('2024-02-29T10:00:00Z')],
  ['datetime_add', [str('year'), long(-1), dt('2024-02-29T00:00:00Z')], at('2023-02-28T00:00:00Z')],
  ['datetime_add', [str('hour'), long(5), dt('2024-01-01T00:00:00Z')], at('2024-01-01T05:00:00Z')],
  ['datetime_add', [str('year'), long(1e15), dt('2024-01-01T00:00:00Z')], null],
  ['datetime_part', [str('Hour'), dt('2017-10-30T01:02:03.7654321Z')], 1],
  ['datetime_part', [str('year'), dt('2017-10-30T01:02:03Z')], 2017],
  ['datetime_part', [str('quarter'), dt('2017-10-30T01:02:03Z')], 4],
  ['datetime_part', [str('week_of_year'), dt('2017-10-30T01:02:03Z')], 44],
  ['datetime_part', [str('dayOfYear'), dt('2017-10-30T01:02:03Z')], 303],
  ['datetime_part', [str('millisecond'), dt('2017-10-30T01:02:03.765Z')], 765],
  ['datetime_part', [str('nonsense'), dt('2017-10-30T01:02:03Z')], null],
  ['startofday', [dt('2017-01-01T10:10:17Z')], at('2017-01-01T00:00:00Z')],
  ['startofday', [dt('2017-01-01T10:10:17Z'), long(-1)], at('2016-12-31T00:00:00Z')],
  ['startofweek', [dt('2017-01-05T10:10:17Z')], at('2017-01-01T00:00:00Z')],
  ['startofmonth', [dt('2017-01-05T10:10:17Z'), long(1)], at('2017-02-01T00:00:00Z')],
  ['startofyear', [dt('2017-05-05T10:10:17Z')], at('2017-01-01T00:00:00Z')],
  ['endofday', [dt('2017-01-01T10:10:17Z')], at('2017-01-01T23:59:59.999Z') + 0.9999],
  ['endofmonth', [dt('2017-02-10T10:10:17Z')], at('2017-02-28T23:59:59.999Z') + 0.9999],
  ['dayofweek', [dt('1947-11-30T10:00:05Z')], 0],
  ['dayofweek', [dt('1970-05-11T00:00:00Z')], DAY],
  ['hourofday', [dt('2015-12-14T18:54:00Z')], 18],
  ['getmonth', [dt('2015-10-12T00:00:00Z')], 10],
  ['getyear', [dt('2015-10-12T00:00:00Z')], 2015],
  ['dayofmonth', [dt('2015-12-14T00:00:00Z')], 14],
  ['week_of_year', [dt('2015-12-14T00:00:00Z')], 51],
  ['make_datetime', [long(2017), long(10), long(1), long(12), long(10)], at('2017-10-01T12:10:00Z')],
  ['make_datetime', [long(2017), long(2), long(30)], null],
  ['todatetime', [str('2015-12-24')], at('2015-12-24T00:00:00Z')],
  ['todatetime', [str('2015-12-24 10:11:12.1234567')], at('2015-12-24T10:11:12.123Z') + 0.4567],
  ['todatetime', [str('2024-01-01T02:00:00+02:00')], at('2024-01-01T00:00:00Z')],
  ['todatetime', [str('Sat, 8 Nov 2014 15:05:02 GMT')], at('2014-11-08T15:05:02Z')],
  ['todatetime', [str('10/18/2024, 9:29:21 AM')], at('2024-10-18T09:29:21Z')],
  ['todatetime', [str('not a date')], null],
  ['todatetime', [str('1')], null],
  ['todatetime', [str('50126')], null],
  ['todatetime', [str('user 2')], null],
  ['todatetime', [str('Nov 8 2014')], at('2014-11-08T00:00:00Z')],
  ['todatetime', [str('2024-02-30')], null],
  ['todatetime', [dyn('2024-01-01T00:00:00Z')], at('2024-01-01T00:00:00Z')],
  ['todatetime', [dt('2024-01-01T00:00:00Z')], at('2024-01-01T00:00:00Z')],
  ['unixtime_seconds_todatetime', [long(1546300800)], at('2019-01-01T00:00:00Z')],
  ['unixtime_milliseconds_todatetime', [long(1546300800123)], at('2019-01-01T00:00:00.123Z')],
  ['unixtime_microseconds_todatetime', [long(1546300800123456)], at('2019-01-01T00:00:00.123Z') + 0.456],
  ['unixtime_nanoseconds_todatetime', [long(1_500_000_000)], at('1970-01-01T00:00:01.500Z')],
  ['format_datetime', [dt('2017-01-29T09:00:05Z'), str('yy-MM-dd [HH:mm:ss]')], '17-01-29 [09:00:05]'],
  ['format_datetime', [dt('2017-01-29T09:00:05Z'), str('yyyy-M-dd [H:mm:ss]')], '2017-1-29 [9:00:05]'],
  [
    'format_datetime',
    [dt('2017-01-29T13:00:05.120Z'), str('yy-MM-dd [hh:mm:ss tt] fff FFFF')],
    '17-01-29 [01:00:05 PM] 120 12',
  ],
  ['format_datetime', [dt('2024-03-05T00:00:00Z'), str('dd-MM-yyyy')], '05-03-2024'],
  ['datetime_utc_to_local', [dt('2024-01-15T12:00:00Z'), str('Europe/Paris')], at('2024-01-15T13:00:00Z')],
  ['datetime_utc_to_local', [dt('2024-07-15T12:00:00Z'), str('Europe/Paris')], at('2024-07-15T14:00:00Z')],
  ['datetime_utc_to_local', [dt('2024-07-15T12:00:00Z'), str('America/New_York')], at('2024-07-15T08:00:00Z')],
  ['datetime_utc_to_local', [dt('2024-07-15T12:00:00Z'), str('Mars/Olympus')], null],
  ['datetime_local_to_utc', [dt('2024-07-15T14:00:00Z'), str('Europe/Paris')], at('2024-07-15T12:00:00Z')],
  ['datetime_local_to_utc', [dt('2024-01-15T07:00:00Z'), str('America/New_York')], at('2024-01-15T12:00:00Z')],
  // datetime-local-to-utc-function.md: Brussels skips 02:00–03:00 on 2022-03-27; a skipped time takes the
  // offset after the change (so reads back an hour earlier), the hours around it convert exactly.
  ['datetime_local_to_utc', [dt('2022-03-27T02:00:00Z'), str('Europe/Brussels')], at('2022-03-27T00:00:00Z')],
  ['datetime_local_to_utc', [dt('2022-03-27T01:00:00Z'), str('Europe/Brussels')], at('2022-03-27T00:00:00Z')],
  ['datetime_local_to_utc', [dt('2022-03-27T03:00:00Z'), str('Europe/Brussels')], at('2022-03-27T01:00:00Z')],
  // 02:30 happens twice on 2022-10-30: the later offset, standard time, is taken.
  ['datetime_local_to_utc', [dt('2022-10-30T02:30:00Z'), str('Europe/Brussels')], at('2022-10-30T01:30:00Z')],
  ['datetime_local_to_utc', [dt('2022-10-30T01:30:00Z'), str('Europe/Brussels')], at('2022-10-29T23:30:00Z')],
  ['format_timespan', [ts(DAY + 2 * HOUR + 3 * 60_000 + 4_000 + 567), str('d:hh:mm:ss.fff')], '1:02:03:04.567'],
  ['format_timespan', [ts(29 * 60_000 + 30_000), str('hh:mm:ss')], '00:29:30'],
  ['format_timespan', [ts(-(2 * DAY)), str('dd.hh')], '-02.00'],
];

describe('datetime functions', () => {
  it.each(cases)('%s(%j) = %j', (name, args, expected) => {
    const actual = callScalar(name, ...args);
    if (typeof expected === 'number' && typeof actual === 'number') expect(actual).toBeCloseTo(expected, 3);
    else expect(actual).toEqual(expected);
  });

  it('uses one now() for the whole query', () => {
    expect(callScalar('ago', ts(0))).toBe(NOW);
  });
});

describe('bin', () => {
  const bins: Case[] = [
    ['bin', [real(4.5), long(1)], 4],
    ['bin', [real(-4.5), long(1)], -5],
    ['bin', [long(10), long(3)], 9],
    ['bin', [ts(DAY + 1), ts(DAY)], DAY],
    ['bin', [dt('1970-05-11T13:45:07Z'), ts(DAY)], at('1970-05-11T00:00:00Z')],
    ['bin', [dt('2024-03-10T13:45:07Z'), ts(HOUR)], at('2024-03-10T13:00:00Z')],
    // 7-day bins align to 0001-01-01 (a Monday), not to 1970-01-01 (a Thursday).
    ['bin', [dt('2024-03-10T13:45:07Z'), ts(7 * DAY)], at('2024-03-04T00:00:00Z')],
    ['bin', [real(5), long(0)], null],
    ['floor', [real(4.5), long(1)], 4],
    ['bin_at', [real(6.5), real(2.5), real(7)], 4.5],
    ['bin_at', [ts(HOUR), ts(DAY), ts(12 * HOUR)], -12 * HOUR],
    ['bin_at', [dt('2017-05-15T10:20:00Z'), ts(DAY), dt('1970-01-01T12:00:00Z')], at('2017-05-14T12:00:00Z')],
    ['bin', [int(null), long(5)], null],
  ];
  it.each(bins)('%s(%j) = %j', (name, args, expected) => {
    expect(callScalar(name, ...args)).toEqual(expected);
  });
});
