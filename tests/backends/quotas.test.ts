import { describe, expect, it } from 'vitest';
import { QuotaRegistry } from '../../src/backends/index.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('QuotaRegistry', () => {
  it('runs at most maxConcurrent calls at once per identity and API', async () => {
    const quotas = new QuotaRegistry({ logAnalytics: { maxConcurrent: 5, requestsPerWindow: 200, windowMs: 30_000 } });
    const gate = quotas.gateFor('tenant-a/app', 'logAnalytics');
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let running = 0;
    let peak = 0;
    const calls = Array.from({ length: 12 }, () =>
      gate.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await held;
        running--;
      }),
    );
    for (let i = 0; i < 50 && running < 5; i++) await tick();
    await tick();
    expect(running).toBe(5); // the other seven wait in the queue
    release();
    await Promise.all(calls);
    expect(peak).toBe(5);
  });

  it('holds calls beyond the per-window budget until the window refreshes', async () => {
    const quotas = new QuotaRegistry({ defender: { maxConcurrent: 10, requestsPerWindow: 3, windowMs: 60_000 } });
    const gate = quotas.gateFor('tenant-a/app', 'defender');
    const started: number[] = [];
    const calls = Array.from({ length: 4 }, (_, i) => gate.run(async () => started.push(i)));
    await Promise.all(calls.slice(0, 3));
    await tick();
    expect(started).toHaveLength(3); // the fourth waits for the next minute
  });

  it('keeps tenants and APIs apart', () => {
    const quotas = new QuotaRegistry();
    expect(quotas.gateFor('a', 'logAnalytics')).toBe(quotas.gateFor('a', 'logAnalytics'));
    expect(quotas.gateFor('a', 'logAnalytics')).not.toBe(quotas.gateFor('b', 'logAnalytics'));
    expect(quotas.gateFor('a', 'logAnalytics')).not.toBe(quotas.gateFor('a', 'defender'));
  });
});
