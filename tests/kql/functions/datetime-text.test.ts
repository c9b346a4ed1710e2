import { describe, expect, it } from 'vitest';
import { database, expectCase, failureCodes, type QueryCase } from '../support/builders.ts';

/** The datetime text forms of scalar-data-types/datetime.md, read alike by datetime() literals and todatetime(). */
const forms: [text: string, iso: string][] = [
  ['2014-05-25T08:20:03.123Z', '2014-05-25T08:20:03.1230000Z'],
  ['2014-05-25T08:20', '2014-05-25T08:20:00.0000000Z'],
  ['2014-11-08 15:55:55.5Z', '2014-11-08T15:55:55.5000000Z'],
  ['2014-11-08', '2014-11-08T00:00:00.0000000Z'],
  ['2014-11-08T15:05:25+02:00', '2014-11-08T13:05:25.0000000Z'],
  // RFC 822 and RFC 850, two-digit years.
  ['Sat, 8 Nov 14 15:05:02 GMT', '2014-11-08T15:05:02.0000000Z'],
  ['8 Nov 14 15:05', '2014-11-08T15:05:00.0000000Z'],
  ['Saturday, 08-Nov-14 15:05:02 GMT', '2014-11-08T15:05:02.0000000Z'],
  ['08-Nov-14 15:05', '2014-11-08T15:05:00.0000000Z'],
  // Sortable with a zone name.
  ['2014-11-08 15:05:25 GMT', '2014-11-08T15:05:25.0000000Z'],
  ['2014-11-8T15:05 GMT', '2014-11-08T15:05:00.0000000Z'],
  // Numeric dates as the pages write them: year first (endofweek-function.md, sliding-window-counts-plugin.md)
  // or month first as .NET's invariant culture reads them (todatetime-function.md).
  ['2025, 6, 14', '2025-06-14T00:00:00.0000000Z'],
  ['2017 - 08 - 01', '2017-08-01T00:00:00.0000000Z'],
  ['12-02-2022', '2022-12-02T00:00:00.0000000Z'],
  ['10/18/2024, 9:29:21 PM', '2024-10-18T21:29:21.0000000Z'],
  ['November 8, 2014', '2014-11-08T00:00:00.0000000Z'],
];

const cases: QueryCase[] = forms.map(([text, iso]) => ({
  name: `datetime('${text}') and todatetime('${text}')`,
  query: `print literal = tostring(datetime('${text}')), parsed = tostring(todatetime('${text}'))`,
  rows: [[iso, iso]],
}));

describe('datetime text', () => {
  it.each(cases)('$name', async (c) => {
    await expectCase(database({}), c);
  });

  it('todatetime gives null, and a literal a diagnostic, for text that is no date', async () => {
    await expectCase(database({}), {
      name: 'not dates',
      query: `print a = todatetime('1.2.3'), b = todatetime('10.0.19041'), c = todatetime('2014-02-30'), d = todatetime('user 2')`,
      rows: [[null, null, null, null]],
    });
    expect(await failureCodes(database({}), 'print datetime(2014-02-30)')).toEqual(['KQL0006']);
  });
});
