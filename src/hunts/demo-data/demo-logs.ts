import type { SeededRandom } from './random.ts';

export type DemoRow = Record<string, unknown>;

/** The tables the demo data fills: every table the shipped templates read. */
export const DEMO_TABLES = [
  'SigninLogs',
  'AADNonInteractiveUserSignInLogs',
  'SecurityEvent',
  'WindowsEvent',
  'Syslog',
  'DeviceLogonEvents',
  'Event',
  'AuditLogs',
  'DeviceProcessEvents',
  'DeviceEvents',
  'DeviceFileEvents',
  'DeviceNetworkEvents',
  'EmailEvents',
  'EmailUrlInfo',
  'UrlClickEvents',
  'OfficeActivity',
  'IdentityLogonEvents',
] as const;
export type DemoTable = (typeof DEMO_TABLES)[number];

/**
 * Collects generated rows per table; every row carries its event time as a Date until it is written.
 * Rows outside [start, end) are dropped, so generators can lay out whole days without clipping them.
 */
export class DemoLogs {
  readonly random: SeededRandom;
  readonly start: number;
  readonly end: number;
  readonly #rows = new Map<DemoTable, { time: Date; row: DemoRow }[]>(DEMO_TABLES.map((table) => [table, []]));

  constructor(random: SeededRandom, start: number, end: number) {
    this.random = random;
    this.start = start;
    this.end = end;
  }

  add(table: DemoTable, time: Date, row: DemoRow): void {
    if (time.getTime() < this.start || time.getTime() >= this.end) return;
    this.#rows.get(table)!.push({ time, row });
  }

  /** Rows of each table in time order, datetimes as ISO-8601 strings (the JSONL loaders' input shape). */
  toTables(): Record<DemoTable, DemoRow[]> {
    const tables = {} as Record<DemoTable, DemoRow[]>;
    for (const [table, rows] of this.#rows) {
      tables[table] = [...rows]
        .sort((a, b) => a.time.getTime() - b.time.getTime())
        .map(({ row }) =>
          Object.fromEntries(
            Object.entries(row).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
          ),
        );
    }
    return tables;
  }
}
