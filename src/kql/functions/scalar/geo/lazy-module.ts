import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A library loaded on first use: the geo libraries take ~200 ms to import together, which every start-up and
 * every query would pay although few queries call a geo function. Functions run synchronously, hence require.
 */
export function lazyModule<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(name) as T;
    return loaded;
  };
}
