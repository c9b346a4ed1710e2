import pLimit from 'p-limit';

export type SweepLineState = 'queued' | 'running' | 'done' | 'failed';

export interface SweepLine<T> {
  readonly tenant: string;
  readonly state: SweepLineState;
  readonly result?: T;
  readonly error?: unknown;
  readonly durationMs?: number;
}

export interface SweepOptions<T> {
  readonly tenants: readonly string[];
  /** Runs the hunt on one tenant. Per-tenant and per-API quotas are the backends' business; this bounds the total. */
  readonly run: (tenant: string) => Promise<T>;
  readonly concurrency: number;
  /** Called after every state change, with a snapshot of all lines. Never awaited by the workers. */
  readonly onProgress?: (lines: readonly SweepLine<T>[]) => void;
  readonly clock?: () => number;
}

/**
 * Runs one hunt across many tenants with bounded concurrency. One tenant's failure is recorded on
 * its line and never fails the others.
 */
export async function runSweep<T>(options: SweepOptions<T>): Promise<SweepLine<T>[]> {
  const clock = options.clock ?? Date.now;
  const lines: SweepLine<T>[] = options.tenants.map((tenant) => ({ tenant, state: 'queued' }));
  const publish = () => options.onProgress?.(lines.slice());
  const limit = pLimit(Math.max(1, options.concurrency));
  await Promise.all(
    options.tenants.map((tenant, index) =>
      limit(async () => {
        const started = clock();
        lines[index] = { tenant, state: 'running' };
        publish();
        try {
          const result = await options.run(tenant);
          lines[index] = { tenant, state: 'done', result, durationMs: clock() - started };
        } catch (error) {
          lines[index] = { tenant, state: 'failed', error, durationMs: clock() - started };
        }
        publish();
      }),
    ),
  );
  return lines;
}
