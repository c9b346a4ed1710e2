/**
 * @module Binding and compilation of parsed KQL into plans of engine operators with
 * closure-compiled expressions, plus the database type queries run against.
 */
export { type CompiledQuery, type CompileOptions, compileQuery } from './compile-query.ts';
export { defenderFunctionSources, type FunctionSource } from './defender-functions.ts';
export { KqlDatabase } from './kql-database.ts';
export {
  FILE_ID_COLUMNS,
  FILE_PROFILE_COLUMNS,
  FILE_PROFILE_DEFAULT_LIMIT,
} from './operators/file-profile.ts';
export type { Visualization } from './plan.ts';
export { limitResult, requestPropertiesOf } from './request-properties.ts';
export { WATCHLIST_ITEM_COLUMNS, watchlistTableName } from './watchlist.ts';
export { toWireTable, type WireTable } from './wire.ts';
