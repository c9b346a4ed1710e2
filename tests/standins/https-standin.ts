import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { testTls } from './tls.ts';

/** A fault a test asks a stand-in to inject into its next matching request(s). */
export type Fault =
  | { kind: 'status'; status: number; retryAfterSeconds?: number; body?: unknown; times?: number; path?: string }
  /** Accept the request and never answer, like a hung gateway. */
  | { kind: 'timeout'; times?: number; path?: string }
  /** Answer normally, but only after `delayMs` (to observe client-side concurrency limits). */
  | { kind: 'slow'; delayMs: number; times?: number; path?: string }
  /** Destroy the connection without answering (ECONNRESET at the client). */
  | { kind: 'reset'; times?: number; path?: string }
  /** Answer 200 with a body that is not JSON. */
  | { kind: 'malformed'; times?: number; path?: string }
  /** Service-specific partial answer (Log Analytics: 200 with a top-level `error`). */
  | { kind: 'partial'; times?: number; path?: string; keepRows?: number };

export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** When the request arrived (epoch ms). */
  readonly at: number;
}

export interface Reply {
  readonly status: number;
  readonly json?: unknown;
  readonly text?: string;
  readonly headers?: Record<string, string>;
}

/** What every stand-in returns from `start()`. */
export interface Standin {
  readonly url: string;
  readonly calls: RecordedCall[];
  inject(fault: Fault): void;
  /** Drops faults not yet used (a non-retried fault leaves the rest of its `times` queued). */
  clearFaults(): void;
  /** The most requests this stand-in was answering at the same moment. */
  peakInFlight(): number;
  close(): Promise<void>;
}

export type StandinHandler = (
  call: RecordedCall,
  partial: Extract<Fault, { kind: 'partial' }> | undefined,
) => Reply | Promise<Reply>;

/** An HTTPS server on 127.0.0.1 (throwaway CA from tls.ts) that records calls and injects faults in order. */
export async function startHttpsStandin(handler: StandinHandler): Promise<Standin> {
  const tls = testTls();
  const calls: RecordedCall[] = [];
  const faults: Fault[] = [];
  let inFlight = 0;
  let peak = 0;

  const takeFault = (path: string): Fault | undefined => {
    const index = faults.findIndex((fault) => fault.path === undefined || path.includes(fault.path));
    if (index < 0) return undefined;
    const fault = faults[index];
    const remaining = (fault.times ?? 1) - 1;
    if (remaining > 0) faults[index] = { ...fault, times: remaining };
    else faults.splice(index, 1);
    return fault;
  };

  const server = createServer({ key: tls.keyPem, cert: tls.certPem }, async (req, res) => {
    const call: RecordedCall = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      body: await readBody(req),
      at: Date.now(),
    };
    calls.push(call);
    inFlight++;
    peak = Math.max(peak, inFlight);
    res.on('close', () => inFlight--);
    const fault = takeFault(call.path);
    if (fault?.kind === 'timeout') return; // never answered; close() tears the socket down
    if (fault?.kind === 'reset') return void req.socket.destroy();
    if (fault?.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    let reply: Reply;
    if (fault?.kind === 'malformed')
      reply = { status: 200, text: '{"tables": [ {"name": "Primary', headers: { 'content-type': 'application/json' } };
    else if (fault?.kind === 'status') reply = faultReply(fault);
    else {
      try {
        reply = await handler(call, fault?.kind === 'partial' ? fault : undefined);
      } catch (error) {
        reply = { status: 500, json: { error: { code: 'StandinError', message: String(error) } } };
      }
    }
    const body = reply.text ?? (reply.json === undefined ? '' : JSON.stringify(reply.json));
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    calls,
    inject: (fault) => {
      faults.push(fault);
    },
    clearFaults: () => {
      faults.length = 0;
    },
    peakInFlight: () => peak,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function faultReply(fault: Extract<Fault, { kind: 'status' }>): Reply {
  const headers: Record<string, string> = {};
  if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
  const body = fault.body ?? {
    error: {
      code: fault.status === 429 ? 'TooManyRequests' : 'ServiceUnavailable',
      message: `injected ${fault.status}`,
    },
  };
  return { status: fault.status, json: body, headers };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Parses a JSON request body, or undefined when it is not JSON. */
export function jsonBody(call: RecordedCall): unknown {
  try {
    return JSON.parse(call.body);
  } catch {
    return undefined;
  }
}
