import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Registry } from 'prom-client';
import { hostIsAddress } from './address-host.ts';

/**
 * GET /metrics. The series carry tenant keys in their labels, so with METRICS_TOKEN set a scrape must present it
 * as `Authorization: Bearer <token>`; compared as digests, so the answer takes as long for every wrong token.
 * Without it, only a scrape addressed by IP or `localhost` is answered: a DNS-rebinding page in an analyst's
 * browser reaches the port under its own DNS name, and a browser cannot add the bearer token for it.
 */
export function metricsHandler(registry: Registry, token: string | undefined) {
  const expected = token === undefined ? undefined : digestOf(`Bearer ${token}`);
  return async (request: Request, response: Response) => {
    if (!expected && !hostIsAddress(request)) {
      response
        .status(403)
        .type('text')
        .send(
          'without METRICS_TOKEN, /metrics answers requests addressed to an IP or localhost only (set METRICS_TOKEN to scrape it by name)',
        );
      return;
    }
    if (expected && !timingSafeEqual(expected, digestOf(request.headers.authorization ?? ''))) {
      response
        .status(401)
        .set('www-authenticate', 'Bearer')
        .type('text')
        .send('metrics need METRICS_TOKEN as a bearer token');
      return;
    }
    response.type(registry.contentType).send(await registry.metrics());
  };
}

function digestOf(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
