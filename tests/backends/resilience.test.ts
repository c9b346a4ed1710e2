import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND_NAMES, BackendError, createBackend, QuotaRegistry } from '../../src/backends/index.ts';
import type { Standin } from '../standins/https-standin.ts';
import { type Services, startServices, TEST_RETRY, WINDOW } from './support/harness.ts';

const QUERIES = { logAnalytics: 'SigninLogs | take 3', defender: 'DeviceLogonEvents | take 3' } as const;

describe.each(['logAnalytics', 'defender'] as const)('%s backend under faults', (kind) => {
  let services: Services;
  beforeAll(async () => {
    services = await startServices();
  });
  afterAll(() => services.close());

  const service = (): Standin => (kind === 'logAnalytics' ? services.logAnalytics : services.graph);
  /** Runs the query and reports how many calls reached the service for it. */
  const run = async (query: string = QUERIES[kind]) => {
    const before = service().calls.length;
    const backend = createBackend(kind, services.tenant(), { ...services.deps, quotas: new QuotaRegistry() });
    const outcome = await backend.query({ tenant: 'tenant-a', query, window: WINDOW }).then(
      (result) => ({ result, error: undefined }),
      (error: unknown) => ({ result: undefined, error: error as BackendError }),
    );
    return { ...outcome, calls: service().calls.length - before };
  };

  it('waits for Retry-After on 429 and then succeeds', async () => {
    service().inject({ kind: 'status', status: 429, retryAfterSeconds: 1 });
    const started = Date.now();
    const { result, calls } = await run();
    expect(result?.rows).toHaveLength(3);
    expect(calls).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900); // honoured the server's wait, not our backoff
  });

  it('survives 503s within the retry budget', async () => {
    service().inject({ kind: 'status', status: 503, times: TEST_RETRY.maxAttempts - 1 });
    const { result, calls } = await run();
    expect(result?.rows).toHaveLength(3);
    expect(calls).toBe(TEST_RETRY.maxAttempts);
  });

  it('survives a request that never gets an answer', async () => {
    service().inject({ kind: 'timeout' });
    const { result, calls } = await run();
    expect(result?.rows).toHaveLength(3);
    expect(calls).toBe(2);
  });

  it.each([
    [{ kind: 'status', status: 503 } as const, 'huntops_backend_unavailable', /HTTP 503/],
    [{ kind: 'status', status: 429, retryAfterSeconds: 0 } as const, 'huntops_backend_throttled', /HTTP 429/],
    [{ kind: 'timeout' } as const, 'huntops_backend_timeout', /no answer within/],
  ])('beyond the budget, %o fails with a coded error naming tenant, backend and cause', async (fault, code, cause) => {
    service().inject({ ...fault, times: TEST_RETRY.maxAttempts });
    const { error, calls } = await run();
    expect(error).toBeInstanceOf(BackendError);
    expect(error).toMatchObject({ code, tenant: 'tenant-a', backend: kind, attempts: TEST_RETRY.maxAttempts });
    expect(error?.message).toMatch(
      new RegExp(`${BACKEND_NAMES[kind]} query for tenant 'tenant-a' failed after 3 attempts`),
    );
    expect(error?.message).toMatch(cause);
    expect(error?.cause).toBeDefined();
    expect(calls).toBe(TEST_RETRY.maxAttempts);
  });

  it('does not wait for a Retry-After longer than the policy allows', async () => {
    service().inject({ kind: 'status', status: 429, retryAfterSeconds: 3600 });
    const { error, calls } = await run();
    expect(error).toMatchObject({ code: 'huntops_backend_throttled' });
    expect(error?.message).toMatch(/Retry-After 3600 s/);
    expect(calls).toBe(1);
  });

  it('stops waiting when the caller cancels', async () => {
    service().inject({ kind: 'timeout' });
    const backend = createBackend(kind, services.tenant(), { ...services.deps, quotas: new QuotaRegistry() });
    const controller = new AbortController();
    const pending = backend.query({
      tenant: 'tenant-a',
      query: QUERIES[kind],
      window: WINDOW,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 200);
    await expect(pending).rejects.toMatchObject({ code: 'huntops_backend_aborted', tenant: 'tenant-a', backend: kind });
  });

  it('reports malformed JSON as a bad response', async () => {
    service().inject({ kind: 'malformed' });
    const { error } = await run();
    expect(error).toMatchObject({ code: 'huntops_backend_bad_response', tenant: 'tenant-a', backend: kind });
  });

  it('does not retry a query the service rejects, and says why', async () => {
    const { error, calls } = await run('SigninLogs | where NoSuchColumn == 1');
    expect(error).toMatchObject({ code: 'huntops_backend_query_rejected' });
    expect(error?.message).toMatch(/NoSuchColumn/);
    expect(calls).toBe(1);
  });
});

describe('Log Analytics partial failure', () => {
  let services: Services;
  beforeAll(async () => {
    services = await startServices();
  });
  afterAll(() => services.close());

  it('keeps the partial rows and surfaces the error as a warning', async () => {
    services.logAnalytics.inject({ kind: 'partial', keepRows: 2 });
    const backend = createBackend('logAnalytics', services.tenant(), services.deps);
    const result = await backend.query({ tenant: 'tenant-a', query: 'SigninLogs | take 5', window: WINDOW });
    expect(result.rows).toHaveLength(2);
    expect(result.truncated).toBe(true);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/partial results \(PartialError\).*exceeded the allowed limits/);
  });
});

describe('Log Analytics quota', () => {
  let services: Services;
  beforeAll(async () => {
    services = await startServices();
  });
  afterAll(() => services.close());

  it('never has more than 5 queries of one identity in flight at the service', async () => {
    services.logAnalytics.inject({ kind: 'slow', delayMs: 300, times: 12 });
    const backend = createBackend('logAnalytics', services.tenant(), { ...services.deps, quotas: new QuotaRegistry() });
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        backend.query({ tenant: 'tenant-a', query: 'SigninLogs | take 1', window: WINDOW }),
      ),
    );
    expect(results.every((result) => result.rows.length === 1)).toBe(true);
    expect(services.logAnalytics.peakInFlight()).toBe(5);
  });

  it("after a 429 holds back the identity's other queries until Retry-After has passed", async () => {
    services.logAnalytics.inject({ kind: 'status', status: 429, retryAfterSeconds: 1 });
    const outcomes: string[] = [];
    const backend = createBackend('logAnalytics', services.tenant(), {
      ...services.deps,
      quotas: new QuotaRegistry(),
      observer: (call) => void outcomes.push(call.outcome),
    });
    const query = () => backend.query({ tenant: 'tenant-a', query: 'SigninLogs | take 1', window: WINDOW });
    const before = services.logAnalytics.calls.length;
    const first = query();
    // The backend has read the 429 (and paused the identity's gate) once it reports the throttle.
    await expect.poll(() => outcomes).toContain('huntops_backend_throttled');
    await Promise.all([first, query()]);
    const [throttled, ...later] = services.logAnalytics.calls.slice(before);
    expect(later).toHaveLength(2);
    for (const call of later) expect(call.at - throttled.at).toBeGreaterThanOrEqual(900);
  });
});
