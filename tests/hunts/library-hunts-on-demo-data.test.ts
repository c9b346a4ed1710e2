import { beforeAll, describe, expect, it } from 'vitest';
import { LIBRARY_SCENARIOS } from '../../src/hunts/index.ts';
import { benign, type DemoHuntFixture, hunt, loadDemoFixture } from './support/demo-hunt-fixture.ts';

/**
 * Each library hunt with its scenario: the attack it must find, the look-alike next to it that it must not, and
 * the loosened parameters that let the look-alike through (proof that the look-alike really is in the logs and
 * that the hunt's own logic keeps it out). `days` is the hunt window for hunts that compare with a baseline.
 */
const LIBRARY = LIBRARY_SCENARIOS.map((scenario) => ({
  command: scenario.kind,
  loosened: scenario.loosened,
  days: scenario.windowDays,
}));

describe.each([1, 2])('library hunts on demo data (seed %i), through the local KQL engine', (seed) => {
  let fixture: DemoHuntFixture;

  beforeAll(async () => {
    fixture = await loadDemoFixture(seed);
  }, 60_000);

  it.each(LIBRARY)('/hunt $command finds its attack and no look-alike', async ({ command, days }) => {
    const attack = fixture.data.attacks.find((candidate) => candidate.command === command)!;
    const findings = await hunt(fixture, command, {}, days);
    // Exactly one finding: by address, or by host for attacks whose rows carry no attacker address.
    expect(findings.map((finding) => finding.ip ?? finding.host)).toEqual([attack.ip ?? attack.host]);
    if (attack.account) expect(findings[0].account?.toLowerCase()).toBe(attack.account.toLowerCase());
    if (attack.host) expect(findings[0].host).toBe(attack.host);
    const lookalikes = benign(fixture.data);
    for (const finding of findings) {
      expect(lookalikes.has(finding.ip ?? '')).toBe(false);
      expect(lookalikes.has(finding.account ?? '')).toBe(false);
    }
  });

  it.each(LIBRARY)('/hunt $command reports its look-alike only once loosened', async ({ command, loosened, days }) => {
    const { ip, account } = fixture.data.lookalikes.find((candidate) => candidate.hunt === command)!;
    const reported = (await hunt(fixture, command, loosened, days)).flatMap((finding) => [finding.ip, finding.account]);
    expect(reported).toContain(ip ?? account);
  });
});
