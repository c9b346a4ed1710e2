import { dirname, resolve } from 'node:path';
import type { ExternalDataSettings } from './kql-settings.ts';
import type { LoadedConfig } from './load-config.ts';

/**
 * `kql.externalData` ready for the engine's reader: each mapped file's path made absolute against the
 * config file's folder (the working directory for the embedded default), so `huntops kql` and the local
 * backend's hunts read the same file whichever folder huntops was started from.
 */
export function resolvedExternalData(loaded: LoadedConfig): ExternalDataSettings {
  const settings = loaded.config.kql.externalData;
  const base = loaded.embedded ? process.cwd() : dirname(loaded.source);
  const files = Object.fromEntries(Object.entries(settings.files).map(([url, path]) => [url, resolve(base, path)]));
  return { ...settings, files };
}
