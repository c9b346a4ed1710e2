import { ConfigError } from '../../../src/config/index.ts';

/** The problems a config load reports; fails the test when the load succeeds or throws anything else. */
export function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a ConfigError');
}
