import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most files spend their time waiting on sockets, stand-ins and child processes rather than computing, so
    // twice as many workers as cores keeps a 2-core machine busy (one worker per core left it half idle).
    maxWorkers: Math.max(2, availableParallelism() * 2),
    reporters: ['default', './tests/slowest-files-reporter.ts'],
  },
});
