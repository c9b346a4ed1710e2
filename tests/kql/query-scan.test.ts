import { describe, expect, it } from 'vitest';
import { database, expectCase, failureCodes, type QueryCase, table } from './support/builders.ts';

// scan-operator.md (dataexplorer-docs): "Sessions tagging" and "Events between Start and Stop" with
// their documented outputs, plus output=last and the errors of a malformed scan.
const minutes = (m: number) => m * 60_000;
const events = (names: [number, string][]) => names.map(([m, name]) => [minutes(m), name]);
const db = database({
  Sessions: table(
    'Ts:timespan, Event:string',
    events([
      [0, 'A'],
      [1, 'A'],
      [2, 'B'],
      [3, 'D'],
      [32, 'B'],
      [36, 'C'],
      [38, 'D'],
      [41, 'E'],
      [75, 'A'],
    ]),
  ),
  StartStop: table(
    'Ts:timespan, Event:string',
    events([
      [0, 'A'],
      [1, 'Start'],
      [2, 'B'],
      [3, 'D'],
      [4, 'Stop'],
      [6, 'C'],
      [8, 'Start'],
      [11, 'E'],
      [12, 'Stop'],
    ]),
  ),
});

const cases: QueryCase[] = [
  {
    name: 'sessions tagging: output=none advances the sequence, with_match_id numbers the sessions (scan-operator.md)',
    query: `Sessions | sort by Ts asc
      | scan with_match_id=session_id declare (sessionStart: timespan) with (
          step inSession: true => sessionStart = iff(isnull(inSession.sessionStart), Ts, inSession.sessionStart);
          step endSession output=none: Ts - inSession.sessionStart > 30m;
        )
      | project Event, start = sessionStart / 1m, session_id`,
    rows: [
      ['A', 0, 0],
      ['A', 0, 0],
      ['B', 0, 0],
      ['D', 0, 0],
      ['B', 32, 1],
      ['C', 32, 1],
      ['D', 32, 1],
      ['E', 32, 1],
      ['A', 75, 2],
    ],
  },
  {
    name: 'events between Start and Stop within 5 minutes (scan-operator.md)',
    query: `StartStop | sort by Ts asc
      | scan with_match_id=m_id with (
          step s1: Event == "Start";
          step s2: Event != "Start" and Event != "Stop" and Ts - s1.Ts <= 5m;
          step s3: Event == "Stop" and Ts - s1.Ts <= 5m;
        )
      | project Event, m_id`,
    rows: [
      ['Start', 0],
      ['B', 0],
      ['D', 0],
      ['Stop', 0],
      ['Start', 1],
      ['E', 1],
      ['Stop', 1],
    ],
  },
  {
    name: 'output=last keeps only the last of repeated matches of a step (B, D, C are one series)',
    query: `StartStop | sort by Ts asc
      | scan with (
          step s1 output=none: Event == "Start";
          step s2 output=last: Event != "Start" and Event != "Stop";
        )
      | project Event`,
    rows: [['C'], ['E']],
  },
  {
    name: 'an empty input gives an empty result with the declared columns',
    query:
      'StartStop | where Event == "none" | scan declare (n:long=0) with (step s: true => n = s.n + 1;) | project n',
    columns: ['n:long'],
    rows: [],
  },
];

describe('scan', () => {
  it.each(cases)('$name', (c) => expectCase(db, c));

  it('refuses an undeclared assignment, a repeated step name and a non-constant default', async () => {
    expect(await failureCodes(db, 'StartStop | scan with (step s: true => n = 1;)')).toEqual(['KQL0036']);
    expect(await failureCodes(db, 'StartStop | scan with (step s: true; step s: true;)')).toEqual(['KQL0036']);
    expect(await failureCodes(db, 'StartStop | scan declare (n:long = Ts) with (step s: true;)')).toEqual(['KQL0036']);
  });
});
