import pino from 'pino';
import type { DigestPlan } from '../../../src/digest/index.ts';
import { type BlockEvent, type DigestDeps, DigestRuns } from '../../../src/digest/index.ts';
import type { Finding, HuntReport } from '../../../src/hunts/index.ts';
import type { Store } from '../../../src/store/index.ts';

export const silentLogger = pino({ level: 'silent' });

export function plan(overrides: Partial<DigestPlan> = {}): DigestPlan {
  return {
    id: 'tenant-a/morning',
    name: 'morning',
    cron: '0 9 * * 1-5',
    timezone: 'Europe/Oslo',
    hunts: ['spray'],
    window: '24h',
    post: { slack: 'C1' },
    onlyChanges: false,
    allClearLine: true,
    catchUp: true,
    tenants: ['tenant-a'],
    ...overrides,
  };
}

export function report(ips: readonly string[]): HuntReport {
  const findings: Finding[] = ips.map((ip) => ({ ip, count: 10, fields: { IPAddress: ip } }));
  return {
    template: 'spray',
    tenant: 'tenant-a',
    backend: 'local',
    window: { start: '', end: '' },
    rowCount: ips.length,
    truncated: false,
    warnings: [],
    findings,
  };
}

/** Digest deps over a real store; the hunt answers come from `findingsFor` so tests control what each run finds. */
export function deps(
  store: Store,
  findingsFor: () => readonly string[],
  options: { runMs?: number; events?: BlockEvent[] } = {},
) {
  const calls: { at: number; tenant: string }[] = [];
  const value: DigestDeps = {
    async runHunt(request) {
      calls.push({ at: Date.now(), tenant: request.tenant });
      if (options.runMs) await new Promise((resolve) => setTimeout(resolve, options.runMs));
      return { report: report(findingsFor()) };
    },
    blockEvents: async () => options.events ?? [],
    runs: new DigestRuns(store.db),
    clock: Date.now,
  };
  return { deps: value, calls };
}
