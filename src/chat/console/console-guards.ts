import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { HuntopsConfig } from '../../config/index.ts';
import { isAllowedHost } from '../boundary/allowed-host.ts';
import { fromLoopbackSocket } from '../boundary/loopback.ts';
import { isSameOrigin } from '../boundary/same-origin.ts';

type ConsoleSurface = HuntopsConfig['surfaces']['console'];

/** Headers a proxy adds. They never grant anything; without auth their presence means "not this machine's browser". */
const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip', 'via'];

/**
 * Who may reach the console at all, before any session counts: the socket (loopback unless allowRemote), the
 * `Host` (loopback names or surfaces.console.hosts, against DNS rebinding) and, for every POST, an `Origin` of
 * this same host (against other sites' pages). Without auth the console trusts this machine's own browser only,
 * so a request relayed by a local reverse proxy, whose socket is loopback too, is refused as well.
 */
export function consoleGuards(surface: ConsoleSurface): { page: RequestHandler[]; post: RequestHandler[] } {
  const reachable = (request: Request, response: Response, next: NextFunction) => {
    if (!surface.allowRemote && !fromLoopbackSocket(request))
      return refuse(
        response,
        'the huntops console answers loopback requests only (surfaces.console.allowRemote is false)',
      );
    if (!isAllowedHost(request, surface.hosts))
      return refuse(response, 'the huntops console does not answer to this Host name (see surfaces.console.hosts)');
    if (!surface.auth && PROXY_HEADERS.some((name) => request.headers[name] !== undefined))
      return refuse(
        response,
        'the huntops console without surfaces.console.auth serves this machine only, not a proxy',
      );
    next();
  };
  const sameOrigin = (request: Request, response: Response, next: NextFunction) =>
    isSameOrigin(request)
      ? next()
      : refuse(response, 'expected an Origin header naming this console (cross-site requests are refused)');
  return { page: [reachable], post: [reachable, sameOrigin] };
}

function refuse(response: Response, error: string): void {
  response.status(403).json({ error });
}
