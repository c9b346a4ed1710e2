import { isValidSlackRequest } from '@slack/bolt';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { Cache } from '../../store/index.ts';

/**
 * A signed request stays valid while its timestamp is within five minutes of now in either direction,
 * so a captured one could be replayed for up to ten minutes: remember it that long.
 */
const REMEMBER_MS = 10 * 60 * 1000;
const NAMESPACE = 'slack-signature';

export interface SeenSignatures {
  /** True the first time a request key is claimed within the window, false for every repeat. */
  claim(key: string): Promise<boolean>;
}

/**
 * Remembers signatures in this process and claims them in the store's shared cache, so a replay sent to
 * another replica is refused too, even when both arrive at once (the claim is one conditional upsert).
 */
export function seenSignatures(cache: Cache, now: () => number = Date.now): SeenSignatures {
  const local = new Map<string, number>();
  return {
    async claim(key) {
      const time = now();
      for (const [key, expiry] of local) {
        if (expiry > time) break; // insertion order is expiry order
        local.delete(key);
      }
      if (local.has(key)) return false;
      local.set(key, time + REMEMBER_MS);
      return cache.claim(NAMESPACE, key, REMEMBER_MS);
    },
  };
}

/**
 * Slack requests carry no nonce and bolt accepts an exact replay within its five-minute window; this refuses
 * the second arrival of an authentic request. The key is what the signature proves (its timestamp and hash),
 * never the header as written, so no respelling of the header makes a new request (rejectMalformedSignatures
 * refuses those anyway). Only authentic requests are remembered (forgeries cannot fill the cache); the body
 * is read once and handed to bolt as `rawBody`, which bolt reuses.
 */
export function rejectReplayedRequests(options: {
  signingSecret: string;
  seen: SeenSignatures;
  logger: Logger;
  bodyLimit: number;
}) {
  const readRaw = express.raw({ type: () => true, limit: options.bodyLimit });
  const check = async (request: Request, response: Response, next: NextFunction) => {
    const raw: unknown = request.body;
    if (!Buffer.isBuffer(raw)) return next();
    (request as Request & { rawBody?: Buffer }).rawBody = raw;
    const signature = String(request.headers['x-slack-signature'] ?? '');
    const timestamp = String(request.headers['x-slack-request-timestamp'] ?? '');
    const authentic = isValidSlackRequest({
      signingSecret: options.signingSecret,
      body: raw.toString('utf8'),
      headers: {
        'x-slack-signature': signature,
        'x-slack-request-timestamp': Number(timestamp),
      },
    });
    // Inauthentic requests go on to bolt, which refuses and logs them in its usual way.
    const hash = signature.slice(signature.indexOf('=') + 1);
    if (!authentic || (await options.seen.claim(`${timestamp}:${hash}`))) return next();
    options.logger.warn(
      { path: request.path },
      'slack: refused a replayed request (timestamp and signature already seen)',
    );
    response.status(401).type('text').send('this request was already received (replayed signature)');
  };
  return [
    readRaw,
    (request: Request, response: Response, next: NextFunction) => void check(request, response, next).catch(next),
  ];
}
