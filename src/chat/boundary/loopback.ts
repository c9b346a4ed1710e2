import type { IncomingMessage } from 'node:http';

/** The names a browser or the Bot Framework Emulator uses for this machine, as they appear in a URL's host. */
export const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'] as const;

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Whether the TCP peer is this machine. The socket's own address: forwarded headers can be written by anyone. */
export function fromLoopbackSocket(request: IncomingMessage): boolean {
  return LOOPBACK_ADDRESSES.has(request.socket.remoteAddress ?? '');
}

/** Whether `url` is an http(s) URL on this machine (a Bot Framework Emulator's serviceUrl, for instance). */
export function isLoopbackUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) && (LOOPBACK_NAMES as readonly string[]).includes(parsed.hostname);
  } catch {
    return false;
  }
}
