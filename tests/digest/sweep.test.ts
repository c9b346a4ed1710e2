import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SWEEP_CONCURRENCY } from '../../src/chat/index.ts';
import {
  FAILING_TENANT,
  SWEEP_TENANTS,
  type SweepRig,
  startSweepRig,
  tenantKey,
  tenantName,
} from './support/sweep-rig.ts';

// Long enough that every tenant of a round is still waiting on its query when the round's last one starts,
// so a sweep that keeps its slots busy is seen at exactly SWEEP_CONCURRENCY. Elapsed time: `npm run bench`.
const QUERY_MS = 400;

describe('a sweep over 50 tenants', () => {
  let rig: SweepRig;

  beforeAll(async () => {
    rig = await startSweepRig(QUERY_MS);
  }, 60_000);
  afterAll(() => rig?.close());

  it(`queries ${SWEEP_CONCURRENCY} tenants at once, shows progress, and one failing tenant fails alone`, async () => {
    const { ack, final } = await rig.sweepAll();

    expect(ack).toMatchObject({ text: expect.stringContaining(`on ${SWEEP_TENANTS} tenants`) });
    expect(rig.logAnalytics.calls).toHaveLength(SWEEP_TENANTS);
    expect(rig.logAnalytics.peakInFlight()).toBe(SWEEP_CONCURRENCY);

    const progress = rig.slack.calls.filter((call) => call.method === 'chat.update' && call !== final);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    const card = JSON.stringify(final.args.blocks);
    expect(card).toContain(tenantName(FAILING_TENANT));
    expect(card).toMatch(/failed/);
    expect(String(final.args.text)).toContain('1 failed');
    // The sweep audits itself right after its last edit; wait for that write.
    const { audit } = rig.huntops.store;
    await expect.poll(async () => (await audit.list({ action: 'hunt.sweep' })).length).toBe(1);
    const [entry] = await audit.list({ action: 'hunt.sweep' });
    const lines = entry.details?.tenants as { tenant: string; state: string }[];
    expect(lines.filter((line) => line.state === 'failed').map((line) => line.tenant)).toEqual([
      tenantKey(FAILING_TENANT),
    ]);
    expect(lines.filter((line) => line.state === 'done')).toHaveLength(SWEEP_TENANTS - 1);
  }, 60_000);
});
