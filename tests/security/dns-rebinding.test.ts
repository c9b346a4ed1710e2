import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHuntops } from '../../src/server/index.ts';
import { rawRequest } from '../support/raw-http.ts';
import { startTestHuntops } from '../support/test-huntops.ts';

/** One HTTP/1.0 request written by hand: HTTP/1.0 may leave out `Host`, which node's server then lets through. */
function withoutHost(url: string, path: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(`GET ${path} HTTP/1.0\r\n\r\n`));
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

/**
 * A page the analyst visits can rebind its own name to 127.0.0.1 and read whatever huntops answers to a GET
 * there: its requests carry `Host: <its name>:PORT`. Nothing that names a tenant may be read that way.
 */
describe('security: DNS rebinding against the GET endpoints (default settings: no METRICS_PORT or METRICS_TOKEN)', () => {
  let huntops: RunningHuntops;
  let port: string;
  const get = (path: string, host: string) => rawRequest(huntops.url, path, { headers: { host } });

  beforeAll(async () => {
    huntops = await startTestHuntops();
    port = new URL(huntops.url).port;
  });
  afterAll(async () => huntops?.close());

  it('/healthz names no tenant, whoever asks: the backends are counted by kind', async () => {
    for (const host of [`evil.example:${port}`, `127.0.0.1:${port}`]) {
      const health = await get('/healthz', host);
      expect(health.status).toBe(200);
      expect(health.text).not.toContain('tenant-');
      expect(JSON.parse(health.text)).toMatchObject({ status: 'ok', backends: { local: 2 } });
    }
  });

  it('/metrics without METRICS_TOKEN answers an address or loopback name in Host only, never a DNS name', async () => {
    for (const host of [`evil.example:${port}`, `localhost.evil.example:${port}`, `127.0.0.1.nip.io:${port}`]) {
      const refused = await get('/metrics', host);
      expect.soft(refused.status, host).toBe(403);
      expect.soft(refused.text, host).not.toContain('tenant-');
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, '10.0.0.7:9464']) {
      const scraped = await get('/metrics', host);
      expect.soft(scraped.status, host).toBe(200);
    }
  });

  it('the console refuses a request with no Host at all (HTTP/1.0)', async () => {
    expect(await withoutHost(huntops.url, '/')).toMatch(/^HTTP\/1\.\d 403/);
    expect(await withoutHost(huntops.url, '/metrics')).toMatch(/^HTTP\/1\.\d 403/);
  });
});
