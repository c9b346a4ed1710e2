// Table loaders for the embedded KQL engine: a directory of .jsonl / .json / .csv files, one
// table per file name, typed by the known Sentinel/Defender schemas (../schemas) or inferred.
import type { RawTable } from '../types.ts';
import { loadColumnTables } from './directory.ts';
import type { WarningSink } from './errors.ts';

export { parseDatetimeText } from './datetime-text.ts';
export {
  type LoadedTables,
  type LoadSelection,
  type LoadTablesOptions,
  listTableFiles,
  loadColumnTables,
  tableNameOf,
  type UnreadableTable,
} from './directory.ts';
export { KQL_LOAD_ERRORS, KqlLoadError, type KqlLoadErrorCode, type LoadWarning, type WarningSink } from './errors.ts';
export type { SplitOptions } from './jsonl-split.ts';
export { openDatabaseDirectory } from './open-data-directory.ts';
export { loadColumnTablesCached } from './table-cache.ts';

export interface LoadOptions {
  /** Receives what the loader fixed up or guessed (renamed headers, derived TimeGenerated, Excel damage). */
  readonly onWarning?: WarningSink;
}

/** Row-oriented tables (see ../types.ts). Prefer `loadColumnTables` for large data: it avoids the row copy. */
export async function loadTablesFromDirectory(dir: string, options: LoadOptions = {}): Promise<RawTable[]> {
  const { tables, warnings } = await loadColumnTables(dir);
  if (options.onWarning) for (const warning of warnings) options.onWarning(warning);
  return tables.map((table) => table.toRaw());
}
