import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** A plain `name[:port]`: no user info, path, query or backslash for a URL parser to read differently. */
const PLAIN_HOST = /^[^/?#@\\\s]+$/;

/**
 * Whether the request's `Host` names this server by address (an IP literal, or `localhost`) rather than by a DNS
 * name. A DNS-rebinding page reaches a loopback or internal port under its own DNS name, so its requests always
 * carry that name; a request addressed by IP cannot be one of them. A missing Host (HTTP/1.0) is refused.
 */
export function hostIsAddress(request: IncomingMessage): boolean {
  const host = request.headers.host;
  if (!host || !PLAIN_HOST.test(host)) return false;
  let hostname: string;
  try {
    hostname = new URL(`http://${host}`).hostname;
  } catch {
    return false;
  }
  const bare = hostname.replace(/^\[(.*)\]$/, '$1');
  return bare === 'localhost' || isIP(bare) !== 0;
}
