import { describe, expect, it } from 'vitest';
import { database, failureCodes, ms, run, table } from './support/builders.ts';

describe('evaluate sequence_detect (sequence-detect-plugin.md)', () => {
  // "Exploring Storm Events": the StormEvents rows the documented output is made of, plus rows that
  // must not match (a wildfire six days after the heat, a wildfire before any heat in its state).
  const storms = database({
    StormEvents: table(
      'StartTime:datetime, State:string, EventType:string',
      [
        ['2007-05-08T00:00:00Z', 'CALIFORNIA', 'Excessive Heat'],
        ['2007-05-08T16:02:00Z', 'CALIFORNIA', 'Wildfire'],
        ['2007-05-10T11:30:00Z', 'CALIFORNIA', 'Wildfire'],
        ['2007-06-01T00:00:00Z', 'TEXAS', 'Excessive Heat'],
        ['2007-06-07T00:00:00Z', 'TEXAS', 'Wildfire'],
        ['2007-07-04T09:00:00Z', 'CALIFORNIA', 'Excessive Heat'],
        ['2007-07-05T23:01:00Z', 'CALIFORNIA', 'Wildfire'],
        ['2007-07-20T00:00:00Z', 'SOUTH DAKOTA', 'Wildfire'],
        ['2007-07-23T12:00:00Z', 'SOUTH DAKOTA', 'Excessive Heat'],
        ['2007-07-27T09:00:00Z', 'SOUTH DAKOTA', 'Wildfire'],
        ['2007-08-10T08:00:00Z', 'TEXAS', 'Excessive Heat'],
        ['2007-08-11T13:56:00Z', 'TEXAS', 'Wildfire'],
        ['2007-08-31T08:00:00Z', 'CALIFORNIA', 'Excessive Heat'],
        ['2007-09-01T11:28:00Z', 'CALIFORNIA', 'Wildfire'],
        ['2007-09-02T12:00:00Z', 'CALIFORNIA', 'Excessive Heat'],
        ['2007-09-02T13:30:00Z', 'CALIFORNIA', 'Wildfire'],
      ].map(([time, state, type]) => [ms(time), state, type]),
    ),
  });

  it("gives the page's output for Excessive Heat followed by Wildfire within 5 days", async () => {
    const result = await run(
      storms,
      `StormEvents
       | evaluate sequence_detect(
                      StartTime,
                      5d,  // step max-time
                      5d,  // sequence max-time
                      heat=(EventType == "Excessive Heat"),
                      wildfire=(EventType == 'Wildfire'),
                      State
                  )`,
    );
    expect(result.columns).toEqual([
      'State:string',
      'heat_StartTime:datetime',
      'wildfire_StartTime:datetime',
      'Duration:timespan',
    ]);
    expect(result.wire).toEqual([
      ['CALIFORNIA', '2007-05-08T00:00:00Z', '2007-05-08T16:02:00Z', '16:02:00'],
      ['CALIFORNIA', '2007-05-08T00:00:00Z', '2007-05-10T11:30:00Z', '2.11:30:00'],
      ['CALIFORNIA', '2007-07-04T09:00:00Z', '2007-07-05T23:01:00Z', '1.14:01:00'],
      ['SOUTH DAKOTA', '2007-07-23T12:00:00Z', '2007-07-27T09:00:00Z', '3.21:00:00'],
      ['TEXAS', '2007-08-10T08:00:00Z', '2007-08-11T13:56:00Z', '1.05:56:00'],
      ['CALIFORNIA', '2007-08-31T08:00:00Z', '2007-09-01T11:28:00Z', '1.03:28:00'],
      ['CALIFORNIA', '2007-08-31T08:00:00Z', '2007-09-02T13:30:00Z', '2.05:30:00'],
      ['CALIFORNIA', '2007-09-02T12:00:00Z', '2007-09-02T13:30:00Z', '01:30:00'],
    ]);
  });

  it('bounds each step by the step window and the whole sequence by the span', async () => {
    const steps = database({
      T: table(
        'Ts:datetime, Kind:string',
        [
          ['2024-01-01T00:00:00Z', 'a'],
          ['2024-01-01T00:04:00Z', 'b'],
          ['2024-01-01T00:08:00Z', 'c'],
          ['2024-01-01T00:20:00Z', 'a'],
          ['2024-01-01T00:31:00Z', 'b'],
          ['2024-01-01T00:32:00Z', 'c'],
        ].map(([time, kind]) => [ms(time), kind]),
      ),
    });
    const within = (step: string, span: string) =>
      run(
        steps,
        `T | evaluate sequence_detect(Ts, ${step}, ${span}, a=(Kind == "a"), b=(Kind == "b"), c=(Kind == "c"))
           | project Duration`,
      );
    // a 00:00 → b 00:04 → c 00:08 and, with the 11-minute gap allowed, a 00:20 → b 00:31 → c 00:32.
    expect((await within('5m', '1h')).wire).toEqual([['00:08:00']]);
    expect((await within('15m', '1h')).wire).toEqual([['00:08:00'], ['00:12:00']]);
    expect((await within('15m', '10m')).wire).toEqual([['00:08:00']]);
  });

  it('finds a hunting sequence per dimension (Azure-Sentinel CreepyDriveRequestSequence)', async () => {
    const proxy = database({
      CommonSecurityLog: table(
        'TimeGenerated:datetime, RequestURL:string, SourceIP:string, SourceHostName:string',
        [
          ['2024-01-09T10:00:00Z', 'https://login.microsoftonline.com/consumers/oauth2/v2.0/token', '10.0.0.5', 'ws1'],
          ['2024-01-09T10:00:03Z', 'https://graph.microsoft.com/v1.0/me/drive/root', '10.0.0.5', 'ws1'],
          ['2024-01-09T10:00:02Z', 'https://graph.microsoft.com/v1.0/me/drive/root', '10.0.0.9', 'ws2'],
          ['2024-01-09T11:00:00Z', 'https://login.microsoftonline.com/consumers/oauth2/v2.0/token', '10.0.0.9', 'ws2'],
          ['2024-01-09T11:00:07Z', 'https://graph.microsoft.com/v1.0/me/drive/root', '10.0.0.9', 'ws2'],
        ].map(([time, url, ip, host]) => [ms(time), url, ip, host]),
      ),
    });
    const result = await run(
      proxy,
      `CommonSecurityLog
       | where isnotempty(RequestURL)
       | project TimeGenerated, RequestURL, SourceIP, SourceHostName
       | evaluate sequence_detect(TimeGenerated, 5s, 8s,
           login=(RequestURL has "login.microsoftonline.com/consumers/oauth2/v2.0/token"),
           graph=(RequestURL has "graph.microsoft.com/v1.0/me/drive/"), SourceIP, SourceHostName)
       | summarize Events=count() by SourceIP, SourceHostName`,
    );
    expect(result.rows).toEqual([['10.0.0.5', 'ws1', 1]]);
  });

  it.each([
    ['an unnamed step', 'T | evaluate sequence_detect(Ts, 5m, 1h, Kind == "a", b=(Kind == "b"))'],
    ['a timeline that is not a datetime', 'T | evaluate sequence_detect(Kind, 5m, 1h, a=(Kind == "a"))'],
    ['a step that is not a predicate', 'T | evaluate sequence_detect(Ts, 5m, 1h, a=Kind)'],
  ])('refuses %s', async (_, query) => {
    const db = database({ T: table('Ts:datetime, Kind:string', []) });
    expect(await failureCodes(db, query)).toEqual(['KQL0036']);
  });
});
