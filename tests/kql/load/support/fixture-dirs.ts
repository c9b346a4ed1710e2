import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = new URL('../../../fixtures/kql/load/', import.meta.url).pathname;
export const SAMPLES = join(FIXTURES, 'samples');

/** A fresh temp directory holding copies of fixture files under new names: `{ 'Syslog__x.csv': 'samples/…' }`. */
export async function dirWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kql-load-'));
  for (const [name, fixture] of Object.entries(files)) await copyFile(join(FIXTURES, fixture), join(dir, name));
  return dir;
}
