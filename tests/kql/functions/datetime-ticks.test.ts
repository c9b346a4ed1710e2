import { describe, it } from 'vitest';
import { database, expectCase, type QueryCase } from '../support/builders.ts';

/**
 * Datetimes to Kusto's 100 ns tick, seen through whole queries and their wire text. The vectors are the
 * documented examples of the pages named in each case.
 */
const cases: QueryCase[] = [
  {
    // endofday-function.md, endofweek-function.md, endofmonth-function.md, endofyear-function.md:
    // the next period's start minus one tick.
    name: 'endofday/endofweek/endofmonth/endofyear end one tick before the next period',
    query: `print d = endofday(datetime(2017-01-01 10:10:17), -1), w = endofweek(datetime(2017-01-01 10:10:17), -1),
      m = endofmonth(datetime(2017-01-01 10:10:17), -1), y = endofyear(datetime(2017-01-01 10:10:17), -1)`,
    rows: [Array(4).fill('2016-12-31T23:59:59.9999999Z')],
    wire: true,
  },
  {
    // The end of a day is before the next day starts, so `between` over it leaves the next midnight out.
    name: 'endofday is earlier than the next day',
    query: `print before = endofday(datetime(2017-01-01)) < datetime(2017-01-02), same = endofday(datetime(2017-01-01)) == datetime(2017-01-02)`,
    rows: [[true, false]],
  },
  {
    // datetime-diff-function.md: sub-millisecond periods count ticks.
    name: 'datetime_diff in microseconds and nanoseconds',
    query: `print us = datetime_diff('microsecond', datetime(2017-10-30 23:00:00.1009001), datetime(2017-10-30 23:00:00.1008009)),
      ns = datetime_diff('nanosecond', datetime(2017-10-30 23:00:00.0000000), datetime(2017-10-30 23:00:00.0000007)),
      ms = datetime_diff('millisecond', datetime(2017-10-30 23:00:00.200100), datetime(2017-10-30 23:00:00.100900))`,
    rows: [[100, -700, 100]],
  },
  {
    // A float64 of epoch ms holds every tick only near 1970 (today it resolves 2^-12 ms, about 2.4 ticks), so the
    // arbitrary 7-digit fraction is checked there.
    // reverse-function.md: a datetime is cast to its text with 7 fraction digits, as tostring() does.
    name: 'tostring and reverse of a datetime write 7 fraction digits',
    query: `print s = tostring(datetime(2017-10-15 12:00)), r = reverse(datetime(2017-10-15 12:00)), t = tostring(datetime(1970-01-02 12:00:00.1234567))`,
    rows: [['2017-10-15T12:00:00.0000000Z', 'Z0000000.00:00:21T51-01-7102', '1970-01-02T12:00:00.1234567Z']],
  },
  {
    // A 7-digit fraction read from text keeps its last tick, and the wire writes it back.
    name: 'the last tick of a second survives parsing and formatting',
    query: `print a = datetime(2017-10-15 23:59:59.9999999), b = make_datetime(2017, 10, 15, 23, 59, 59.9999999), c = datetime(1970-01-01 00:00:00.0000001)`,
    rows: [['2017-10-15T23:59:59.9999999Z', '2017-10-15T23:59:59.9999999Z', '1970-01-01T00:00:00.0000001Z']],
    wire: true,
  },
];

describe('datetime ticks', () => {
  it.each(cases)('$name', async (c) => {
    await expectCase(database({}), c);
  });
});
