import { parseQuery } from '../parser/index.ts';
import type { CallNode, FunctionDeclaration } from '../syntax/index.ts';
import type { CompileContext } from './context.ts';
import { Scope } from './scope.ts';

/**
 * Defender XDR advanced hunting functions that can be computed from the advanced hunting tables, written in KQL
 * as their pages describe them (MicrosoftDocs/defender-docs, defender-xdr/advanced-hunting-*-function.md):
 *
 * - AssignedIPAddresses(x, y): the IP addresses of device x (a DeviceId or DeviceName) in the latest report of
 *   each of its network adapters at or before y (the latest reports when y is left out), from DeviceNetworkInfo.
 *   Besides the page's columns it keeps DeviceId and DeviceName, which the page's own example projects; the page
 *   types NetworkAdapterType and ConnectedNetworks `int` while describing an adapter type name and JSON arrays,
 *   so they keep DeviceNetworkInfo's types (string, dynamic).
 * - `invoke DeviceFromIP()`: for each IP of the input, the devices whose latest adapter reports list it.
 *   The page's optional column arguments are not taken here.
 * - `invoke SeenBy()`: adds to each input device a SeenBy column, the onboarded devices that discovered it. Its page
 *   lists only DeviceId, the column the input needs; defender-endpoint/device-discovery.md projects `DeviceId,
 *   DeviceName, DeviceType, SeenBy` after it, so the input's columns stay. No advanced hunting table records who
 *   discovered whom (the service keeps it), so locally SeenBy is null on every row; dynamic, as queries read it
 *   as a JSON array (`mv-expand parse_json(SeenBy) | extend tostring(SeenBy.DeviceId)`).
 *
 * and one Log Analytics system function:
 *
 * - `_LogOperation`: "a simplified set of information" from the workspace's Operation table, with the columns
 *   "Monitor operational issues in your Azure Monitor Log Analytics workspace" (azure-monitor/logs/
 *   monitor-workspace.md) lists. The page names no types: those it shares with Operation keep Operation's
 *   (TimeGenerated datetime, the rest string), and Category, Operation and Level hold names (Ingestion; Info,
 *   Warning, Error), so strings. It does not say which Operation columns give Category and Level, so locally
 *   the function has its documented columns and no rows.
 */
const DEFINITIONS = `
let AssignedIPAddresses = (x:string, y:datetime = datetime(null)) {
  DeviceNetworkInfo
  | where DeviceId == x or DeviceName == x
  | where isnull(y) or Timestamp <= y
  | summarize arg_max(Timestamp, *) by DeviceId, NetworkAdapterName
  | mv-expand Address = IPAddresses
  | project Timestamp, DeviceId, DeviceName, IPAddress = tostring(Address.IPAddress),
      IPType = tostring(Address.AddressType), NetworkAdapterType, ConnectedNetworks
};
let DeviceFromIP = (T:(IP:string)) {
  T
  | distinct IP
  | join kind=inner (
      DeviceNetworkInfo
      | summarize arg_max(Timestamp, *) by DeviceId, NetworkAdapterName
      | mv-expand Address = IPAddresses
      | project IP = tostring(Address.IPAddress), DeviceId
    ) on IP
  | distinct IP, DeviceId
};
let SeenBy = (T:(DeviceId:string)) { T | extend SeenBy = dynamic(null) };
let _LogOperation = () {
  datatable(TimeGenerated:datetime, Category:string, Operation:string, Level:string, Detail:string,
    _ResourceId:string, Computer:string, CorrelationId:string)[]
};
print 0
`;

let prelude: Scope | undefined;
const declarations = new WeakSet<FunctionDeclaration>();

/** A scope holding the functions above, parsed once; each query's scope is a child of it, so a `let` can shadow them. */
export function defenderFunctionScope(): Scope {
  if (prelude) return prelude;
  const scope = new Scope();
  for (const [name, declaration] of parsedDefinitions()) {
    scope.define(name, { kind: 'function', declaration, scope });
    declarations.add(declaration);
  }
  prelude = scope;
  return scope;
}

/** A function above as KQL text: its parameter list, `(x:string, …)`, and its body, `{ … }`. */
export interface FunctionSource {
  readonly parameters: string;
  readonly body: string;
}

/**
 * The functions above as their KQL text, so that `huntops lint` declares to Microsoft's analyzer the very
 * parameters and bodies the engine runs (their output columns follow from the bodies).
 */
export function defenderFunctionSources(): Record<string, FunctionSource> {
  const sources: Record<string, FunctionSource> = {};
  for (const [name, { span, body }] of parsedDefinitions()) {
    const bodyStart = DEFINITIONS.lastIndexOf('{', body[0]?.span.start ?? span.start + span.length);
    sources[name] = {
      parameters: DEFINITIONS.slice(span.start, bodyStart).trim(),
      body: DEFINITIONS.slice(bodyStart, span.start + span.length).trim(),
    };
  }
  return sources;
}

function parsedDefinitions(): [string, FunctionDeclaration][] {
  return parseQuery(DEFINITIONS).tree.statements.flatMap((statement) =>
    statement.kind === 'LetStatement' && statement.value.kind === 'FunctionDeclaration'
      ? [[statement.name, statement.value] as [string, FunctionDeclaration]]
      : [],
  );
}

/**
 * The compile context a call's body reports through: for a function above, problems in its body (input without
 * an IP column, a DeviceNetworkInfo file without IPAddresses) are reported at the call, naming the function,
 * since their positions are in DEFINITIONS, not in the query.
 */
export function contextForBody(declaration: FunctionDeclaration, call: CallNode, cx: CompileContext): CompileContext {
  if (!declarations.has(declaration)) return cx;
  const atCall = Object.create(cx) as CompileContext;
  atCall.report = (draft) =>
    cx.report({
      ...draft,
      start: call.span.start,
      length: call.span.length,
      message: `${call.name}(): ${draft.message}`,
    });
  return atCall;
}
