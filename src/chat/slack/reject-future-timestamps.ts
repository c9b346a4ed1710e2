import type { NextFunction, Request, Response } from 'express';

/** Slack's guidance is to refuse timestamps more than five minutes from now in either direction. */
const TOLERANCE_SECONDS = 5 * 60;

/**
 * Bolt refuses stale requests but accepts ones dated in the future, which a replay of a forged
 * future-dated capture could exploit. This closes that half before bolt checks the signature.
 */
export function rejectFutureTimestamps(now: () => number = Date.now) {
  return (request: Request, response: Response, next: NextFunction) => {
    const header = request.headers['x-slack-request-timestamp'];
    const timestamp = Number(Array.isArray(header) ? header[0] : header);
    if (Number.isFinite(timestamp) && timestamp > now() / 1000 + TOLERANCE_SECONDS) {
      response.status(401).type('text').send('x-slack-request-timestamp is in the future');
      return;
    }
    next();
  };
}
