import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Stand-in for AlienVault OTX DirectConnect v1 on 127.0.0.1, following the contract in
 * shared/reference/api-contracts.md §5: `GET /api/v1/indicators/{IPv4|IPv6|domain|hostname|url|file}/{value}/{section}` with
 * `X-OTX-API-KEY`. Unknown indicators get a realistic empty `general` reply, as OTX does.
 */
export type OtxStandinMode =
  | { kind: 'ok' }
  /** `times`: answer 429 this many times, then switch back to `ok`. */
  | { kind: 'rate-limited'; retryAfter?: string; times?: number }
  | { kind: 'server-error'; status?: number }
  | { kind: 'hang' }
  | { kind: 'reset' }
  | { kind: 'malformed' };

export interface OtxCall {
  readonly type: string;
  readonly indicator: string;
  readonly section: string;
  readonly apiKey: string | undefined;
  /** When the request arrived (epoch ms). */
  readonly at: number;
}

export interface OtxStandin {
  /** Base URL to put in OTX_BASE_URL. */
  readonly url: string;
  readonly calls: OtxCall[];
  mode: OtxStandinMode;
  latencyMs: number;
  /** `general` replies by indicator (as OTX spells it: compact lower-case IPv6). */
  readonly replies: Map<string, unknown>;
  /** The most requests this stand-in was answering at the same moment (each counted from its arrival until
   * its response ends or its socket closes). */
  peakInFlight(): number;
  close(): Promise<void>;
}

const fixtureDir = new URL('../fixtures/intel/otx/', import.meta.url);

/** Reads an OTX `general` fixture and re-addresses it to `indicator`. */
export function otxFixture(name: string, indicator?: string): Record<string, unknown> {
  const body = JSON.parse(readFileSync(new URL(`${name}.json`, fixtureDir), 'utf8')) as Record<string, unknown>;
  return indicator === undefined ? body : { ...body, indicator };
}

let emptyReply: Record<string, unknown> | undefined;

function emptyGeneral(type: string, indicator: string): unknown {
  emptyReply ??= otxFixture('empty');
  // Only address replies carry network and place; names, URLs and files have none.
  const { asn, country_name, country_code, ...unplaced } = emptyReply;
  return {
    ...(type === 'IPv4' || type === 'IPv6' ? { ...unplaced, asn, country_name, country_code } : unplaced),
    indicator,
    type,
    type_title: type,
    whois: `http://whois.domaintools.com/${indicator}`,
  };
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
}

export async function startOtxStandin(options: { apiKey: string; latencyMs?: number }): Promise<OtxStandin> {
  const calls: OtxCall[] = [];
  const replies = new Map<string, unknown>();
  const state = { mode: { kind: 'ok' } as OtxStandinMode, latencyMs: options.latencyMs ?? 0 };
  let inFlight = 0;
  let peak = 0;

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const match = /^\/api\/v1\/indicators\/(IPv4|IPv6|domain|hostname|url|file)\/([^/]+)\/([a-z_]+)$/.exec(
      req.url ?? '',
    );
    if (req.method !== 'GET' || !match) return send(res, 404, '{"detail":"Not found."}');
    const [, type, encoded, section] = match;
    const apiKey = req.headers['x-otx-api-key'] as string | undefined;
    calls.push({ type: type!, indicator: decodeURIComponent(encoded!), section: section!, apiKey, at: Date.now() });
    if (apiKey !== options.apiKey) return send(res, 403, '{"detail":"Authentication credentials were not provided."}');
    const mode = state.mode;
    if (mode.kind === 'hang') return; // never answers; closeAllConnections() ends it
    if (mode.kind === 'reset') return void req.socket.destroy();
    if (mode.kind === 'rate-limited') {
      if (mode.times !== undefined && --mode.times <= 0) state.mode = { kind: 'ok' };
      return send(res, 429, '{"detail":"Request was throttled."}', { 'retry-after': mode.retryAfter ?? '1' });
    }
    if (mode.kind === 'server-error') return send(res, mode.status ?? 500, '<html><body>Server Error</body></html>');
    if (mode.kind === 'malformed') return send(res, 200, '{"indicator": "x", "pulse_info": {"count": 3, "pulses": [');
    const indicator = decodeURIComponent(encoded!);
    send(res, 200, JSON.stringify(replies.get(indicator) ?? emptyGeneral(type!, indicator)));
  };

  const server = createServer((req, res) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    res.on('close', () => inFlight--);
    if (state.latencyMs > 0) setTimeout(() => handle(req, res), state.latencyMs);
    else handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    replies,
    get mode() {
      return state.mode;
    },
    set mode(mode) {
      state.mode = mode;
    },
    get latencyMs() {
      return state.latencyMs;
    },
    set latencyMs(ms) {
      state.latencyMs = ms;
    },
    peakInFlight: () => peak,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
