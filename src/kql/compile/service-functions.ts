/**
 * Functions Microsoft's services define next to KQL: Defender XDR advanced hunting's built-in functions
 * (defender-xdr/advanced-hunting-*-function.md), Microsoft Sentinel's watchlist functions and its ASIM
 * parsers (`imProcessCreate`, `_Im_Dns`, `ASimAuthentication`, …). Published hunting queries call them;
 * the local engine has none, so they are named "not supported by the local engine", never "unknown"
 * or "not a tabular expression".
 */
const SERVICE_FUNCTIONS: ReadonlySet<string> = new Set([
  'AssignedIPAddresses',
  'DeviceFromIP',
  'FileProfile',
  'SeenBy',
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

/** ASIM parser names: `im`/`_Im_`/`ASim`/`_ASim_` followed by a schema name in PascalCase. */
const ASIM_PARSER = /^(?:im|_Im_|ASim|_ASim_|vim|_vim_)[A-Z]/;

/** True when `name` is a function a Microsoft service provides that the local engine does not run. */
export function isServiceFunction(name: string): boolean {
  return SERVICE_FUNCTIONS.has(name) || ASIM_PARSER.test(name);
}
