import { createRequire } from 'node:module';

const requireFromHere = createRequire(import.meta.url);

/**
 * A library loaded on the first call instead of at start-up. Every engine thread and every
 * `huntops kql` run registers all functions; libraries that only a few functions need
 * (unit conversion, the beta distribution, user-agent patterns) would otherwise add their load
 * time to each cold start.
 */
export function lazyModule<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= requireFromHere(specifier) as T;
    return loaded;
  };
}
