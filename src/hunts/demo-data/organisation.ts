import type { SeededRandom } from './random.ts';

export interface DemoHost {
  readonly name: string;
  readonly fqdn: string;
  readonly ip: string;
  readonly deviceId: string;
}

export interface DemoUser {
  readonly upn: string;
  readonly displayName: string;
  readonly samName: string;
  readonly sid: string;
  readonly userId: string;
  /** The benign public address the user works from when not in the office (192.0.2.0/24). */
  readonly homeIp: string;
  readonly workstation: DemoHost;
}

/** The fictitious company whose logs are generated: people, machines and its network edges. */
export interface DemoOrganisation {
  readonly tenantId: string;
  readonly domain: string;
  readonly netbios: string;
  readonly users: readonly DemoUser[];
  readonly fileServer: DemoHost;
  readonly webServer: DemoHost;
  readonly rdGateway: DemoHost;
  readonly linuxServers: readonly DemoHost[];
  readonly backupServer: DemoHost;
  readonly backupAccount: string;
  /** The office's shared egress address: many users, ordinary failure rates (a spray look-alike). */
  readonly natIp: string;
  readonly adminIp: string;
}

const COMPANIES = ['contoso', 'fabrikam', 'northwind', 'adatum', 'tailspin', 'woodgrove', 'litware', 'proseware'];
const FIRST_NAMES = [
  'anna',
  'ben',
  'chloe',
  'david',
  'elena',
  'farid',
  'grace',
  'hugo',
  'ines',
  'jonas',
  'karin',
  'liam',
  'maya',
  'noah',
  'olga',
  'paul',
  'quinn',
  'rosa',
  'sven',
  'tara',
  'umar',
  'vera',
  'will',
  'xenia',
  'yusuf',
  'zoe',
];
const LAST_NAMES = [
  'adler',
  'berg',
  'costa',
  'dietz',
  'evans',
  'fischer',
  'garcia',
  'hoang',
  'ivanova',
  'jensen',
  'kowalski',
  'lopez',
  'meyer',
  'novak',
  'oconnor',
  'petrov',
  'quist',
  'rossi',
  'schmidt',
  'tanaka',
  'ulrich',
  'vogel',
  'weber',
  'yilmaz',
  'zimmer',
];

/**
 * Builds the organisation for one seed; `scale` multiplies the number of people (100 per unit: every library
 * scenario needs a victim and a bystander of its own, and the library holds 40-odd hunts).
 * Seed 1 is Contoso and seed 2 Fabrikam, matching the embedded demo tenants' display names.
 */
export function buildOrganisation(random: SeededRandom, seed: number, scale: number): DemoOrganisation {
  const company = COMPANIES[(((Math.trunc(seed) - 1) % COMPANIES.length) + COMPANIES.length) % COMPANIES.length];
  const domain = `${company}.com`;
  const adDomain = `${company}.local`;
  const host = (name: string, ip: string): DemoHost => ({
    name,
    fqdn: `${name}.${adDomain}`,
    ip,
    deviceId: random.guid().replaceAll('-', ''),
  });
  const names = random.sample(
    FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => [first, last] as const)),
    Math.max(100, Math.round(100 * scale)),
  );
  const homeHosts = random.sample(
    Array.from({ length: 200 }, (_, index) => index + 30),
    Math.min(200, names.length),
  );
  const users = names.map(
    ([first, last], index): DemoUser => ({
      upn: `${first}.${last}@${domain}`,
      displayName: `${capitalise(first)} ${capitalise(last)}`,
      samName: `${first[0]}${last}`,
      sid: `S-1-5-21-3623811015-3361044348-30300820-${1100 + index}`,
      userId: random.guid(),
      homeIp: `192.0.2.${homeHosts[index % homeHosts.length]}`,
      workstation: host(
        `ws-${String(index + 1).padStart(3, '0')}`,
        `10.0.${10 + Math.floor(index / 200)}.${(index % 200) + 20}`,
      ),
    }),
  );
  return {
    tenantId: random.guid(),
    domain,
    netbios: company.toUpperCase(),
    users,
    fileServer: host('srv-fs01', '10.0.1.10'),
    webServer: host('srv-web01', '10.0.1.20'),
    rdGateway: host('rdgw01', '10.0.1.30'),
    linuxServers: [host('lnx-app01', '10.0.2.10'), host('lnx-db01', '10.0.2.11')],
    backupServer: host('bkp01', '10.0.5.20'),
    backupAccount: 'svc-backup',
    natIp: `192.0.2.${random.int(2, 20)}`,
    adminIp: '10.0.1.5',
  };
}

function capitalise(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}
