import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { HuntopsConfig } from '../config/index.ts';
import { writeDemoData } from '../hunts/index.ts';

/**
 * The demo tenants' attacks sit 3–14 h before the end of their logs, so a hunt over the default 24 h
 * window misses some after about 10 h of uptime. Logs older than this are written again, ending now.
 */
export const DEMO_REFRESH_MS = 6 * 3_600_000;

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
      const dir = demoFolder(dataRoot, key);
      await writeDemoTenant(dir, tenant.local.demo, now);
      folders.set(key, dir);
    }
  }
  return folders;
}

/** Returns a job for the maintenance loop that rewrites the demo logs once they are `maxAgeMs` old. */
export function demoRefresher(
  config: HuntopsConfig,
  dataRoot: string,
  clock: () => number,
  maxAgeMs = DEMO_REFRESH_MS,
): () => Promise<boolean> {
  let writtenAt = clock(); // prepareDemoTenants ran at start
  return async () => {
    if (clock() - writtenAt < maxAgeMs) return false;
    const now = new Date(clock());
    for (const [key, tenant] of Object.entries(config.tenants))
      if (tenant.local?.demo && !tenant.local.dataDir)
        await writeDemoTenant(demoFolder(dataRoot, key), tenant.local.demo, now);
    writtenAt = now.getTime();
    return true;
  };
}

function demoFolder(dataRoot: string, tenantKey: string): string {
  return resolve(join(dataRoot, 'demo', tenantKey));
}

/** Writes beside the folder, then renames each file in: a hunt running meanwhile never reads a half-written file. */
async function writeDemoTenant(dir: string, demo: { seed: number; scale: number }, end: Date): Promise<void> {
  await mkdir(dir, { recursive: true });
  const staging = await mkdtemp(`${dir}.next-`);
  try {
    await writeDemoData(staging, { seed: demo.seed, scale: demo.scale, end });
    for (const name of await readdir(staging)) await rename(join(staging, name), join(dir, name));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
