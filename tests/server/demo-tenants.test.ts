import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/index.ts';
import { DEMO_REFRESH_MS, demoRefresher, prepareDemoTenants } from '../../src/server/demo-tenants.ts';

const HOUR = 3_600_000;
const config = parseConfigText(
  `tenants:\n  tenant-a:\n    displayName: Demo\n    local: { demo: { seed: 1, scale: 0.2 } }\n`,
  'test',
);

/** Hours between the newest attack's end and `end`, read from the attacks.json the demo writes. */
function attacksAgeHours(dir: string, end: number): number[] {
  const attacks = JSON.parse(readFileSync(join(dir, 'attacks.json'), 'utf8')) as { start: string }[];
  return attacks.map((attack) => (end - Date.parse(attack.start)) / HOUR);
}

describe('demo tenants stay inside the 24 h window', () => {
  it('rewrites the demo logs once they are older than the refresh age, ending at the new now', async () => {
    const root = mkdtempSync(join(tmpdir(), 'huntops-demo-'));
    let now = Date.parse('2026-11-22T08:00:00Z');
    const dir = (await prepareDemoTenants(config, root, new Date(now))).get('tenant-a')!;
    const refresh = demoRefresher(config, root, () => now);
    const startAges = attacksAgeHours(dir, now);
    expect(Math.max(...startAges)).toBeLessThan(24);

    now += DEMO_REFRESH_MS - 60_000;
    expect(await refresh()).toBe(false);
    expect(attacksAgeHours(dir, now)).toEqual(startAges.map((age) => age + DEMO_REFRESH_MS / HOUR - 1 / 60));

    now += 60_000;
    expect(await refresh()).toBe(true);
    // The same logs as a demo started now would write (an off-hours attack keeps to the night, so ages may shift).
    const fresh = (await prepareDemoTenants(config, mkdtempSync(join(tmpdir(), 'huntops-demo-')), new Date(now))).get(
      'tenant-a',
    )!;
    expect(attacksAgeHours(dir, now)).toEqual(attacksAgeHours(fresh, now));
    // Worst case between two refreshes, every attack is still within a 24 h hunt.
    expect(Math.max(...startAges, ...attacksAgeHours(dir, now)) + DEMO_REFRESH_MS / HOUR).toBeLessThan(24);
    expect(await refresh()).toBe(false);
    expect(readdirSync(join(root, 'demo'))).toEqual(['tenant-a']); // no staging folder left behind
  }, 60_000);
});
