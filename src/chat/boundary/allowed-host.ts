import type { IncomingMessage } from 'node:http';
import { LOOPBACK_NAMES } from './loopback.ts';

/**
 * Whether the request's `Host` is one this server answers to: a loopback name with the port the request arrived
 * on, or one of `extraHosts` exactly. A DNS-rebinding page reaches the loopback socket under its own name
 * (`Host: evil.example:3978`), so the socket address alone cannot tell it from the user's own browser.
 */
export function isAllowedHost(request: IncomingMessage, extraHosts: readonly string[] = []): boolean {
  const host = (request.headers.host ?? '').toLowerCase();
  if (!host) return false;
  if (extraHosts.some((allowed) => allowed.toLowerCase() === host)) return true;
  const port = request.socket.localPort;
  // A browser leaves the port out when it is the scheme's default.
  return LOOPBACK_NAMES.some((name) => host === `${name}:${port}` || (port === 80 && host === name));
}
