import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const SHOWN = 10;

/** Prints the ten slowest test files after the run, so a contributor sees where the suite's minutes go. */
export default class SlowestFilesReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const timed = testModules
      .map((module) => {
        const { duration, collectDuration, setupDuration, prepareDuration } = module.diagnostic();
        return {
          file: relative(process.cwd(), module.moduleId),
          ms: duration + collectDuration + setupDuration + prepareDuration,
        };
      })
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SHOWN);
    if (timed.length === 0) return;
    const lines = timed.map(({ file, ms }) => `${(ms / 1000).toFixed(1).padStart(7)} s  ${file}`);
    console.log(`\nSlowest ${timed.length} test files (collect + tests, in their worker):\n${lines.join('\n')}\n`);
  }
}
