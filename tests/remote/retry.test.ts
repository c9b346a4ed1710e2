import { describe, expect, it } from 'vitest';
import { type Attempt, backoffMs, retryAfterMs, retryWithBackoff } from '../../src/remote/index.ts';

const POLICY = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 400, maxRetryAfterMs: 1_000 };

/** Runs the loop over scripted attempts, recording the waits instead of sleeping. */
async function run(script: Attempt<string, 'throttled' | 'down' | 'refused'>[]) {
  const waits: number[] = [];
  let calls = 0;
  const result = await retryWithBackoff(async () => script[calls++]!, {
    policy: POLICY,
    giveUp: (failure, attempts) => new Error(`${failure.code} after ${attempts}`),
    wait: async (ms) => {
      waits.push(ms);
    },
  }).then(
    (value) => ({ value }),
    (error: Error) => ({ error: error.message }),
  );
  return { result, waits, calls };
}

const fail = (code: 'throttled' | 'down' | 'refused', retryable: boolean, retryAfterMs?: number) =>
  ({ ok: false, failure: { code, retryable, detail: code, retryAfterMs } }) as const;

describe('retryWithBackoff', () => {
  it('waits what Retry-After asks, then returns the value', async () => {
    const { result, waits } = await run([fail('throttled', true, 700), { ok: true, value: 'rows' }]);
    expect(result).toEqual({ value: 'rows' });
    expect(waits).toEqual([700]);
  });

  it('backs off exponentially with jitter without a Retry-After, and stops after maxAttempts', async () => {
    const { result, waits, calls } = await run([fail('down', true), fail('down', true), fail('down', true)]);
    expect(result).toEqual({ error: 'down after 3' });
    expect(calls).toBe(3);
    expect(waits[0]).toBeGreaterThanOrEqual(50);
    expect(waits[0]).toBeLessThanOrEqual(100);
    expect(waits[1]).toBeGreaterThanOrEqual(100);
    expect(waits[1]).toBeLessThanOrEqual(200);
  });

  it('gives up at once on a failure that is not retryable, or a Retry-After longer than the policy waits', async () => {
    expect(await run([fail('refused', false), { ok: true, value: 'x' }])).toMatchObject({
      result: { error: 'refused after 1' },
      waits: [],
    });
    expect(await run([fail('throttled', true, 5_000), { ok: true, value: 'x' }])).toMatchObject({
      result: { error: 'throttled after 1' },
      waits: [],
    });
  });

  it('lets an error thrown by an attempt end the retries as it is', async () => {
    const error = new Error('aborted by the caller');
    await expect(
      retryWithBackoff(
        async () => {
          throw error;
        },
        { policy: POLICY, giveUp: () => new Error('not this') },
      ),
    ).rejects.toBe(error);
  });
});

describe('Retry-After and back-off', () => {
  it('reads delta seconds and HTTP dates', () => {
    expect(retryAfterMs('7')).toBe(7_000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:05 GMT', Date.parse('2026-10-21T07:28:00Z'))).toBe(5_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(null)).toBeUndefined();
  });

  it('caps the back-off at maxDelayMs', () => {
    for (let attempt = 1; attempt < 10; attempt++) expect(backoffMs(POLICY, attempt)).toBeLessThanOrEqual(400);
  });
});
