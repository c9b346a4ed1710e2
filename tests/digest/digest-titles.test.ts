import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type DigestOutcome,
  type DigestPlan,
  DigestRuns,
  digestCard,
  runDigest,
  startDigestScheduler,
} from '../../src/digest/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { deps, plan, report, silentLogger } from './support/builders.ts';

const CONTEXT = {
  displayName: (key: string) => key,
  severity: () => 'High',
  pendingApprovals: 0,
  activeBlocks: 0,
  runId: 'run-1',
  now: '2026-06-15T07:00:00.000Z',
};

describe('digest titles and what only-changes digests post', () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore({ sqlitePath: ':memory:' });
  });
  afterEach(async () => {
    vi.useRealTimers();
    await store.close();
  });

  /** Runs the digest once per entry of `found` (hunt → IPs), each run the baseline of the next; returns the last. */
  async function runs(digest: DigestPlan, ...found: Record<string, string[]>[]): Promise<DigestOutcome> {
    const digestRuns = new DigestRuns(store.db);
    let outcome: DigestOutcome | undefined;
    for (const [index, findings] of found.entries()) {
      const scheduledFor = new Date(Date.UTC(2026, 5, 15 + index, 7)).toISOString();
      await digestRuns.claim(digest.id, scheduledFor, 'test', scheduledFor);
      outcome = await runDigest(
        digest,
        {
          runHunt: async (request) => ({ report: report(findings[request.template] ?? []) }),
          blockEvents: async () => [],
          runs: digestRuns,
          clock: () => Date.parse(scheduledFor),
        },
        { scheduledFor, late: false },
      );
      await digestRuns.finish(digest.id, scheduledFor, scheduledFor, { state: 'done', findings: outcome.snapshot });
    }
    return outcome!;
  }
  const twoHunts = (overrides: Partial<DigestPlan> = {}) => plan({ hunts: ['spray', 'bruteforce'], ...overrides });

  it('titles a digest from its diff: new, still active, gone', async () => {
    const first = await runs(twoHunts(), { spray: ['203.0.113.1', '203.0.113.2'] });
    expect(digestCard(first, CONTEXT).title).toBe('morning digest: 2 new');
    const second = await runs(
      twoHunts({ id: 'second' }),
      { spray: ['203.0.113.1', '203.0.113.2'] },
      { spray: ['203.0.113.2'], bruteforce: ['198.51.100.9'] },
    );
    expect(digestCard(second, CONTEXT).title).toBe('morning digest: 1 new · 1 still active · 1 gone');
  });

  it('never says "all clear" while findings are active, and says it when none are', async () => {
    const unchanged = await runs(twoHunts(), { spray: ['203.0.113.1'] }, { spray: ['203.0.113.1'] });
    expect(unchanged.changed).toBe(false);
    expect(digestCard(unchanged, CONTEXT).title).toBe('morning digest: nothing new · 1 still active');
    const clear = await runs(twoHunts({ id: 'clear' }), {}, {});
    expect(digestCard(clear, CONTEXT).title).toBe('morning digest: all clear');
  });

  it('an only-changes digest shows only the hunts that changed', async () => {
    const outcome = await runs(
      twoHunts({ onlyChanges: true }),
      { spray: ['203.0.113.1'], bruteforce: ['198.51.100.9'] },
      { spray: ['203.0.113.1'], bruteforce: ['198.51.100.9', '198.51.100.10'] },
    );
    const card = digestCard(outcome, CONTEXT);
    expect(card.entries.map((entry) => entry.template)).toEqual(['bruteforce']);
    expect(card.title).toBe('morning digest: 1 new · 2 still active');
  });

  it('an only-changes digest with the default all-clear line posts nothing while unchanged findings are active', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-06-15T06:59:00Z'));
    let found: string[] = ['203.0.113.1'];
    const delivered: DigestOutcome[] = [];
    const scheduler = startDigestScheduler({
      plans: [plan({ cron: '0 * * * *', timezone: 'UTC', onlyChanges: true, allClearLine: true })],
      deps: deps(store, () => found).deps,
      deliver: async (outcome) => void delivered.push(outcome),
      logger: silentLogger,
    });
    try {
      await vi.advanceTimersByTimeAsync(61_000);
      await vi.waitFor(() => expect(delivered).toHaveLength(1));
      await vi.advanceTimersByTimeAsync(60 * 60_000);
      expect(delivered).toHaveLength(1); // the same finding again: nothing to say

      found = [];
      await vi.advanceTimersByTimeAsync(60 * 60_000);
      await vi.waitFor(() => expect(delivered).toHaveLength(2)); // it is gone: that is a change
      await vi.advanceTimersByTimeAsync(60 * 60_000);
      await vi.waitFor(() => expect(delivered).toHaveLength(3)); // nothing active, nothing changed: one all-clear line
      expect(digestCard(delivered[2], CONTEXT)).toMatchObject({ title: 'morning digest: all clear', entries: [] });
    } finally {
      await scheduler.stop();
    }
  });
});
