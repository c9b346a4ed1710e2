import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../../src/config/index.ts';
import type { RunningHuntops } from '../../src/server/index.ts';
import { startTestHuntops } from '../support/test-huntops.ts';

const METRICS_TOKEN = 'metrics-token-for-network-tests-01';

/** An address of this machine that is not loopback, if it has one: where a 0.0.0.0 bind would answer too. */
const outwardAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;

describe('security: network defaults', () => {
  let huntops: RunningHuntops;
  const metrics = (url: string, token?: string) =>
    fetch(`${url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    // HOST empty means unset: the default bind applies.
    huntops = await startTestHuntops({ env: { HOST: '', METRICS_PORT: '0', METRICS_TOKEN } });
  });
  afterAll(async () => huntops?.close());

  it('binds 127.0.0.1 unless HOST is set', async () => {
    expect(readEnv({}).HOST).toBe('127.0.0.1');
    expect(new URL(huntops.url).hostname).toBe('127.0.0.1');
    if (outwardAddress) {
      const port = new URL(huntops.url).port;
      await expect(fetch(`http://${outwardAddress}:${port}/healthz`)).rejects.toThrow();
    }
  });

  it('serves /metrics on METRICS_PORT only, and only with METRICS_TOKEN as a bearer token', async () => {
    expect(huntops.metricsUrl).not.toBe(huntops.url);
    expect((await metrics(huntops.url, METRICS_TOKEN)).status).toBe(404);
    expect((await metrics(huntops.metricsUrl)).status).toBe(401);
    expect((await metrics(huntops.metricsUrl, 'not-the-metrics-token-at-all')).status).toBe(401);
    const scraped = await metrics(huntops.metricsUrl, METRICS_TOKEN);
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('huntops_hunts_total');
  });

  it('keeps the metrics listener to /metrics: no webhook or console there', async () => {
    expect((await fetch(`${huntops.metricsUrl}/`)).status).toBe(404);
    expect((await fetch(`${huntops.metricsUrl}/api/messages`, { method: 'POST' })).status).toBe(404);
  });
});
