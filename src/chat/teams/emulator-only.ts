import type { ConnectorClientOptions } from 'botframework-connector';
import type { NextFunction, Request, Response } from 'express';
import { isAllowedHost } from '../boundary/allowed-host.ts';
import { fromLoopbackSocket, isLoopbackUrl } from '../boundary/loopback.ts';
import { TeamsConnectorError } from './connector-error.ts';

type ConnectorHttpClient = NonNullable<ConnectorClientOptions['httpClient']>;

const NOT_LOOPBACK = 'MicrosoftAppId is not set: /api/messages serves the Bot Framework Emulator on this machine only';

/**
 * Without a MicrosoftAppId no token can be checked, so the endpoint is the Emulator's: a loopback socket and a
 * loopback `Host` (a DNS-rebinding page reaches the socket under its own name) before the body is read, then a
 * loopback `serviceUrl`, the address every answer goes to.
 */
export const emulatorOnly = {
  caller(request: Request, response: Response, next: NextFunction): void {
    if (fromLoopbackSocket(request) && isAllowedHost(request)) next();
    else response.status(401).type('text').send(`${NOT_LOOPBACK} (loopback socket and Host)`);
  },
  serviceUrl(request: Request, response: Response, next: NextFunction): void {
    const body = request.body as { serviceUrl?: unknown } | undefined;
    if (isLoopbackUrl(body?.serviceUrl)) next();
    else response.status(401).type('text').send(`${NOT_LOOPBACK} (loopback serviceUrl)`);
  },
};

/** The connector transport of the Emulator-only mode: nothing leaves for a serviceUrl off this machine. */
export function loopbackOnlyTransport(inner: ConnectorHttpClient): ConnectorHttpClient {
  return {
    sendRequest(resource) {
      if (!isLoopbackUrl(resource.url))
        return Promise.reject(
          new TeamsConnectorError('huntops_teams_refused', `${NOT_LOOPBACK}; not sending to a remote serviceUrl`),
        );
      return inner.sendRequest(resource);
    },
  };
}
