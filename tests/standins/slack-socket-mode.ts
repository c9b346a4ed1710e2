import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';
import WebSocket from 'ws';
import { callLog } from './call-log.ts';

/** What the app sent back for one envelope: `{envelope_id, payload}` (a slash command's payload is its reply). */
export interface SocketModeAck {
  readonly envelopeId: string;
  readonly payload?: Record<string, unknown>;
}

/** One WebSocket connection the app opened with a ticket from apps.connections.open (numbered from 1). */
export interface SocketModeConnection {
  readonly number: number;
  readonly ticket: string;
}

export type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';

export interface SocketModeStandin {
  readonly connections: SocketModeConnection[];
  /** Resolves once the app has opened its `number`-th connection (and been sent `hello`). */
  waitForConnection(number: number, timeoutMs?: number): Promise<SocketModeConnection>;
  /** Sends an envelope over the open connection; returns its envelope_id. */
  deliver(type: EnvelopeType, payload: Record<string, unknown>): string;
  readonly acks: SocketModeAck[];
  waitForAck(envelopeId: string, timeoutMs?: number): Promise<SocketModeAck>;
  /** Tells the app to reconnect, as Slack does before it recycles a connection. */
  disconnect(reason?: 'refresh_requested' | 'warning' | 'link_disabled'): void;
}

const LINK_PATH = '/link/';
const APP_ID = 'A1';

/**
 * Slack's Socket Mode on an existing loopback HTTP server: `apps.connections.open` (app-level token only) hands out
 * a single-use `ws://…/link/?ticket=…` URL, the socket says `hello`, envelopes go out and acknowledgements come back
 * by envelope_id. Plain ws:// because @slack/socket-mode connects with undici's WebSocket, which takes either scheme.
 */
export function attachSocketMode(server: Server, appToken: string | undefined) {
  const tickets = new Set<string>();
  const connectionLog = callLog<SocketModeConnection>((connection) => `connection ${connection.number}`);
  const ackLog = callLog<SocketModeAck>((ack) => ack.envelopeId);
  const wss = new WebSocket.Server({ noServer: true });
  let current: WebSocket | undefined;

  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'ws://127.0.0.1');
    const ticket = url.searchParams.get('ticket') ?? '';
    // Tickets are single-use: a reconnect must ask apps.connections.open again.
    if (url.pathname !== LINK_PATH || !tickets.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      current = ws;
      ws.on('close', () => {
        if (current === ws) current = undefined;
      });
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: Record<string, unknown> };
        if (message.envelope_id) ackLog.record({ envelopeId: message.envelope_id, payload: message.payload });
      });
      const number = connectionLog.calls.length + 1;
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'applink-standin', build_number: 1, approximate_connection_time: 18_060 },
          connection_info: { app_id: APP_ID },
        }),
      );
      connectionLog.record({ number, ticket });
    });
  });

  const send = (message: Record<string, unknown>) => {
    if (!current) throw new Error('no Socket Mode connection is open');
    current.send(JSON.stringify(message));
  };

  const standin: SocketModeStandin = {
    connections: connectionLog.calls,
    waitForConnection: (number, timeoutMs) =>
      connectionLog.waitFor((connection) => connection.number === number, timeoutMs),
    deliver(type, payload) {
      const envelopeId = randomUUID();
      // Slack lets the ack carry a reply for slash commands (and view submissions), not for block actions.
      send({ envelope_id: envelopeId, type, payload, accepts_response_payload: type === 'slash_commands' });
      return envelopeId;
    },
    acks: ackLog.calls,
    waitForAck: (envelopeId, timeoutMs) => ackLog.waitFor((ack) => ack.envelopeId === envelopeId, timeoutMs),
    disconnect(reason = 'refresh_requested') {
      send({ type: 'disconnect', reason, debug_info: { host: 'applink-standin' } });
    },
  };

  return {
    standin,
    /** The `apps.connections.open` reply for a request with this Authorization header. */
    open(authorization: string | undefined, origin: string): Record<string, unknown> {
      const token = authorization?.replace(/^Bearer /, '');
      if (!token) return { ok: false, error: 'not_authed' };
      if (!token.startsWith('xapp-')) return { ok: false, error: 'not_allowed_token_type' };
      if (token !== appToken) return { ok: false, error: 'invalid_auth' };
      const ticket = randomUUID();
      tickets.add(ticket);
      return { ok: true, url: `${origin.replace(/^http/, 'ws')}${LINK_PATH}?ticket=${ticket}&app_id=${APP_ID}` };
    },
    /** Upgraded sockets are no longer the HTTP server's to close. */
    close(): void {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}
