import { tokenize } from '../parser/lexer.ts';
import { asimParserNames, sentinelTableNames } from './catalogue/sentinel.ts';
import { catalogueTableNames } from './index.ts';

/**
 * The catalogued tables a query can read, by name (`DeviceEvents`, `table("DeviceEvents")`) or by a
 * wildcard (`union Device*`); every catalogued table when it reads tables it does not name
 * (`union *`, `search` or `find` without `in`). Lets the linter declare a handful of schemas instead of the
 * whole catalogue, which costs seconds to declare.
 */
export function catalogueTablesNamedIn(query: string): string[] {
  return namedIn(query, catalogueTableNames());
}

/** The ASIM parser functions (imProcessCreate, _Im_Dns, …) a query names. */
export function asimParsersNamedIn(query: string): string[] {
  return namedIn(query, asimParserNames());
}

/**
 * The Sentinel solution tables and ASIM parsers a query names itself (not through a wildcard or `search`):
 * what `huntops kql --explain` says it typed from Azure-Sentinel's query validation schemas.
 */
export function sentinelNamesIn(query: string): { tables: string[]; parsers: string[] } {
  const { named } = referencesIn(query);
  return {
    tables: sentinelTableNames().filter((name) => named.has(name)),
    parsers: asimParserNames().filter((name) => named.has(name)),
  };
}

function namedIn(query: string, catalogued: readonly string[]): string[] {
  const { named, prefixes, readsAll } = referencesIn(query);
  if (readsAll) return [...catalogued];
  return catalogued.filter((name) => named.has(name) || prefixes.some((prefix) => name.startsWith(prefix))).sort();
}

/** Identifiers and string literals a query holds, the `Prefix*` wildcards it writes, and whether it reads every table. */
function referencesIn(query: string): { named: Set<string>; prefixes: string[]; readsAll: boolean } {
  const tokens = tokenize(query);
  const named = new Set<string>();
  const prefixes: string[] = [];
  let readsAll = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    const starNext = next?.kind === 'punct' && next.text === '*' && !next.spaced;
    if (token.kind === 'ident' && (token.text === 'search' || (token.text === 'union' && next?.text === '*'))) {
      readsAll = true;
    }
    // `find where …`, `find "term"`: every table; `find in (T1, T2)` names its tables.
    if (token.kind === 'ident' && token.text === 'find' && (next?.kind === 'ident' || next?.kind === 'string')) {
      readsAll ||= next.text !== 'in';
    }
    if (token.kind === 'ident' && starNext) prefixes.push(token.text);
    else if (token.kind === 'ident') named.add(token.text);
    else if (token.kind === 'string' && typeof token.value === 'string') named.add(token.value);
  }
  return { named, prefixes, readsAll };
}
