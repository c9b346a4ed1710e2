import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ConfigError, type HuntopsConfig } from '../../config/index.ts';
import type { ConsoleIdentity } from './console-identities.ts';

type ConsoleSurface = HuntopsConfig['surfaces']['console'];

export type LoginOutcome =
  | { readonly identity: string }
  | { readonly refused: string; readonly status: 401 | 403; readonly needsToken?: true };

/** What the page sends to log in: the identity it would like (honoured only without auth) and a token. */
export interface LoginRequest {
  readonly user?: string;
  readonly token?: string;
}

export type ConsoleLogin = (request: IncomingMessage, body: LoginRequest) => LoginOutcome;

/** Login tokens shorter than this are guessable; the start-up refuses them (naming the variable, never the value). */
const MIN_TOKEN_LENGTH = 16;

/**
 * Decides who a console page acts as, from what the server trusts: without `auth` (loopback only) the person at
 * this machine picks any configured console identity; with `tokens` the token names the user; with `proxyHeader`
 * the authenticating proxy does, and only when the request comes from that proxy's socket address.
 */
export function consoleLogin(
  surface: ConsoleSurface,
  identities: readonly ConsoleIdentity[],
  env: NodeJS.ProcessEnv,
): ConsoleLogin {
  const auth = surface.auth;
  if (!auth)
    return (_request, body) =>
      identities.some((identity) => identity.id === body.user)
        ? { identity: body.user! }
        : { refused: 'choose one of the console identities configured for this tenant', status: 403 };
  if (auth.kind === 'tokens') {
    const tokens = Object.entries(auth.users).map(([identity, name]) => ({
      identity,
      digest: digestOf(tokenFrom(env, name)),
    }));
    return (_request, body) => {
      const presented = digestOf(body.token ?? '');
      const match = tokens.find((token) => timingSafeEqual(token.digest, presented));
      return match
        ? { identity: match.identity }
        : { refused: 'enter your console login token', status: 401, needsToken: true };
    };
  }
  const proxies = new Set(auth.proxyAddresses.map(unmapped));
  const header = auth.header.toLowerCase();
  return (request) => {
    if (!proxies.has(unmapped(request.socket.remoteAddress ?? '')))
      return { refused: 'the console is only reachable through its authenticating proxy', status: 403 };
    const user = request.headers[header];
    return typeof user === 'string' && auth.users.includes(user)
      ? { identity: user }
      : { refused: 'your proxy login is not one of surfaces.console.auth.users', status: 403 };
  };
}

function tokenFrom(env: NodeJS.ProcessEnv, name: string): string {
  const token = env[name] ?? '';
  if (token.length < MIN_TOKEN_LENGTH)
    throw new ConfigError('environment', [
      `${name}: console login token for surfaces.console.auth is ${token ? `shorter than ${MIN_TOKEN_LENGTH} characters` : 'not set'}`,
    ]);
  return token;
}

/** Equal-length digests, so comparing them takes the same time whatever was presented. */
function digestOf(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** `::ffff:10.0.0.5` (an IPv4 peer on a dual-stack socket) and `10.0.0.5` are the same proxy. */
function unmapped(address: string): string {
  return address.replace(/^::ffff:/, '');
}
