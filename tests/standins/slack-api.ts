import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { callLog } from './call-log.ts';
import { attachSocketMode, type SocketModeStandin } from './slack-socket-mode.ts';

export interface SlackCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
  /** What the stand-in answered (for chat.postMessage: the message `ts`). */
  readonly reply: Record<string, unknown>;
}

export interface SlackApiStandin {
  /** Base URL for SLACK_API_URL (ends in /api/). */
  readonly apiUrl: string;
  /** A fresh response_url for one slash command or button press. */
  responseUrl(): string;
  readonly calls: SlackCall[];
  /** JSON bodies posted to response URLs, in order. */
  readonly responses: Record<string, unknown>[];
  /** Resolves once a call satisfying `match` has arrived. */
  waitFor(match: (call: SlackCall) => boolean, timeoutMs?: number): Promise<SlackCall>;
  /** Makes the next `times` calls of `method` fail with this HTTP status (with Retry-After: 1). */
  fail(method: string, status: number, times?: number): void;
  /** Makes the next `times` calls of `method` hang, reset the connection, or answer 200 with broken JSON. */
  fault(method: string, kind: 'hang' | 'reset' | 'malformed', times?: number): void;
  /** Socket Mode (slack-socket-mode.ts): connections opened with `appToken`, envelopes, acknowledgements. */
  readonly socketMode: SocketModeStandin;
  close(): Promise<void>;
}

/**
 * Slack's Web API as documented (form-encoded bodies with JSON-encoded `blocks`, `{ok:true}` replies, 200
 * even for errors) plus response URLs, and Socket Mode for the app-level token `appToken` (xapp-…), which
 * only `apps.connections.open` accepts. Plain HTTP on loopback: the Slack client does not insist on TLS.
 */
export async function startSlackApiStandin(options: { appToken?: string } = {}): Promise<SlackApiStandin> {
  const log = callLog<SlackCall>((call) => call.method);
  const { calls } = log;
  const responses: Record<string, unknown>[] = [];
  const failures = new Map<string, { status: number | 'hang' | 'reset' | 'malformed'; times: number }>();
  let ts = 1_700_000_000;
  let responseCounter = 0;

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = request.url ?? '';
      if (path.startsWith('/response/')) {
        responses.push(JSON.parse(body || '{}'));
        response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        return;
      }
      const method = path.replace(/^\/api\//, '').split('?')[0];
      const failure = failures.get(method);
      if (failure && failure.times > 0) {
        failure.times -= 1;
        if (failure.status === 'hang') return; // never answered; close() ends it
        if (failure.status === 'reset') return void request.socket.destroy();
        if (failure.status === 'malformed')
          return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":tru');
        response
          .writeHead(failure.status, { 'content-type': 'application/json', 'retry-after': '1' })
          .end('{"ok":false}');
        return;
      }
      const args: Record<string, unknown> = Object.fromEntries(new URLSearchParams(body));
      for (const key of ['blocks', 'attachments'])
        if (typeof args[key] === 'string') args[key] = JSON.parse(args[key] as string);
      const reply = replyTo(method, args, request.headers.authorization);
      const call = { method, args, reply };
      log.record(call);
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
    });
  });
  const replyTo = (method: string, args: Record<string, unknown>, authorization: string | undefined) => {
    if (method === 'apps.connections.open') return socketMode.open(authorization, base);
    // An app-level token opens Socket Mode connections and nothing else.
    if (authorization?.startsWith('Bearer xapp-')) return { ok: false, error: 'not_allowed_token_type' };
    ts += 1;
    if (method !== 'chat.postMessage' && method !== 'chat.update') return { ok: true };
    return {
      ok: true,
      channel: args.channel,
      ts: method === 'chat.update' ? args.ts : `${ts}.000100`,
      message: { text: args.text },
    };
  };
  const socketMode = attachSocketMode(server, options.appToken);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${base}/api/`,
    responseUrl: () => `${base}/response/${++responseCounter}`,
    calls,
    responses,
    waitFor: log.waitFor,
    fail(method, status, times = 1) {
      failures.set(method, { status, times });
    },
    fault(method, kind, times = 1) {
      failures.set(method, { status: kind, times });
    },
    socketMode: socketMode.standin,
    close: () =>
      new Promise((resolve) => {
        socketMode.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
