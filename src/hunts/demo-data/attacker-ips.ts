import { SeededRandom } from './random.ts';

/** Which documentation range each attack's source address comes from (RFC 5737 TEST-NET-3 / TEST-NET-2). */
const RANGES = {
  spray: '203.0.113',
  bruteforce: '203.0.113',
  'host-to-cloud': '198.51.100',
  'logon-burst': '203.0.113',
  cadence: '198.51.100',
  // Library hunts: appended, so the addresses above stay what they were for every seed.
  'ssh-bruteforce': '203.0.113',
  'mfa-fatigue': '198.51.100',
  'disabled-account': '203.0.113',
  'new-country': '198.51.100',
  'rdp-from-internet': '203.0.113',
  'admin-role-member': '198.51.100',
  'mfa-disabled': '203.0.113',
  'phishing-url-click': '198.51.100',
  'mailbox-forwarding': '203.0.113',
  'mass-delete': '198.51.100',
  'rare-domain-beacon': '203.0.113',
  'ssh-newly-exposed': '198.51.100',
  'legacy-auth': '203.0.113',
  'impossible-travel': '198.51.100',
  'risky-signin-new-mfa': '203.0.113',
  'mfa-method-change': '198.51.100',
  'admin-consent': '203.0.113',
  'sp-credential-added': '198.51.100',
  'app-external-redirect': '203.0.113',
  'ca-policy-disabled': '198.51.100',
  'guest-privileged-role': '203.0.113',
  'pim-off-hours': '198.51.100',
  'tap-created': '203.0.113',
  'federated-domain': '198.51.100',
  'mass-download': '203.0.113',
} as const;

/** Attacks whose rows name only hosts and accounts: nothing in them says where the attacker came from. */
const HOST_ONLY_KINDS = [
  'explicit-credentials',
  'service-from-user-directory',
  'office-spawns-shell',
  'encoded-powershell',
  'lolbin-download',
  'lsass-dump',
  'lsass-access',
  'shadow-copy-delete',
  'malware-hash',
  'remote-scheduled-task',
  'kerberoasting',
  'security-log-cleared',
  'privileged-group-member',
] as const;

type AddressedKind = keyof typeof RANGES;
export type AttackKind = AddressedKind | (typeof HOST_ONLY_KINDS)[number];
export const ATTACK_KINDS = [...Object.keys(RANGES), ...HOST_ONLY_KINDS] as AttackKind[];

/**
 * The attacker addresses for a seed. They come from their own random stream so they depend on the seed
 * only (not on scale or end time): the demo threat-intel feed can list them once per seed.
 */
export function attackerIps(seed: number): Record<AddressedKind, string> {
  const random = new SeededRandom(seed ^ 0x5eed1e55);
  const used = new Set<string>();
  const ips = {} as Record<AddressedKind, string>;
  for (const kind of Object.keys(RANGES) as AddressedKind[]) {
    let ip: string;
    do ip = `${RANGES[kind]}.${random.int(2, 254)}`;
    while (used.has(ip));
    used.add(ip);
    ips[kind] = ip;
  }
  return ips;
}
