// Public surface of configuration: the YAML file, the environment and the embedded default.
export { ConfigError } from './config-error.ts';
export { describeModes } from './describe-modes.ts';
export { DEMO_ANALYST, DEMO_LEAD } from './embedded-default.ts';
export { type HuntopsEnv, readEnv } from './env.ts';
export { resolvedExternalData } from './external-data-settings.ts';
export { findTenant } from './find-tenant.ts';
export type { ExternalDataSettings } from './kql-settings.ts';
export {
  DEFAULT_CONFIG_FILE,
  type LoadedConfig,
  loadConfig,
  parseConfigText,
  resolveConfigPath,
} from './load-config.ts';
export { type RetryBudget, remoteRetryFromEnv } from './remote-retry.ts';
export {
  type BlockingConfig,
  type CloudName,
  configSchema,
  type DigestConfig,
  type HuntopsConfig,
  type RateLimitsConfig,
  type Surface,
  type TenantConfig,
} from './schema.ts';
export { unsetTenantSecrets } from './unset-secrets.ts';
