import { describe, expect, it } from 'vitest';
import { KqlDatabase, type KqlOutcome, runQuery } from '../../src/kql/index.ts';
import { TEST_NOW } from '../kql/support/builders.ts';

/**
 * A hunt author or a chat user choosing a hunt can make the embedded engine run any query over the tenant's
 * data. Operators whose output multiplies their input must stop at the run's limits with a coded error
 * (KQLR001 timeout, KQLR002 memory) instead of holding the one engine thread every tenant shares, or
 * growing until the process runs out of heap.
 */

/** `count` events of one host, a millisecond apart: every pair, triple, … of them is inside any window. */
function burst(count: number): KqlDatabase {
  const start = Date.parse('2024-01-01T00:00:00Z');
  return KqlDatabase.fromRawTables([
    {
      name: 'Events',
      columns: [
        { name: 'TimeGenerated', type: 'datetime' },
        { name: 'Host', type: 'string' },
        { name: 'n', type: 'long' },
      ],
      rows: Array.from({ length: count }, (_, i) => [start + i, 'srv-01', i]),
    },
  ]);
}

const failureCode = (outcome: KqlOutcome) => (!outcome.ok && outcome.kind === 'runtime' ? outcome.error.code : 'ok');

describe('security: evaluate sequence_detect over a burst of matching events', () => {
  it('stops at the timeout while it tries chains that never complete (the last step matches nothing)', async () => {
    // C(1500, 3) partial chains: minutes of work that never reached the old clock check, made only on a complete chain.
    const outcome = await runQuery(
      burst(1_500),
      'Events | evaluate sequence_detect(TimeGenerated, 1h, 1d, a=(n >= 0), b=(n >= 0), c=(n >= 0), d=(n < 0), Host)',
      { now: TEST_NOW, timeoutMs: 200 },
    );
    expect(failureCode(outcome)).toBe('KQLR001');
  });

  it('counts the chains it holds against the memory budget and stops with KQLR002', async () => {
    // 400 events make 79,800 pairs, about 7 MB on the way to the output (the old estimate, 16 bytes a pair, let them by).
    const outcome = await runQuery(
      burst(400),
      'Events | evaluate sequence_detect(TimeGenerated, 1h, 1d, a=(n >= 0), b=(n >= 0), Host) | count',
      { now: TEST_NOW, maxMemoryMb: 4 },
    );
    expect(failureCode(outcome)).toBe('KQLR002');
    expect(!outcome.ok && outcome.kind === 'runtime' && outcome.error.message).toMatch(/sequence_detect .* 4 MB limit/);
  });

  it('follows as many steps as the query names without running out of stack (6,000 steps over 6,000 events)', async () => {
    // The steps 1 ms apart leave one chain: every event in order. The search used to recurse once per step.
    const steps = Array.from({ length: 6_000 }, (_, i) => `s${i}=(true)`).join(', ');
    const outcome = await runQuery(
      burst(6_000),
      `Events | evaluate sequence_detect(TimeGenerated, 1ms, 1d, ${steps}, Host) | count`,
      { now: TEST_NOW },
    );
    expect(outcome.ok && outcome.table.column('Count').get(0)).toBe(1);
  });

  it('still answers a burst that fits the budget', async () => {
    const outcome = await runQuery(
      burst(400),
      'Events | evaluate sequence_detect(TimeGenerated, 1h, 1d, a=(n >= 0), b=(n >= 0), Host) | count',
      { now: TEST_NOW, maxMemoryMb: 64 },
    );
    expect(outcome.ok && outcome.table.rows().length).toBe(1);
    expect(outcome.ok && outcome.table.column('Count').get(0)).toBe(79_800);
  });
});

/** A table of `rows` rows whose 50 string columns are its own (`<name>_c0` …), so find packs them into pack_. */
function wideTable(name: string, rows: number) {
  const columns = Array.from({ length: 50 }, (_, i) => ({ name: `${name}_c${i}`, type: 'string' as const }));
  return {
    name,
    columns: [{ name: 'TimeGenerated', type: 'datetime' as const }, ...columns],
    rows: Array.from({ length: rows }, (_, r) => [TEST_NOW.getTime(), ...columns.map((_, i) => `v${r % 7}_${i}`)]),
  };
}

describe('security: bags built from wide rows (find, pack_all) count at their size', () => {
  // A 50-key bag is about 3 KB on the heap; the budget used to count any dynamic value as 64 bytes.
  const wide = KqlDatabase.fromRawTables([wideTable('W1', 800), wideTable('W2', 800), wideTable('W3', 3_000)]);

  it('stops pack_all() over wide rows while the bags are built', async () => {
    const outcome = await runQuery(wide, 'W3 | extend p = pack_all() | count', { now: TEST_NOW, maxMemoryMb: 6 });
    expect(failureCode(outcome)).toBe('KQLR002');
    expect(!outcome.ok && outcome.kind === 'runtime' && outcome.error.message).toMatch(/^extend would hold/);
  });

  it("stops find once its legs' pack_ columns together outgrow the budget, before it builds the next leg", async () => {
    // W1's and W2's legs each fit 6 MB, together they do not; W3's leg alone would fail as a project.
    const outcome = await runQuery(wide, 'find in (W1, W2, W3) where true', { now: TEST_NOW, maxMemoryMb: 6 });
    expect(failureCode(outcome)).toBe('KQLR002');
    expect(!outcome.ok && outcome.kind === 'runtime' && outcome.error.message).toMatch(
      /^the inputs of one union, join or find would hold about \d+ MB, over the 6 MB limit/,
    );
  });

  it('still runs find over the same tables within the default budget', async () => {
    const outcome = await runQuery(wide, 'find in (W1, W2, W3) where true | summarize count() by source_', {
      now: TEST_NOW,
    });
    expect(outcome.ok && outcome.table.rowCount).toBe(3);
  });
});

describe('security: user functions that call each other twice per level', () => {
  it('stop at the timeout while their bodies are inlined (2^21 copies of f0)', async () => {
    const levels = Array.from(
      { length: 22 },
      (_, i) => `let f${i} = (x:long) { ${i === 0 ? 'x' : `f${i - 1}(x) + f${i - 1}(x)`} };`,
    );
    const outcome = await runQuery(burst(1), `${levels.join('\n')}\nprint f21(1)`, { now: TEST_NOW, timeoutMs: 200 });
    expect(failureCode(outcome)).toBe('KQLR001');
  });
});

describe('security: queries nested thousands deep', () => {
  const nestedTooDeeply = (outcome: KqlOutcome) =>
    !outcome.ok && outcome.kind === 'diagnostics' ? outcome.diagnostics.map((d) => [d.code, d.message]) : outcome;
  const expected = [
    [
      'KQL0022',
      'query nested too deeply (thousands of piped operators or of lets each reading the one before): not supported by the local engine',
    ],
  ];

  it('10,000 piped operators are refused as nested too deeply, not an internal error', async () => {
    const outcome = await runQuery(burst(1), `Events${' | where n >= 0'.repeat(10_000)}`, { now: TEST_NOW });
    expect(nestedTooDeeply(outcome)).toEqual(expected);
  });

  it('10,000 lets each reading the one before are refused the same way', async () => {
    const lets = Array.from({ length: 10_000 }, (_, i) => `let v${i} = ${i === 0 ? 'Events' : `v${i - 1} | take 1`};`);
    const outcome = await runQuery(burst(1), `${lets.join('\n')}\nv9999`, { now: TEST_NOW });
    expect(nestedTooDeeply(outcome)).toEqual(expected);
  });
});
