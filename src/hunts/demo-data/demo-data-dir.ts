import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoData } from './generate.ts';
import { writeDemoData } from './write-demo-data.ts';

export interface DemoDataDirOptions {
  readonly seed: number;
  readonly scale?: number;
  /** Default: `<os tmpdir>/huntops-demo/seed-<seed>-scale-<scale>`. */
  readonly dir?: string;
  /** Default: now, so the injected attacks lie in the last hours whenever the bot starts. */
  readonly end?: Date;
}

/**
 * Writes a demo tenant's logs (a config's `local.demo: { seed, scale }`) into a folder the local backend
 * can use as its `local.dataDir`, and returns that folder with the ground truth.
 */
export async function writeDemoDataDir(options: DemoDataDirOptions): Promise<{ dir: string; data: DemoData }> {
  const scale = options.scale ?? 1;
  const dir = options.dir ?? join(tmpdir(), 'huntops-demo', `seed-${options.seed}-scale-${scale}`);
  const { data } = await writeDemoData(dir, { seed: options.seed, scale, end: options.end ?? new Date() });
  return { dir, data };
}
