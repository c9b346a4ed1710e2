import { join, resolve } from 'node:path';
import type { HuntopsConfig } from '../config/index.ts';
import { writeDemoData } from '../hunts/index.ts';

/**
 * Writes fresh demo logs for every tenant configured with `local.demo`, ending now, so that
 * `/hunt spray tenant-a` finds the injected spray whenever the bot starts. Returns each tenant's data folder.
 */
export async function prepareDemoTenants(
  config: HuntopsConfig,
  dataRoot: string,
  now: Date,
): Promise<Map<string, string>> {
  const folders = new Map<string, string>();
  for (const [key, tenant] of Object.entries(config.tenants)) {
    if (tenant.local?.dataDir) folders.set(key, resolve(tenant.local.dataDir));
    else if (tenant.local?.demo) {
      const dir = resolve(join(dataRoot, 'demo', key));
      await writeDemoData(dir, { seed: tenant.local.demo.seed, scale: tenant.local.demo.scale, end: now });
      folders.set(key, dir);
    }
  }
  return folders;
}
