/**
 * @module The embedded KQL engine: parse, bind, compile and run KQL over local tables.
 * Other folders import only from here.
 */

// The Microsoft service functions the engine runs, for `huntops lint` to declare them as the engine defines them.
export {
  defenderFunctionSources,
  FILE_ID_COLUMNS,
  FILE_PROFILE_COLUMNS,
  FILE_PROFILE_DEFAULT_LIMIT,
  type FunctionSource,
  WATCHLIST_ITEM_COLUMNS,
} from './compile/index.ts';
export { type ColumnTable, DEFAULT_RUNTIME_LIMITS } from './engine/index.ts';
export { explainQuery, type QueryExplanation } from './explain.ts';
export {
  createExternalDataReader,
  type ExternalDataReader,
  ExternalDataRefusal,
  type ExternalDataSources,
} from './external/external-data-reader.ts';
export * from './load/index.ts';
export {
  type DirectoryQueryResult,
  runQueryOnDirectory,
  selectionFor,
  settleUnreadable,
  tablesReadBy,
} from './load-for-query.ts';
export * from './query.ts';
export * from './schemas/index.ts';
export type { QueryNode } from './syntax/index.ts';
export { startTsWorker } from './threads/index.ts';
export * from './types.ts';
