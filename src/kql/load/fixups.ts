import type { Column } from '../engine/column.ts';
import { columnFromValues } from '../engine/column-writer.ts';
import type { ColumnTable } from '../engine/table.ts';
import type { WarningSink } from './errors.ts';

/** What a fix-up needs to know about a freshly loaded table. */
export interface LoadedTableFacts {
  readonly table: ColumnTable;
  /** Columns some file actually had (schema columns nobody had are present but empty). */
  readonly present: (column: string) => boolean;
  /** The file names, for warnings. */
  readonly source: string;
  readonly warn: WarningSink;
}

/**
 * Event-time columns to derive TimeGenerated from when an export lacks it, best first.
 * SigninLogs portal exports carry only CreatedDateTime; AuditLogs has ActivityDateTime;
 * Syslog EventTime; Defender tables call it Timestamp.
 */
const EVENT_TIME_COLUMNS = [
  'CreatedDateTime',
  'ActivityDateTime',
  'EventTime',
  'Timestamp',
  'TimeCollected',
  'EventStartTime',
];

/**
 * Every column the fix-ups below (and the table-name hint of ./directory.ts) read or fill: a load
 * that stores only a query's columns keeps these too, so it is fixed up exactly like a full load.
 */
export const FIXUP_COLUMNS: readonly string[] = [
  'TimeGenerated',
  ...EVENT_TIME_COLUMNS,
  'EventProduct',
  'ProcessName',
  'Facility',
  'DvcHostname',
  'Computer',
  'HostName',
  'Type',
];

/** Hunts filter on TimeGenerated (Sentinel) or Timestamp (Defender); fill the one a file lacks. */
export function fillEventTime(facts: LoadedTableFacts): ColumnTable {
  let { table } = facts;
  const { present, source, warn } = facts;
  if (table.has('TimeGenerated') && !present('TimeGenerated')) {
    const from = EVENT_TIME_COLUMNS.find((name) => present(name) && table.typeOf(name) === 'datetime');
    if (from === undefined) {
      warn({
        file: source,
        message:
          'no TimeGenerated column and no event-time column; TimeGenerated is empty, so time filters match no rows',
      });
    } else {
      warn({ file: source, message: `no TimeGenerated column; using ${from}` });
      table = replaceColumn(table, 'TimeGenerated', table.column(from));
    }
  }
  if (table.has('Timestamp') && !present('Timestamp') && table.typeOf('TimeGenerated') === 'datetime') {
    table = replaceColumn(table, 'Timestamp', table.column('TimeGenerated'));
  }
  return table;
}

/**
 * ASIM-normalised sshd exports (EventProduct "OpenSSH") carry no Syslog columns, so hunts that
 * filter `ProcessName == "sshd"` or on Facility would silently match nothing. Rebuild the columns
 * the ASIM parser consumed from the fields it kept.
 */
export function fillSyslogFromAsim(facts: LoadedTableFacts): ColumnTable {
  const { table, present, source, warn } = facts;
  if (table.name !== 'Syslog' || !present('EventProduct') || present('ProcessName')) return table;
  const product = table.column('EventProduct');
  const host = present('DvcHostname') ? table.column('DvcHostname') : undefined;
  const n = table.physicalLength;
  const isSsh = (row: number) => product.get(row) === 'OpenSSH';
  const derived: [string, Column][] = [
    [
      'ProcessName',
      columnFromValues(
        'string',
        rowsMap(n, (row) => (isSsh(row) ? 'sshd' : '')),
      ),
    ],
    [
      'Facility',
      columnFromValues(
        'string',
        rowsMap(n, (row) => (isSsh(row) ? 'authpriv' : '')),
      ),
    ],
  ];
  if (host !== undefined && !present('Computer')) {
    derived.push(['Computer', host], ['HostName', host]);
  }
  warn({
    file: source,
    message: `ASIM export without Syslog columns: derived ${derived.map(([name]) => name).join(', ')} from EventProduct${host ? '/DvcHostname' : ''}`,
  });
  return derived.reduce((t, [name, column]) => replaceColumn(t, name, column), table);
}

function rowsMap(n: number, value: (row: number) => unknown): unknown[] {
  return Array.from({ length: n }, (_, row) => value(row));
}

function replaceColumn(table: ColumnTable, name: string, column: Column): ColumnTable {
  return table.withColumns(table.namedColumns().map((c) => (c.name === name ? { name, column } : c)));
}
