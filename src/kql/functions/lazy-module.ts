import { createRequire } from 'node:module';

const requireFromHere = createRequire(import.meta.url);

/**
 * A library loaded on the first call instead of at start-up. Every engine thread and every
 * `huntops kql` run registers all functions; libraries that only a few functions need
 * (unit conversion, the beta distribution, user-agent patterns, the geo libraries at ~200 ms
 * together) would otherwise add their load time to each cold start. Functions run synchronously,
 * hence require.
 */
export function lazyModule<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= requireFromHere(specifier) as T;
    return loaded;
  };
}
