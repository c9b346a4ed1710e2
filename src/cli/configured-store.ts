import { findTenant, type HuntopsConfig, loadConfig, readEnv } from '../config/index.ts';
import { openStore, type Store } from '../store/index.ts';

/** Config and store only: for commands that read the record (audit, blocks) and need no credentials. */
export async function openConfiguredStore(configPath?: string): Promise<{ config: HuntopsConfig; store: Store }> {
  const env = readEnv(process.env);
  const { config } = loadConfig({ path: configPath });
  const store = await openStore({ databaseUrl: env.DATABASE_URL, sqlitePath: config.store.sqlitePath });
  return { config, store };
}

/** Rejects a tenant key the config does not know, naming the ones it does. */
export function checkTenant(config: HuntopsConfig, tenant: string | undefined): void {
  if (tenant !== undefined && !findTenant(config, tenant))
    throw new Error(`--tenant: unknown tenant '${tenant}'; configured: ${Object.keys(config.tenants).join(', ')}`);
}
