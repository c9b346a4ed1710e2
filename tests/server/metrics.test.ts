import { afterEach, describe, expect, it } from 'vitest';
import { type FaultRig, MAX_ATTEMPTS, startFaultRig } from '../faults/support/fault-rig.ts';
import { type OtxStandin, startOtxStandin } from '../standins/otx.ts';
import { consolePost } from '../support/console-client.ts';
import { sample } from '../support/prometheus.ts';
import { startTestHuntops } from '../support/test-huntops.ts';

const OTX_KEY = 'metrics-otx-key';

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
    const post = (path: string, { user, ...body }: { user: string } & Record<string, unknown>) =>
      consolePost(huntops.url, user, path, body);
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

describe('/metrics for remote query services', () => {
  let rig: FaultRig | undefined;
  afterEach(async () => rig?.close());

  it('counts API calls and throttles per service, and failed hunts by error code', async () => {
    rig = await startFaultRig();
    const metrics = async () => (await fetch(`${rig!.huntops.url}/metrics`)).text();
    const huntFinished = async (outcome: string) =>
      waitForSample(metrics, 'huntops_hunts_total', {
        template: 'spray',
        tenant: 'tenant-x',
        backend: 'logAnalytics',
        outcome,
      });

    rig.logAnalytics.inject({ kind: 'status', status: 429, retryAfterSeconds: 1, times: 1, path: '/workspaces/' });
    expect(await rig.command('spray tenant-x')).toMatch(/^Hunting/);
    await huntFinished('ok');
    rig.logAnalytics.inject({ kind: 'status', status: 500, times: MAX_ATTEMPTS, path: '/workspaces/' });
    expect(await rig.command('spray tenant-x')).toMatch(/^Hunting/);
    await huntFinished('huntops_backend_unavailable');

    const text = await metrics();
    const calls = (outcome: string) =>
      sample(text, 'huntops_api_calls_total', { service: 'logAnalytics', tenant: 'tenant-x', outcome });
    expect(calls('throttled')).toBe(1);
    expect(calls('ok')).toBe(1);
    expect(calls('unavailable')).toBe(MAX_ATTEMPTS);
    expect(sample(text, 'huntops_api_throttles_total', { service: 'logAnalytics', tenant: 'tenant-x' })).toBe(1);
    expect(rig.logAnalytics.calls.filter((call) => call.path.includes('/workspaces/'))).toHaveLength(2 + MAX_ATTEMPTS);
  }, 60_000);

  it('counts OTX and block-provider calls in the same series, throttles included', async () => {
    rig = await startFaultRig();
    const metrics = async () => (await fetch(`${rig!.huntops.url}/metrics`)).text();

    // OTX answers 429 once while the demo hunt is scored; the lookup waits out Retry-After and goes on.
    rig.otx.mode = { kind: 'rate-limited', retryAfter: '1', times: 1 };
    expect(await rig.command('spray tenant-a')).toMatch(/^Hunting/);
    await waitForSample(metrics, 'huntops_hunts_total', {
      template: 'spray',
      tenant: 'tenant-a',
      backend: 'local',
      outcome: 'ok',
    });
    let text = await metrics();
    const otx = (outcome: string) => sample(text, 'huntops_api_calls_total', { service: 'otx', tenant: '', outcome });
    expect(otx('throttled')).toBe(1);
    expect(otx('throttled')! + (otx('ok') ?? 0)).toBe(rig.otx.calls.length); // every call, each counted once
    expect(sample(text, 'huntops_api_throttles_total', { service: 'otx', tenant: '' })).toBe(1);

    // The Defender indicators API answers 429 once while an approved block is applied.
    const ip = '198.51.100.201';
    let since = rig.slack.calls.length;
    await rig.command(`block tenant-x ${ip} seen spraying`, 'U-LEAD');
    const card = await rig.nextPost(since, (posted) => posted.includes(ip) && posted.includes('approve:'));
    rig.defender.inject({ kind: 'status', status: 429, retryAfterSeconds: 1, times: 1, path: '/api/indicators' });
    since = rig.slack.calls.length;
    await rig.press(card, 'approve', 'U-LEAD2');
    await rig.nextPost(since, (posted) => posted.startsWith('Blocked'));
    text = await metrics();
    const defender = (outcome: string) =>
      sample(text, 'huntops_api_calls_total', { service: 'defender-indicator', tenant: 'tenant-x', outcome });
    expect(defender('throttled')).toBe(1);
    expect(defender('ok')).toBe(rig.defender.calls.length - 1);
    expect(sample(text, 'huntops_api_throttles_total', { service: 'defender-indicator', tenant: 'tenant-x' })).toBe(1);
  }, 60_000);
});

async function waitForSample(
  read: () => Promise<string>,
  name: string,
  labels: Record<string, string>,
): Promise<number> {
  for (let waited = 0; waited < 20_000; waited += 100) {
    const value = sample(await read(), name, labels);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${name} ${JSON.stringify(labels)} within 20 s`);
}
