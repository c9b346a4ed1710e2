import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attackerIps, generateDemoData } from '../../src/hunts/index.ts';
import { classifyIp, DEMO_FEED_PATH } from '../../src/intel/index.ts';
import { type Harness, startIntel } from './support/helpers.ts';

// The embedded default config runs tenant-a on seed 1 and tenant-b on seed 2.
const DEMO_SEEDS = [1, 2];

function publicIpsIn(value: unknown, found: Set<string>): Set<string> {
  if (typeof value === 'string' && classifyIp(value) === 'public') found.add(value);
  else if (Array.isArray(value)) for (const item of value) publicIpsIn(item, found);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) publicIpsIn(item, found);
  return found;
}

describe('the demo feed', () => {
  let intel: Harness;
  beforeAll(async () => {
    intel = await startIntel({ INTEL_FEED_PATH: DEMO_FEED_PATH });
  });
  afterAll(() => intel.close());

  // Generating a demo day of 100 people and scoring every address in it: a few seconds, far more on a busy machine.
  it.each(DEMO_SEEDS)(
    'knows every attacker of demo seed %i and none of its benign addresses',
    { timeout: 90_000 },
    async (seed) => {
      const demo = generateDemoData({ seed, end: new Date('2026-11-20T12:00:00Z'), days: 1 });
      const attackers = new Set(demo.attacks.flatMap((attack) => attack.ip ?? []));
      const benign = [...publicIpsIn(demo.tables, new Set())].filter((ip) => !attackers.has(ip));
      expect(attackers.size).toBe(Object.keys(attackerIps(seed)).length);
      expect(benign.length).toBeGreaterThan(10);
      expect(benign).toContain(demo.lookalikes.find((l) => l.kind === 'nat-egress')?.ip);

      const scores = await intel.service.scoreIocs([...attackers, ...benign]);
      for (const ip of attackers) {
        expect(scores.get(ip)).toMatchObject({ band: 'high', sources: ['feed:huntops-demo'] });
      }
      for (const ip of benign) expect(scores.get(ip)).toMatchObject({ band: 'unknown', score: null });
    },
  );
});
