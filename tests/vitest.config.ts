import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    // Ceilings, not waits: a passing test ends when it is done. Files that start huntops as a process or run it
    // against several stand-ins took up to 26 s per test on a slow 2-core machine, so the ceiling is twice that.
    testTimeout: 60_000,
    // expect.poll waits for an effect (an audit row, a posted card) and returns as soon as it holds, so a long
    // ceiling costs a passing test nothing; vitest's default of one second failed on a loaded 2-core machine.
    expect: { poll: { timeout: 20_000 } },
    hookTimeout: 120_000,
    pool: 'forks',
    // Most files spend their time waiting on sockets, stand-ins and child processes rather than computing, so
    // twice as many workers as cores keeps a 2-core machine busy (one worker per core left it half idle).
    maxWorkers: Math.max(2, availableParallelism() * 2),
    // Each worker keeps the modules it has loaded for its next file: loading the SDKs and sources afresh for
    // each of 160 files was half the suite's CPU. So files leave no global state behind (they restore the mocks,
    // environment and timers they change).
    isolate: false,
    // Names this run's PostgreSQL test schemas and drops them when every file is done.
    globalSetup: ['./tests/postgres-run-schemas.ts'],
    // Property tests draw the same inputs on every run (see the file for how to explore others).
    setupFiles: ['./tests/property-seed.ts'],
    reporters: ['default', './tests/slowest-files-reporter.ts'],
  },
});
