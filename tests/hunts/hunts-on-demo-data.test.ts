import { beforeAll, describe, expect, it } from 'vitest';
import { benign, type DemoHuntFixture, hunt, loadDemoFixture } from './support/demo-hunt-fixture.ts';

describe.each([1, 2])('shipped hunts on demo data (seed %i), through the local KQL engine', (seed) => {
  let fixture: DemoHuntFixture;

  beforeAll(async () => {
    fixture = await loadDemoFixture(seed);
  }, 60_000);

  it.each(['spray', 'bruteforce', 'host-to-cloud', 'logon-burst', 'cadence'])(
    '/hunt %s finds exactly the injected attacks of its kind and no look-alike',
    async (command) => {
      const findings = await hunt(fixture, command);
      const expected = fixture.data.attacks.filter((attack) => attack.command === command);
      expect(new Set(findings.map((finding) => finding.ip))).toEqual(new Set(expected.map((attack) => attack.ip)));
      for (const attack of expected) {
        const finding = findings.find((candidate) => candidate.ip === attack.ip)!;
        if (attack.account) expect(finding.account?.toLowerCase()).toBe(attack.account.toLowerCase());
        if (attack.host) expect(finding.host).toBe(attack.host);
      }
      const lookalikes = benign(fixture.data);
      for (const finding of findings) {
        expect(lookalikes.has(finding.ip ?? '')).toBe(false);
        expect(lookalikes.has(finding.account ?? '')).toBe(false);
      }
    },
    60_000,
  );

  it('finds the attacks in a one-day window too', async () => {
    for (const attack of fixture.data.attacks) {
      const findings = await hunt(fixture, attack.command, {}, 1);
      expect(findings.map((finding) => finding.ip)).toEqual([attack.ip]);
    }
  }, 60_000);

  it('parameters reach the engine as typed literals', async () => {
    expect(await hunt(fixture, 'spray', { minFailedUsersFromIP: '31' })).toEqual([]);
    expect(await hunt(fixture, 'logon-burst', { threshold: '27' })).toEqual([]);
    expect(await hunt(fixture, 'cadence', { maxGapStdevSeconds: '0.01' })).toEqual([]);
    const attacker = fixture.data.attacks.find((attack) => attack.kind === 'bruteforce')!.ip;
    expect(await hunt(fixture, 'bruteforce', { ignoredIPs: `${attacker},192.0.2.1` })).toEqual([]);
    // Loosening a threshold lets the shared office address through: the threshold is what keeps it out.
    const nat = fixture.data.lookalikes.find((lookalike) => lookalike.kind === 'nat-egress')!.ip;
    expect((await hunt(fixture, 'bruteforce', { minFailedCount: '1' })).map((finding) => finding.ip)).toContain(nat);
  }, 60_000);

  it('still run in a workspace that lacks some of the tables (fuzzy unions)', async () => {
    for (const command of ['spray', 'host-to-cloud', 'logon-burst']) {
      const findings = await hunt(fixture, command, {}, 3, fixture.sparse);
      const expected = fixture.data.attacks.filter((attack) => attack.command === command).map((attack) => attack.ip);
      expect(findings.map((finding) => finding.ip)).toEqual(expected);
    }
  }, 60_000);
});
