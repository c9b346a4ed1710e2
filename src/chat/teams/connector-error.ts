import type { TeamsConnectorErrorCode } from '../../cards/index.ts';

/** A failed call to the Bot Framework connector (Teams' REST API for the bot's messages); the code says why. */
export class TeamsConnectorError extends Error {
  constructor(
    readonly code: TeamsConnectorErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TeamsConnectorError';
  }
}

interface RestErrorShape {
  name?: unknown;
  code?: unknown;
  statusCode?: unknown;
  message?: unknown;
}

/**
 * A failed send or update as the Teams responder reports it: `what` says what did not reach Teams.
 * The connector transport's own errors keep their code; the SDK's RestErrors (an unreadable answer, a 4xx
 * the SDK raises after deserializing) get one; anything else (a bug, a token failure) is left as it is.
 */
export function deliveryError(what: string, error: unknown): unknown {
  if (error instanceof TeamsConnectorError)
    return new TeamsConnectorError(error.code, `Teams did not ${what}: ${error.message}`, { cause: error });
  const shape = (typeof error === 'object' && error !== null ? error : {}) as RestErrorShape;
  if (shape.name !== 'RestError') return error;
  if (shape.code === 'PARSE_ERROR')
    return new TeamsConnectorError(
      'huntops_teams_bad_response',
      `Teams did not ${what}: the Bot Framework connector answered with something huntops could not read`,
      { cause: error },
    );
  const status = typeof shape.statusCode === 'number' ? ` (HTTP ${shape.statusCode})` : '';
  return new TeamsConnectorError(
    'huntops_teams_refused',
    `Teams did not ${what}: the Bot Framework connector refused it${status}`,
    { cause: error },
  );
}
