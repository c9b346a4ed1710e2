/**
 * Functions Microsoft's services define next to KQL that the local engine does not run in the form used:
 * Defender XDR's behaviour functions, FileProfile() other than through `invoke`, `_GetWatchlist` not called
 * with an alias, Sentinel's other watchlist functions, and ASIM parser names the catalogue does not know.
 * Published hunting queries call them, so they are named "not supported by the local engine", never
 * "unknown" or "not a tabular expression". (AssignedIPAddresses, DeviceFromIP, SeenBy and
 * _LogOperation are defined in defender-functions.ts.)
 */
const SERVICE_FUNCTIONS: ReadonlySet<string> = new Set([
  'FileProfile',
  'GetAnomalousBehaviorsAbout',
  'GetAnomalousBehaviorsByKind',
  'GetAnomalousBehaviorsByValue',
  'GetFirstSeenBehaviors',
  'GetHighVolumeAnomalyBehaviors',
  'GetUncommonValueBehaviors',
  '_GetWatchlist',
  '_GetWatchlistAlias',
  '_GetWatchlistWithMetadata',
]);

/**
 * ASIM parser names: `im`/`_Im_`/`ASim`/`_ASim_` followed by a schema name in PascalCase. The unifying parsers
 * of the catalogued schemas resolve before this (schemas/catalogue/sentinel.ts); what reaches it is a
 * source-specific parser (`vimDnsCiscoUmbrella`, `_Im_Dns_AzureFirewall`) or a schema not catalogued yet.
 */
const ASIM_PARSER = /^(?:im|_Im_|ASim|_ASim_|vim|_vim_)[A-Z]/;

/** True when `name` is a function a Microsoft service provides that the local engine does not run. */
export function isServiceFunction(name: string): boolean {
  return SERVICE_FUNCTIONS.has(name) || ASIM_PARSER.test(name);
}
