import { afterEach, describe, expect, it } from 'vitest';
import { startTestHuntops } from '../helpers/test-huntops.ts';
import { type OtxStandin, startOtxStandin } from '../standins/otx.ts';

const OTX_KEY = 'metrics-otx-key';

/** The value of one series in a Prometheus text exposition, or undefined when it is absent. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = match[2].split(',');
    if (have.length === wanted.length && wanted.every((pair) => have.includes(pair))) return Number(match[3]);
  }
  return undefined;
}

describe('/metrics', () => {
  let otx: OtxStandin | undefined;
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    await otx?.close();
  });

  it('counts hunts, their durations, intel cache hits and block transitions with their labels', async () => {
    otx = await startOtxStandin({ apiKey: OTX_KEY });
    const huntops = await startTestHuntops({ env: { OTX_API_KEY: OTX_KEY, OTX_BASE_URL: otx.url } });
    close = () => huntops.close();
    const post = async (path: string, body: unknown) =>
      JSON.stringify(
        await (
          await fetch(`${huntops.url}${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          })
        ).json(),
      );
    const metrics = async () => {
      const response = await fetch(`${huntops.url}/metrics`);
      expect(response.headers.get('content-type')).toContain('text/plain');
      return response.text();
    };

    const first = await post('/console/api/command', { text: '/hunt spray tenant-a', user: 'analyst@demo' });
    const afterFirst = await metrics();
    const looked = otx.calls.length;
    expect(looked).toBeGreaterThan(0);
    expect(sample(afterFirst, 'huntops_intel_cache_lookups_total', { result: 'miss' })).toBe(looked);
    expect(sample(afterFirst, 'huntops_intel_cache_lookups_total', { result: 'hit' })).toBeUndefined();

    await post('/console/api/command', { text: '/hunt spray tenant-a', user: 'analyst@demo' });
    const proposalId = /"proposalId":"([^"]+)"/.exec(first)?.[1];
    expect(proposalId, first).toBeDefined();
    await post('/console/api/action', {
      data: { verb: 'approve', proposalId, tenant: 'tenant-a' },
      user: 'lead@demo',
    });
    const text = await metrics();

    const spray = { template: 'spray', tenant: 'tenant-a', backend: 'local' };
    expect(sample(text, 'huntops_hunts_total', { ...spray, outcome: 'ok' })).toBe(2);
    expect(sample(text, 'huntops_hunt_duration_seconds_count', spray)).toBe(2);
    expect(sample(text, 'huntops_hunt_duration_seconds_sum', spray)).toBeGreaterThan(0);
    // The second hunt found the same IPs in the cache and asked OTX nothing new.
    expect(otx.calls.length).toBe(looked);
    expect(sample(text, 'huntops_intel_cache_lookups_total', { result: 'hit' })).toBe(looked);
    const proposed = sample(text, 'huntops_block_transitions_total', { tenant: 'tenant-a', state: 'proposed' });
    expect(proposed).toBeGreaterThanOrEqual(1);
    for (const state of ['approved', 'blocking', 'blocked'])
      expect(sample(text, 'huntops_block_transitions_total', { tenant: 'tenant-a', state }), state).toBe(1);
    expect(sample(text, 'huntops_block_proposals', { tenant: 'tenant-a', state: 'blocked' })).toBe(1);
    expect(sample(text, 'huntops_block_proposals', { tenant: 'tenant-a', state: 'proposed' }) ?? 0).toBe(proposed! - 1);
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
  }, 60_000);
});
