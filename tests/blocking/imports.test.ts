import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PROBE = fileURLToPath(new URL('./support/loaded-packages.ts', import.meta.url));

/** The packages importing `module` loads, in a fresh Node process. */
function packagesLoadedBy(module: string): string[] {
  return execFileSync(process.execPath, ['--import', 'tsx', PROBE, `${ROOT}${module}`], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
}

describe('blocking stands on its own', () => {
  it('importing src/blocking/index.ts loads no web server and no chat SDK', () => {
    const loaded = packagesLoadedBy('src/blocking/index.ts');
    expect(loaded).toContain('pino'); // the probe sees packages loaded through require
    expect(loaded.filter((name) => /^(express|@slack\/|botbuilder|botframework-)/.test(name))).toEqual([]);
  });
});
