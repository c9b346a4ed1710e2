import { dirname, resolve } from 'node:path';
import { loadConfig } from '../config/index.ts';
import { createExternalDataReader, type ExternalDataReader } from '../kql/index.ts';

/**
 * The `externaldata` reader of `huntops kql`, from `kql.externalData` in the config file (--config,
 * $HUNTOPS_CONFIG or ./huntops.config.yaml). The config is read only for a query that uses externaldata,
 * so a query without it runs whatever the config file holds. Throws ConfigError on a bad config file.
 */
export function externalDataReaderFor(query: string, configPath: string | undefined): ExternalDataReader | undefined {
  if (!/\bexternal_?data\b/.test(query)) return undefined;
  const loaded = loadConfig({ path: configPath });
  const settings = loaded.config.kql.externalData;
  const base = loaded.embedded ? process.cwd() : dirname(loaded.source);
  const files = Object.fromEntries(Object.entries(settings.files).map(([url, path]) => [url, resolve(base, path)]));
  return createExternalDataReader({ ...settings, files }, (url, init) => fetch(url, init));
}
