import {
  createIntelService,
  type IntelLogger,
  type IntelService,
  type IntelSettings,
  intelCacheFromStore,
  loadIntelSettingsFromEnv,
} from '../../../src/intel/index.ts';
import { openStore, type Store } from '../../../src/store/index.ts';

/** The date the OTX fixtures were written against: pulse ages are measured from here. */
export const FIXTURE_NOW = Date.parse('2026-11-20T00:00:00Z');

/**
 * A clock that starts at FIXTURE_NOW and then advances in real time (timeouts and cooldowns stay real);
 * `advance` jumps it forward, e.g. past a cache TTL.
 */
export function fixtureClock(): (() => number) & { advance(ms: number): void } {
  let offset = Date.now() - FIXTURE_NOW;
  return Object.assign(() => Date.now() - offset, {
    advance(ms: number) {
      offset -= ms;
    },
  });
}

export interface LogEntry {
  readonly level: 'info' | 'warn' | 'error' | 'debug';
  readonly obj: unknown;
  readonly msg?: string;
}

/** Captures log calls so tests can assert how often a failure is logged and that no secret leaks. */
export function capturingLogger(): IntelLogger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: LogEntry['level']) => (obj: object | string, msg?: string) => {
    entries.push({ level, obj, msg });
  };
  return { entries, info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') };
}

export const TEST_API_KEY = 'otx-test-key-4f1c9a';

export function testSettings(env: Record<string, string>): IntelSettings {
  return loadIntelSettingsFromEnv({ INTEL_FEED_PATH: 'none', ...env });
}

export interface Harness {
  readonly service: IntelService;
  readonly store: Store;
  readonly logger: ReturnType<typeof capturingLogger>;
  readonly clock: ReturnType<typeof fixtureClock>;
  close(): Promise<void>;
}

/** An intel service over a real in-memory SQLite store, with a capturing logger and the fixture clock. */
export async function startIntel(env: Record<string, string>, feedPollMs?: number): Promise<Harness> {
  const clock = fixtureClock();
  const store = await openStore({ sqlitePath: ':memory:', clock });
  const logger = capturingLogger();
  const service = createIntelService({
    settings: testSettings(env),
    cache: intelCacheFromStore(store.cache),
    logger,
    clock,
    feedPollMs,
  });
  return {
    service,
    store,
    logger,
    clock,
    async close() {
      service.close();
      await store.close();
    },
  };
}
