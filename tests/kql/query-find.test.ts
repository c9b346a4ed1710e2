import { describe, expect, it } from 'vitest';
import { database, expectCase, failureCodes, ms, type QueryCase, run, table, unordered } from './support/builders.ts';

// find-operator.md (dataexplorer-docs): the two tables of "Examples of find output results", the
// documented queries over them with their outputs, and the page's ProcessId tables whose column has
// two types.
const SESSION = 'acbd207d-51aa-4df7-bfa7-be70eb68f04e';
const db = database({
  EventsTable1: table('Session_Id:string, Level:string, EventText:string, Version:string', [
    [SESSION, 'Information', 'Some Text1', 'v1.0.0'],
    [SESSION, 'Error', 'Some Text2', 'v1.0.0'],
    ['28b8e46e-3c31-43cf-83cb-48921c3986fc', 'Error', 'Some Text3', 'v1.0.1'],
    ['8f057b11-3281-45c3-a856-05ebb18a3c59', 'Information', 'Some Text4', 'v1.1.0'],
  ]),
  EventsTable2: table('Session_Id:string, Level:string, EventText:string, EventName:string', [
    ['f7d5f95f-f580-4ea6-830b-5776c8d64fdd', 'Information', 'Some Other Text1', 'Event1'],
    [SESSION, 'Information', 'Some Other Text2', 'Event2'],
    [SESSION, 'Error', 'Some Other Text3', 'Event3'],
    ['15eaeab5-8576-4b58-8fc6-478f75d8fee4', 'Error', 'Some Other Text4', 'Event4'],
  ]),
});

describe('find (find-operator.md examples of find output results)', () => {
  const cases: QueryCase[] = [
    {
      name: 'find in (T1, T2) where … project A, B, C, pack_all(): listed columns null where a table lacks them, the rest in pack_',
      query: `find in (EventsTable1, EventsTable2)
        where Session_Id == '${SESSION}' and Level == 'Error'
        project EventText, Version, EventName, pack_all()`,
      columns: ['source_:string', 'EventText:string', 'Version:string', 'EventName:string', 'pack_:dynamic'],
      rows: [
        ['EventsTable1', 'Some Text2', 'v1.0.0', '', { Session_Id: SESSION, Level: 'Error' }],
        ['EventsTable2', 'Some Other Text3', '', 'Event3', { Session_Id: SESSION, Level: 'Error' }],
      ],
    },
    {
      name: 'find Predicate project …: each table is filtered with the predicate columns it lacks as null',
      query: `find Version == 'v1.0.0' or EventName == 'Event1' project Session_Id, EventText, Version, EventName`,
      columns: ['source_:string', 'Session_Id:string', 'EventText:string', 'Version:string', 'EventName:string'],
      rows: [
        ['EventsTable1', SESSION, 'Some Text1', 'v1.0.0', ''],
        ['EventsTable1', SESSION, 'Some Text2', 'v1.0.0', ''],
        ['EventsTable2', 'f7d5f95f-f580-4ea6-830b-5776c8d64fdd', 'Some Other Text1', '', 'Event1'],
      ],
    },
    {
      name: 'project-smart (the default): predicate columns and the columns common to all tables, the rest in pack_',
      query: `find Session_Id == '${SESSION}'`,
      columns: ['source_:string', 'Session_Id:string', 'Level:string', 'EventText:string', 'pack_:dynamic'],
      rows: [
        ['EventsTable1', SESSION, 'Information', 'Some Text1', { Version: 'v1.0.0' }],
        ['EventsTable1', SESSION, 'Error', 'Some Text2', { Version: 'v1.0.0' }],
        ['EventsTable2', SESSION, 'Information', 'Some Other Text2', { EventName: 'Event2' }],
        ['EventsTable2', SESSION, 'Error', 'Some Other Text3', { EventName: 'Event3' }],
      ],
    },
    {
      name: 'project pack_all(): every column of the row in pack_',
      query: `find Session_Id == '${SESSION}' project pack_all()`,
      columns: ['source_:string', 'pack_:dynamic'],
      rows: [
        ['EventsTable1', { Session_Id: SESSION, Level: 'Information', EventText: 'Some Text1', Version: 'v1.0.0' }],
        ['EventsTable1', { Session_Id: SESSION, Level: 'Error', EventText: 'Some Text2', Version: 'v1.0.0' }],
        [
          'EventsTable2',
          { Session_Id: SESSION, Level: 'Information', EventText: 'Some Other Text2', EventName: 'Event2' },
        ],
        ['EventsTable2', { Session_Id: SESSION, Level: 'Error', EventText: 'Some Other Text3', EventName: 'Event3' }],
      ],
    },
  ];
  it.each(cases)('$name', (c) => expectCase(db, c));
});

describe('find sources, terms and withsource (find-operator.md)', () => {
  it('find "term" looks for the term in every column of every table, like * has', async () => {
    const result = await run(db, 'find "Text4" project EventText');
    expect(result.rows).toEqual([
      ['EventsTable1', 'Some Text4'],
      ['EventsTable2', 'Some Other Text4'],
    ]);
  });

  it.each([
    ['EventText startswith_cs "Some Other Text1"', [['EventsTable2', 'Some Other Text1']]],
    ['EventText startswith_cs "some other"', []],
    [
      'EventText containscs "Text4"',
      [
        ['EventsTable1', 'Some Text4'],
        ['EventsTable2', 'Some Other Text4'],
      ],
    ],
  ])('reads `find %s` as find, with the case-sensitive and legacy comparison words too', async (predicate, rows) => {
    const result = await run(db, `find ${predicate} project EventText`);
    expect(result.rows).toEqual(rows);
  });

  it('find withsource=C in (Prefix*) where * has … names the source column and reads the matching tables', async () => {
    const result = await run(db, `find withsource=Table in (EventsTable*) where * has "Text3" project-smart`);
    expect(result.columns[0]).toBe('Table:string');
    expect(result.rows.map((row) => [row[0], row[3]])).toEqual([
      ['EventsTable1', 'Some Text3'],
      ['EventsTable2', 'Some Other Text3'],
    ]);
  });

  it('reads a let view and a tabular expression as tables (find acts as union)', async () => {
    const result = await run(
      db,
      `let PartialEventsTable1 = view() { EventsTable1 | where Level == 'Error' };
       find in (PartialEventsTable1, (EventsTable2 | where EventName != 'Event2')) where Session_Id == '${SESSION}'
       project EventText`,
    );
    expect(result.rows).toEqual([
      ['PartialEventsTable1', 'Some Text2'],
      ['union_arg1', 'Some Other Text3'],
    ]);
  });

  it('skips a table holding none of the columns the predicate reads', async () => {
    const withOther = database({
      EventsTable1: table('Version:string', [['v1.0.0']]),
      Unrelated: table('Other:string', [['v1.0.0']]),
    });
    const result = await run(withOther, `find Version == 'v1.0.0' project-smart`);
    expect(result.rows).toEqual([['EventsTable1', 'v1.0.0', {}]]);
  });
});

describe('find over a column with two types (find-operator.md, "cases where find acts as union")', () => {
  const typed = database({
    Table1: table('Level:string, Timestamp:datetime, ProcessId:string', [
      ['Error', ms('2024-01-01T00:00:00Z'), '1001'],
    ]),
    Table2: table('Level:string, Timestamp:datetime, ProcessId:long', [['Error', ms('2024-01-02T00:00:00Z'), 1001]]),
  });

  it('project-smart gives one column per type, named Name_type as union names them', async () => {
    const result = await run(typed, 'find in (Table1, Table2) where ProcessId == 1001');
    // The page writes ProcessId_int for the int64 column; the engine names it by its type, long, as union does.
    expect(result.columns).toEqual([
      'source_:string',
      'Level:string',
      'Timestamp:datetime',
      'ProcessId_string:string',
      'ProcessId_long:long',
      'pack_:dynamic',
    ]);
    expect(unordered(result.rows.map((row) => [row[0], row[3], row[4]]))).toEqual([
      ['Table1', '1001', null],
      ['Table2', '', 1001],
    ]);
  });

  it('project Name:type casts every table to the type and names the column Name_type', async () => {
    const result = await run(
      typed,
      'find in (Table1, Table2) where ProcessId == 1001 project Level, Timestamp, ProcessId:string',
    );
    expect(result.columns).toEqual(['source_:string', 'Level:string', 'Timestamp:datetime', 'ProcessId_string:string']);
    expect(result.rows.map((row) => row[3])).toEqual(['1001', '1001']);
  });

  it('a projected column with two types and no written type is an error', async () => {
    expect(await failureCodes(typed, 'find in (Table1, Table2) where Level == "Error" project ProcessId')).toEqual([
      'KQL0030',
    ]);
  });
});

describe('find in a hunting query (Azure-Sentinel "File footprint", detect-cyzfc-activity)', () => {
  const hash = '9858d5cb2a6614be3c48e33911bf9f7978b441bf';
  const device = database({
    DeviceFileEvents: table(
      'Timestamp:datetime, DeviceName:string, ActionType:string, FileName:string, SHA1:string, InitiatingProcessFileName:string, InitiatingProcessSHA1:string',
      [
        [ms('2024-01-09T00:00:00Z'), 'ws1', 'FileCreated', 'a.dll', hash, 'explorer.exe', 'ff'],
        [ms('2023-12-01T00:00:00Z'), 'ws2', 'FileCreated', 'a.dll', hash, 'explorer.exe', 'ff'],
        [ms('2024-01-09T00:00:00Z'), 'ws3', 'FileCreated', 'b.dll', 'aa', 'explorer.exe', 'ff'],
      ],
    ),
    DeviceNetworkEvents: table(
      'Timestamp:datetime, DeviceName:string, ActionType:string, RemoteIP:string, InitiatingProcessFileName:string, InitiatingProcessSHA1:string',
      [[ms('2024-01-08T00:00:00Z'), 'ws1', 'ConnectionSuccess', '203.0.113.7', 'rundll32.exe', hash]],
    ),
  });

  it('keeps the columns both tables have (Timestamp for the following where), and packs the others', async () => {
    const result = await run(
      device,
      `let fileHash = "${hash}";
       find in (DeviceFileEvents, DeviceNetworkEvents)
       where SHA1 == fileHash or InitiatingProcessSHA1 == fileHash
       | where Timestamp > ago(10d)`,
    );
    expect(result.columns).toEqual([
      'source_:string',
      'Timestamp:datetime',
      'DeviceName:string',
      'ActionType:string',
      'SHA1:string',
      'InitiatingProcessFileName:string',
      'InitiatingProcessSHA1:string',
      'pack_:dynamic',
    ]);
    expect(result.wire.map((row) => [row[0], row[1], row[7]])).toEqual([
      ['DeviceFileEvents', '2024-01-09T00:00:00Z', { FileName: 'a.dll' }],
      ['DeviceNetworkEvents', '2024-01-08T00:00:00Z', { RemoteIP: '203.0.113.7' }],
    ]);
  });

  it('project lists columns across tables, null where a table lacks one', async () => {
    const result = await run(
      device,
      `find in (DeviceFileEvents, DeviceNetworkEvents)
       where SHA1 == "${hash}" or InitiatingProcessSHA1 == "${hash}"
       project DeviceName, FileName, InitiatingProcessFileName, SHA1
       | extend MatchedSide = iff(SHA1 == "${hash}", "Child", "Parent")
       | project source_, DeviceName, FileName = iff(isempty(FileName), InitiatingProcessFileName, FileName), MatchedSide`,
    );
    expect(result.rows).toEqual([
      ['DeviceFileEvents', 'ws1', 'a.dll', 'Child'],
      ['DeviceFileEvents', 'ws2', 'a.dll', 'Child'],
      ['DeviceNetworkEvents', 'ws1', 'rundll32.exe', 'Parent'],
    ]);
  });
});
