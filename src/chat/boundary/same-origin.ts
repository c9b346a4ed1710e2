import type { IncomingMessage } from 'node:http';

/**
 * Whether the request carries an `Origin` naming the very host it was sent to (http or https, the latter for a TLS
 * proxy in front). Browsers send Origin on every cross-site and every POST request, so a missing one on a POST
 * is not a browser on our page; `null` (sandboxed frames, file: pages) is refused too.
 */
export function isSameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const host = (request.headers.host ?? '').toLowerCase();
  return /^https?:$/.test(url.protocol) && url.origin === origin.toLowerCase() && url.host === host;
}
