import {
  catalogueTablesNamedIn,
  defenderFunctionSources,
  FILE_ID_COLUMNS,
  FILE_PROFILE_COLUMNS,
  FILE_PROFILE_DEFAULT_LIMIT,
  type KqlColumn,
  toKustoSchemaString,
  WATCHLIST_ITEM_COLUMNS,
} from '../../kql/index.ts';
import type { KustoFunction, KustoOpenFunction } from './language-service.ts';

/**
 * How `_GetWatchlist` is declared: with only the item columns every watchlist has ('closed'), or with those
 * and any other column ('open'), since a watchlist's own columns are whatever its CSV file had.
 */
export type WatchlistColumns = 'closed' | 'open';

/** The service functions a query names, declared as the engine defines them, and the tables their bodies read. */
export interface ServiceDeclarations {
  readonly functions: Record<string, KustoFunction | KustoOpenFunction>;
  readonly tables: string[];
}

/**
 * Microsoft's service functions that the engine runs (Defender XDR's FileProfile, AssignedIPAddresses,
 * DeviceFromIP, SeenBy; Sentinel's `_GetWatchlist`; Log Analytics' `_LogOperation`), for those `text` names,
 * so that the analyzer binds them as the engine does rather than calling them unknown.
 */
export function serviceFunctionsNamedIn(text: string, watchlist: WatchlistColumns): ServiceDeclarations {
  const functions = Object.fromEntries(
    Object.entries(allDeclarations(watchlist)).filter(([name]) => names(text, name)),
  );
  const bodies = Object.values(functions).map((declaration) => ('body' in declaration ? declaration.body : ''));
  return { functions, tables: catalogueTablesNamedIn(bodies.join('\n')) };
}

const declarations = new Map<WatchlistColumns, Readonly<Record<string, KustoFunction | KustoOpenFunction>>>();

/**
 * Every service function's declaration, built once for each way of declaring `_GetWatchlist`: building parses the
 * Defender definitions, and lint asks on every query (twice for one that calls `_GetWatchlist`).
 */
function allDeclarations(watchlist: WatchlistColumns): Readonly<Record<string, KustoFunction | KustoOpenFunction>> {
  let all = declarations.get(watchlist);
  if (!all) {
    all = { ...defenderFunctionSources(), FileProfile: fileProfile(), _GetWatchlist: getWatchlist(watchlist) };
    declarations.set(watchlist, all);
  }
  return all;
}

/** True when `text` calls `_GetWatchlist`, whose watchlist's own columns lint cannot know. */
export function callsWatchlist(text: string): boolean {
  return names(text, '_GetWatchlist');
}

const names = (text: string, name: string): boolean => new RegExp(`\\b${name}\\b`).test(text);

/**
 * `T | invoke FileProfile(x, y)`: a function of its input table that keeps the input's columns and adds the
 * profile columns it lacks. column_ifexists gives exactly that: a profile column T already has keeps its values
 * and type, the others are added.
 */
function fileProfile(): KustoFunction {
  const added = FILE_PROFILE_COLUMNS.map(({ name, type }) => `${name} = column_ifexists("${name}", ${emptyOf(type)})`);
  return {
    parameters: `(T:(*), x:string="${FILE_ID_COLUMNS[0]}", y:long=${FILE_PROFILE_DEFAULT_LIMIT})`,
    body: `{ T | extend ${added.join(', ')} }`,
  };
}

/** A constant of the type, for column_ifexists: strings have no null in KQL, so the empty string. */
const emptyOf = (type: KqlColumn['type']): string => (type === 'string' ? '""' : `${type}(null)`);

/**
 * The places where `invoke FileProfile(SHA1, …)` names its file ID column bare, as the function's page does.
 * The analyzer binds invoke's arguments outside the input's columns and calls such a name unknown; FileProfile
 * reads it as the column's name (the engine checks that the input has the column).
 */
export function fileProfileColumnArguments(text: string): number[] {
  const pattern = new RegExp(`\\binvoke\\s+FileProfile\\s*\\(\\s*(?:${FILE_ID_COLUMNS.join('|')})\\b`, 'g');
  return [...text.matchAll(pattern)].map((match) => match.index + match[0].length - lastWord(match[0]).length);
}

const lastWord = (text: string): string => /\w+$/.exec(text)?.[0] ?? '';

/** `_GetWatchlist('alias')`: one row per item, the item columns every watchlist has, then the watchlist's own. */
function getWatchlist(watchlist: WatchlistColumns): KustoFunction | KustoOpenFunction {
  const knownColumns = toKustoSchemaString(WATCHLIST_ITEM_COLUMNS);
  return watchlist === 'open'
    ? { parameters: [{ name: 'watchlistAlias', type: 'string' }], knownColumns }
    : { parameters: '(watchlistAlias:string)', body: `{ datatable${knownColumns}[] }` };
}
