import type { NextFunction, Request, Response } from 'express';

/** The only signature Slack sends: version 0, a hex HMAC-SHA256. */
const SIGNATURE = /^v0=[0-9a-f]{64}$/;
/** Seconds since the epoch, nothing else (no sign, leading zero, exponent or fraction). */
const TIMESTAMP = /^[1-9][0-9]{0,11}$/;

/**
 * Bolt splits `x-slack-signature` on `=` and compares only the second piece, so `v0=<hash>=1` verifies like
 * `v0=<hash>` while reading as a different header; `Number()` likewise reads `01700000000` and `1.7e9` as the
 * timestamp that was signed. Refusing every other spelling first means each signed request has exactly one form, so the replay
 * guard cannot be dodged by rewriting it.
 */
export function rejectMalformedSignatures() {
  return (request: Request, response: Response, next: NextFunction) => {
    const signature = request.headers['x-slack-signature'];
    const timestamp = request.headers['x-slack-request-timestamp'];
    if (
      typeof signature === 'string' &&
      SIGNATURE.test(signature) &&
      typeof timestamp === 'string' &&
      TIMESTAMP.test(timestamp)
    )
      return next();
    response
      .status(401)
      .type('text')
      .send('expected x-slack-signature v0=<64 hex digits> and x-slack-request-timestamp in seconds');
  };
}
