import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type DigestOutcome, type DigestScheduler, startDigestScheduler } from '../../src/digest/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { deps, plan, silentLogger } from './support/builders.ts';

describe('digest scheduler (fake timers)', () => {
  let store: Store;
  let schedulers: DigestScheduler[] = [];
  const start = (options: Parameters<typeof startDigestScheduler>[0]) => {
    const scheduler = startDigestScheduler(options);
    schedulers.push(scheduler);
    return scheduler;
  };
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    store = await openStore({ sqlitePath: ':memory:' });
  });
  afterEach(async () => {
    for (const scheduler of schedulers) await scheduler.stop();
    schedulers = [];
    vi.useRealTimers();
    await store.close();
  });

  it('fires at 09:00 in the digest’s timezone (07:00 UTC in Oslo summer time)', async () => {
    vi.setSystemTime(new Date('2026-06-15T06:58:00Z')); // a Monday
    const delivered: DigestOutcome[] = [];
    const scheduler = start({
      plans: [plan()],
      deps: deps(store, () => ['203.0.113.7']).deps,
      deliver: async (o) => void delivered.push(o),
      logger: silentLogger,
    });
    expect(scheduler.nextRuns()['tenant-a/morning']?.toISOString()).toBe('2026-06-15T07:00:00.000Z');
    await vi.advanceTimersByTimeAsync(90_000);
    expect(delivered).toHaveLength(0); // 06:59:30 UTC: not yet
    await vi.advanceTimersByTimeAsync(90_000);
    await vi.waitFor(() => expect(delivered).toHaveLength(1));
    expect(delivered[0].scheduledFor).toBe('2026-06-15T07:00:00.000Z');
    expect(delivered[0].late).toBe(false);
  });

  it('never overlaps a run that outlasts its interval', async () => {
    vi.setSystemTime(new Date('2026-06-15T06:59:30Z'));
    const { deps: slow, calls } = deps(store, () => [], { runMs: 150_000 });
    const delivered: DigestOutcome[] = [];
    start({
      plans: [plan({ cron: '* * * * *', timezone: 'UTC' })],
      deps: slow,
      deliver: async (o) => void delivered.push(o),
      logger: silentLogger,
    });
    await vi.advanceTimersByTimeAsync(6 * 60_000);
    // Minutes 07:00..07:05 fire; each run takes 2.5 min, so only every third slot starts a run.
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls.length).toBeLessThanOrEqual(3);
    const starts = calls.map((call) => call.at).sort();
    for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeGreaterThanOrEqual(150_000);
  });

  it('reports new, still-active and gone findings against the previous run, and only-changes stays silent without changes', async () => {
    vi.setSystemTime(new Date('2026-06-15T06:59:00Z'));
    let found = ['203.0.113.1', '203.0.113.2'];
    const delivered: DigestOutcome[] = [];
    start({
      plans: [plan({ cron: '0 * * * *', timezone: 'UTC', onlyChanges: true, allClearLine: false })],
      deps: deps(store, () => found).deps,
      deliver: async (o) => void delivered.push(o),
      logger: silentLogger,
    });
    await vi.advanceTimersByTimeAsync(60 * 60_000 + 60_000);
    await vi.waitFor(() => expect(delivered).toHaveLength(1));
    expect(delivered[0].results[0].diff).toEqual({ new: ['203.0.113.1', '203.0.113.2'], stillActive: [], gone: [] });

    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(delivered).toHaveLength(1); // same findings, only-changes: nothing posted

    found = ['203.0.113.2', '203.0.113.3'];
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    await vi.waitFor(() => expect(delivered).toHaveLength(2));
    expect(delivered[1].results[0].diff).toEqual({
      new: ['203.0.113.3'],
      stillActive: ['203.0.113.2'],
      gone: ['203.0.113.1'],
    });
  });

  it('catches up a missed run once after a restart, and says it is late', async () => {
    vi.setSystemTime(new Date('2026-06-15T06:59:00Z'));
    const first: DigestOutcome[] = [];
    const before = start({
      plans: [plan()],
      deps: deps(store, () => []).deps,
      deliver: async (o) => void first.push(o),
      logger: silentLogger,
    });
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    await vi.waitFor(() => expect(first).toHaveLength(1));
    await before.stop();

    // Down over Tuesday's 09:00 slot; back up at 10:30.
    vi.setSystemTime(new Date('2026-06-16T08:30:00Z'));
    const after: DigestOutcome[] = [];
    const restarted = start({
      plans: [plan()],
      deps: deps(store, () => []).deps,
      deliver: async (o) => void after.push(o),
      logger: silentLogger,
    });
    expect(await restarted.catchUp()).toBe(1);
    expect(after).toMatchObject([{ scheduledFor: '2026-06-16T07:00:00.000Z', late: true }]);
    expect(await restarted.catchUp()).toBe(0);
    expect(after).toHaveLength(1);
  });

  it('records why a run failed, so `huntops digest list` can say it', async () => {
    vi.setSystemTime(new Date('2026-06-15T06:59:30Z'));
    const { deps: failing } = deps(store, () => ['203.0.113.7']);
    start({
      plans: [plan()],
      deps: failing,
      deliver: async () => {
        throw new Error('Slack refused the message: channel_not_found');
      },
      logger: silentLogger,
    });
    await vi.advanceTimersByTimeAsync(60_000);
    await vi.waitFor(async () =>
      expect(await failing.runs.latest('tenant-a/morning')).toEqual({
        scheduledFor: '2026-06-15T07:00:00.000Z',
        state: 'failed',
        failure: 'Slack refused the message: channel_not_found',
      }),
    );
    // A failed run is no baseline: the next run compares with the last one that was delivered.
    expect(await failing.runs.previous('tenant-a/morning', '2026-06-16T07:00:00.000Z')).toBeUndefined();
  });
});
