import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/**
 * Seeded, deterministic benchmark data: SigninLogs with a password-spray pattern hidden in
 * normal traffic, and SecurityEvent logons with failed-logon bursts. Same seed, same bytes.
 */
export const BENCH_START_MS = Date.UTC(2026, 10, 1);
const SPAN_MS = 7 * 24 * 3_600_000;

/** mulberry32: tiny, fast and good enough to make benchmark data look random. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const APPS = [
  'Azure Portal',
  'Office 365 Exchange Online',
  'Microsoft Teams',
  'OfficeHome',
  'SharePoint Online',
  'Microsoft Graph',
  'Azure CLI',
  'My Apps',
];
const CLIENTS = ['Browser', 'Mobile Apps and Desktop clients', 'Exchange ActiveSync', 'IMAP4'];
const PLACES = [
  ['Seattle', 'Washington', 'US'],
  ['London', 'England', 'GB'],
  ['Berlin', 'Berlin', 'DE'],
  ['Tokyo', 'Tokyo', 'JP'],
  ['Sao Paulo', 'Sao Paulo', 'BR'],
];
const FAILURES = [
  ['50126', 'Invalid username or password or Invalid on-premise username or password.'],
  ['50053', 'Account is locked.'],
  ['50074', 'Strong Authentication is required.'],
];
const AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/120.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) Safari/605.1',
  'python-requests/2.31',
];

const USERS = 5000;
const NORMAL_IPS = 20_000;
export const SPRAY_IPS = 40;

function ipOf(index: number, spray: boolean): string {
  return spray ? `203.0.113.${index}` : `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function signinRow(i: number, rows: number, random: () => number): Record<string, unknown> {
  const time = BENCH_START_MS + Math.floor((i / rows) * SPAN_MS);
  // 2% of rows are a spray: each hour one of the spray IPs tries many users, always failing.
  // Normal users sign in from their own few IPs, so a normal IP never reaches the spray threshold.
  const spray = random() < 0.02;
  const user = Math.floor(random() * USERS);
  const hour = Math.floor((time - BENCH_START_MS) / 3_600_000);
  const ip = spray ? ipOf(hour % SPRAY_IPS, true) : ipOf((user * 4 + Math.floor(random() * 4)) % NORMAL_IPS, false);
  const failure = spray ? FAILURES[0] : random() < 0.08 ? pick(random, FAILURES) : ['0', ''];
  const [city, state, country] = pick(random, PLACES);
  return {
    TimeGenerated: new Date(time).toISOString(),
    UserPrincipalName: `user${user}@contoso.com`,
    UserDisplayName: `User ${user}`,
    IPAddress: ip,
    ResultType: failure[0],
    ResultDescription: failure[1],
    AppDisplayName: pick(random, APPS),
    ClientAppUsed: pick(random, CLIENTS),
    IsInteractive: random() < 0.7,
    Location: country,
    LocationDetails: { city, state, countryOrRegion: country },
    Status: { errorCode: Number(failure[0]) },
    UserAgent: spray ? AGENTS[2] : pick(random, AGENTS),
    CorrelationId: `${Math.floor(random() * 2 ** 32).toString(16)}-${i.toString(16)}`,
    Type: 'SigninLogs',
  };
}

function securityEventRow(i: number, rows: number, random: () => number): Record<string, unknown> {
  const time = BENCH_START_MS + Math.floor((i / rows) * SPAN_MS);
  const roll = random();
  const eventId = roll < 0.25 ? 4625 : roll < 0.95 ? 4624 : 4634;
  const user = Math.floor(random() * 2000);
  return {
    TimeGenerated: new Date(time).toISOString(),
    EventID: eventId,
    Activity:
      eventId === 4625 ? '4625 - An account failed to log on.' : `${eventId} - An account was successfully logged on.`,
    Account: `CONTOSO\\user${user}`,
    TargetUserName: `user${user}`,
    Computer: `host-${Math.floor(random() * 200)}.contoso.com`,
    IpAddress: ipOf(Math.floor(random() * 5000), false),
    LogonType: pick(random, [2, 3, 3, 3, 10]),
    SubStatus: eventId === 4625 ? pick(random, ['0xc000006a', '0xc0000064']) : '',
    Type: 'SecurityEvent',
  };
}

async function writeJsonLines(path: string, rows: number, seed: number, makeRow: typeof signinRow): Promise<void> {
  const random = seededRandom(seed);
  const out = createWriteStream(path);
  let batch: string[] = [];
  for (let i = 0; i < rows; i++) {
    batch.push(JSON.stringify(makeRow(i, rows, random)));
    if (batch.length === 10_000 || i === rows - 1) {
      if (!out.write(`${batch.join('\n')}\n`)) await once(out, 'drain');
      batch = [];
    }
  }
  out.end();
  await once(out, 'finish');
}

export async function writeBenchData(dir: string, signinRows: number, securityRows: number): Promise<void> {
  await writeJsonLines(`${dir}/SigninLogs.jsonl`, signinRows, 1, signinRow);
  await writeJsonLines(`${dir}/SecurityEvent.jsonl`, securityRows, 2, securityEventRow);
}
