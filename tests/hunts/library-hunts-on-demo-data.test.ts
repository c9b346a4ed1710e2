import { beforeAll, describe, expect, it } from 'vitest';
import { benign, type DemoHuntFixture, hunt, loadDemoFixture } from './demo-hunt-fixture.ts';

/**
 * Each library hunt, its look-alike in the demo data, and the loosened parameters that let the look-alike
 * through: that proves the look-alike really is in the logs and that the hunt's own logic keeps it out.
 */
/** `days` is the hunt window: hunts that compare with a baseline before the window get one inside the demo logs. */
const LIBRARY: { command: string; lookalike: string; loosened: Record<string, string>; days?: number }[] = [
  { command: 'ssh-bruteforce', lookalike: 'ssh-typo', loosened: { threshold: '2' } },
  { command: 'mfa-fatigue', lookalike: 'missed-mfa-prompts', loosened: { minDeniedPrompts: '1' } },
  { command: 'disabled-account', lookalike: 'leaver-phone', loosened: { minDisabledToSuccessfulRatio: '0' } },
  { command: 'new-country', lookalike: 'known-country', loosened: { lookback: '1h' }, days: 1 },
  { command: 'explicit-credentials', lookalike: 'admin-runas', loosened: { minScore: '2' } },
  { command: 'rdp-from-internet', lookalike: 'home-rdp', loosened: { lookback: '1h' }, days: 1 },
  {
    command: 'service-from-user-directory',
    lookalike: 'defender-platform-update',
    loosened: { includeDefenderPlatform: 'yes' },
  },
  { command: 'admin-role-member', lookalike: 'reader-role-member', loosened: { roleKeyword: 'reader' } },
  {
    command: 'mfa-disabled',
    lookalike: 'mfa-enabled',
    loosened: { operationName: 'Enable Strong Authentication' },
  },
];

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

  it.each(LIBRARY)(
    '/hunt $command reports its look-alike only once loosened',
    async ({ command, lookalike, loosened, days }) => {
      const { ip, account } = fixture.data.lookalikes.find((candidate) => candidate.kind === lookalike)!;
      const reported = (await hunt(fixture, command, loosened, days)).flatMap((finding) => [
        finding.ip,
        finding.account,
      ]);
      expect(reported).toContain(ip ?? account);
    },
  );
});
