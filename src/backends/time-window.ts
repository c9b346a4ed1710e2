import type { KqlDatabase } from '../kql/index.ts';

/** The columns the services filter on when a timespan is given (Log Analytics, then Defender tables). */
const TIME_COLUMNS = ['TimeGenerated', 'Timestamp'] as const;

/**
 * The database as the services see it for a query with a timespan: rows of every table that has
 * a time column kept only when start <= time < end. Tables without one are left whole.
 * Uses selection vectors, so nothing is copied.
 */
export function restrictToWindow(
  database: KqlDatabase,
  window: { readonly start: Date; readonly end: Date },
): KqlDatabase {
  const start = window.start.getTime();
  const end = window.end.getTime();
  const restricted = database.tableNames().flatMap((name) => {
    const table = database.table(name);
    const timeColumn = TIME_COLUMNS.find((column) => table?.has(column) && table.typeOf(column) === 'datetime');
    if (!table || !timeColumn) return [];
    const times = table.column(timeColumn);
    const kept = table.rows().filter((row) => {
      const time = times.get(row);
      return typeof time === 'number' && time >= start && time < end;
    });
    return [table.withSelection(kept)];
  });
  return database.withTables(...restricted);
}
