import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

const AT = '2026-11-20T10:00:00Z';

/**
 * `huntops pivot` takes its entity, value and tenant from the command line (a script may pass log text there):
 * the same shape checks as chat, a prototype key is an unknown tenant, and nothing runs a query.
 */
describe('security: huntops pivot arguments', { timeout: 120_000 }, () => {
  let config: string;
  let env: Record<string, string>;
  const pivot = (...args: string[]) => runCli(['pivot', ...args, '--at', AT, '--config', config], env);

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'huntops-cli-pivot-sec-'));
    config = join(dir, 'huntops.config.yaml');
    writeFileSync(
      config,
      `tenants:\n  tenant-a:\n    displayName: Contoso\n    local: { demo: { seed: 1 } }\nstore: { sqlitePath: ${join(dir, 'huntops.db')} }\n`,
    );
    env = { HUNTOPS_DATA_DIR: join(dir, 'data') };
  });

  it.each([
    ['ip', '203.0.113.5"|take 1', 'tenant-a', /is not an IP address/],
    ['user', 'a@b.com\n| take 1', 'tenant-a', /is not a user principal name/],
    ['host', 'ws-042\\', 'tenant-a', /is not a host name/],
    ['host', 'ws-042', '__proto__', /tenant/],
    ['host', 'ws-042', 'constructor', /tenant/],
    ['__proto__', 'ws-042', 'tenant-a', /ip|user|host/],
  ])(
    'refuses %s %j on %s with a plain error naming what was wrong, and runs nothing',
    async (entity, value, tenant, problem) => {
      const run = await pivot(entity, value, tenant);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(problem);
      expect(run.stderr).not.toMatch(/TypeError|at .*\.ts:\d+/);
      expect(run.stdout).toBe('');
    },
  );
});
