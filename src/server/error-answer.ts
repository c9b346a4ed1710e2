import { STATUS_CODES } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logging/index.ts';

/**
 * The last handler of every listener. A request that fails before or outside a route's own answer (a body that is
 * not JSON, too large, in an unknown encoding; a handler that throws) would otherwise get express's error page,
 * which outside NODE_ENV=production is the error's stack, naming the install path of each module, sent to
 * anyone who can post to a webhook. A client error keeps its status and says only its name; anything else is 500
 * and is logged here with the stack.
 */
export function answerErrors(logger: Logger) {
  return (error: unknown, request: Request, response: Response, next: NextFunction): void => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const { status, statusCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown };
    const given = Number(status ?? statusCode);
    const clientError = Number.isInteger(given) && given >= 400 && given < 500;
    if (clientError) logger.debug({ err: error, path: request.path, status: given }, 'refused a malformed request');
    else logger.error({ err: error, path: request.path }, 'request failed');
    const code = clientError ? given : 500;
    response.status(code).json({ error: STATUS_CODES[code] ?? 'Error' });
  };
}
