import { loadConfig, resolvedExternalData } from '../config/index.ts';
import { createExternalDataReader, type ExternalDataReader } from '../kql/index.ts';

/**
 * The `externaldata` reader of `huntops kql`, from `kql.externalData` in the config file (--config,
 * $HUNTOPS_CONFIG or ./huntops.config.yaml). The config is read only for a query that uses externaldata,
 * so a query without it runs whatever the config file holds. Throws ConfigError on a bad config file.
 */
export function externalDataReaderFor(query: string, configPath: string | undefined): ExternalDataReader | undefined {
  if (!/\bexternal_?data\b/.test(query)) return undefined;
  const settings = resolvedExternalData(loadConfig({ path: configPath }));
  return createExternalDataReader(settings, (url, init) => fetch(url, init));
}
