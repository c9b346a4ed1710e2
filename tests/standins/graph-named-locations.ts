import { randomUUID } from 'node:crypto';
import ipaddr from 'ipaddr.js';
import { jsonBody, type RecordedCall, type Reply, type Standin, startHttpsStandin } from './https-standin.ts';

const IP_LOCATION = '#microsoft.graph.ipNamedLocation';
const RANGE_TYPES = { ipv4: '#microsoft.graph.iPv4CidrRange', ipv6: '#microsoft.graph.iPv6CidrRange' } as const;
const MAX_RANGES = 2_000;
const ROUTE = /^\/v1\.0\/identity\/conditionalAccess\/namedLocations\/([^/?]+)$/;

export interface IpRange {
  readonly '@odata.type': string;
  readonly cidrAddress: string;
}

interface Location {
  id: string;
  displayName: string;
  isTrusted: boolean;
  ipRanges: IpRange[];
  createdDateTime: string;
  modifiedDateTime: string;
}

export interface GraphNamedLocationsStandin extends Standin {
  /** The stored ranges of a location (cidrAddress only). */
  ranges(id: string): string[];
  /**
   * A concurrent writer: another admin read the location before huntops' next PATCH to it and writes
   * its own change after it, so huntops' change is lost (Graph has no ETag for named locations).
   */
  concurrentWriteAfterNextPatch(id: string, addedByOther: string): void;
}

/**
 * Microsoft Graph Conditional Access IP named locations: GET and PATCH by id, where PATCH replaces
 * `ipRanges` as a whole and requires `@odata.type` on the location and every range (api-contracts §4).
 */
export async function startGraphNamedLocationsStandin(options: {
  locations: readonly { id: string; displayName: string; ipRanges?: readonly string[] }[];
  acceptToken?: (token: string) => boolean;
}): Promise<GraphNamedLocationsStandin> {
  const created = new Date().toISOString();
  const locations = new Map<string, Location>(
    options.locations.map((l) => [
      l.id,
      {
        id: l.id,
        displayName: l.displayName,
        isTrusted: false,
        ipRanges: (l.ipRanges ?? []).map(rangeOf),
        createdDateTime: created,
        modifiedDateTime: created,
      },
    ]),
  );
  const interleaved = new Map<string, string>();

  const patch = (location: Location, call: RecordedCall): Reply => {
    const body = jsonBody(call) as { '@odata.type'?: unknown; ipRanges?: unknown } | undefined;
    if (body?.['@odata.type'] !== IP_LOCATION)
      return graphError(400, 'BadRequest', `@odata.type '${IP_LOCATION}' is required on the update.`);
    if (body.ipRanges !== undefined) {
      if (!Array.isArray(body.ipRanges)) return graphError(400, 'BadRequest', 'ipRanges must be a collection.');
      const problem = body.ipRanges.map(rangeProblem).find(Boolean);
      if (problem) return graphError(400, 'BadRequest', problem);
      if (body.ipRanges.length > MAX_RANGES)
        return graphError(400, 'BadRequest', `An IP named location holds at most ${MAX_RANGES} IP ranges.`);
      const before = location.ipRanges;
      location.ipRanges = body.ipRanges as IpRange[];
      const other = interleaved.get(location.id);
      if (other !== undefined) {
        interleaved.delete(location.id);
        location.ipRanges = [...before, rangeOf(other)];
      }
    }
    location.modifiedDateTime = new Date().toISOString();
    return { status: 204 };
  };

  const standin = await startHttpsStandin((call) => {
    const token = /^Bearer (.+)$/.exec(String(call.headers.authorization ?? ''))?.[1];
    if (token === undefined || !(options.acceptToken?.(token) ?? true))
      return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.');
    const id = ROUTE.exec(call.path.split('?')[0])?.[1];
    const location = id === undefined ? undefined : locations.get(decodeURIComponent(id));
    if (!location) return graphError(404, 'Request_ResourceNotFound', `no named location at ${call.path}`);
    if (call.method === 'GET')
      return {
        status: 200,
        json: {
          '@odata.context':
            'https://graph.microsoft.com/v1.0/$metadata#identity/conditionalAccess/namedLocations/$entity',
          '@odata.type': IP_LOCATION,
          ...location,
        },
      };
    if (call.method === 'PATCH') return patch(location, call);
    return graphError(405, 'BadRequest', `${call.method} is not supported here`);
  });
  return {
    ...standin,
    ranges: (id) => locations.get(id)?.ipRanges.map((range) => range.cidrAddress) ?? [],
    concurrentWriteAfterNextPatch: (id, addedByOther) => void interleaved.set(id, addedByOther),
  };
}

function rangeOf(cidr: string): IpRange {
  return { '@odata.type': RANGE_TYPES[ipaddr.parseCIDR(cidr)[0].kind()], cidrAddress: cidr };
}

function rangeProblem(range: unknown): string | undefined {
  const { '@odata.type': type, cidrAddress } = (range ?? {}) as Partial<IpRange>;
  if (typeof cidrAddress !== 'string') return 'Each ipRange needs a cidrAddress.';
  let parsed: [ipaddr.IPv4 | ipaddr.IPv6, number];
  try {
    parsed = ipaddr.parseCIDR(cidrAddress);
  } catch {
    return `'${cidrAddress}' is not in CIDR form.`;
  }
  if (type !== RANGE_TYPES[parsed[0].kind()])
    return `ipRange '${cidrAddress}' needs @odata.type ${RANGE_TYPES[parsed[0].kind()]}.`;
  if (parsed[1] <= 8) return `'${cidrAddress}': only CIDR masks greater than /8 are supported.`;
  return undefined;
}

function graphError(status: number, code: string, message: string): Reply {
  return {
    status,
    json: { error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': randomUUID() } } },
  };
}
