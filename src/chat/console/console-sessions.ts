import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A console page stays signed in for a working day; after that it logs in again (the page does so by itself). */
const SESSION_MS = 12 * 60 * 60 * 1000;
/** Logins are cheap, so a flood of them must not grow memory without bound: the oldest sessions go first. */
const MAX_SESSIONS = 10_000;
const COOKIE = 'huntops_console';

export interface ConsoleSessions {
  /**
   * Starts a session for `identity` and sets its cookie on `response`; the identity was decided by the server.
   * `request` is the login, whose Origin says whether the browser reached the console over HTTPS.
   */
  open(request: IncomingMessage, response: ServerResponse, identity: string): void;
  /** The identity of the request's session, or undefined when it has none (or it expired). */
  identityOf(request: IncomingMessage): string | undefined;
}

/**
 * Server-side console sessions, in this process's memory (the console is one process's page). The browser
 * holds only a random id in an HttpOnly, SameSite=Strict cookie: scripts cannot read it, and no other site's
 * page can make the browser send it. Switching user is a new login, which replaces the cookie.
 */
export function consoleSessions(now: () => number = Date.now): ConsoleSessions {
  const sessions = new Map<string, { identity: string; expires: number }>();
  return {
    open(request, response, identity) {
      while (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value!);
      const id = randomBytes(32).toString('base64url');
      sessions.set(id, { identity, expires: now() + SESSION_MS });
      // Behind a TLS proxy the page is HTTPS while this socket is not: without Secure, the browser would also
      // send the session over plain HTTP to the same host (a typed or bookmarked http:// address), in the clear.
      const secure = String(request.headers.origin).startsWith('https:') ? '; Secure' : '';
      response.setHeader(
        'set-cookie',
        `${COOKIE}=${id}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${SESSION_MS / 1000}${secure}`,
      );
    },
    identityOf(request) {
      const id = cookieValue(request.headers.cookie, COOKIE);
      const session = id === undefined ? undefined : sessions.get(id);
      if (!session) return undefined;
      if (session.expires > now()) return session.identity;
      sessions.delete(id!);
      return undefined;
    },
  };
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}
