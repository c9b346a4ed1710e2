/**
 * @module Binding and compilation of parsed KQL into plans of engine operators with
 * closure-compiled expressions, plus the database type queries run against.
 */
export { type CompiledQuery, type CompileOptions, compileQuery } from './compile-query.ts';
export { KqlDatabase } from './kql-database.ts';
export type { Visualization } from './plan.ts';
export { watchlistTableName } from './watchlist.ts';
export { toWireTable, type WireTable } from './wire.ts';
