import type { DemoAttack, DemoLookalike } from './attack-context.ts';
import { addAttacks } from './attacks.ts';
import { addBackground, addLookalikes } from './background.ts';
import { DemoLogs, type DemoRow, type DemoTable } from './demo-logs.ts';
import { buildOrganisation } from './organisation.ts';
import { SeededRandom } from './random.ts';
import { DAY } from './time-grid.ts';
import { addWorkplaceActivity } from './workplace-background.ts';

export interface DemoDataOptions {
  /** Same seed (and scale and end) → byte-identical output. Default 1. */
  readonly seed?: number;
  /** Multiplies the number of people (100 per unit). Default 1. */
  readonly scale?: number;
  /** The logs end here (exclusive); default now. Attacks all happen in the last 24 hours. */
  readonly end?: Date;
  /** How many days of logs end at `end`. Default 3. */
  readonly days?: number;
}

export interface DemoData {
  readonly seed: number;
  readonly scale: number;
  readonly window: { readonly start: string; readonly end: string };
  readonly domain: string;
  readonly tables: Record<DemoTable, DemoRow[]>;
  readonly attacks: readonly DemoAttack[];
  readonly lookalikes: readonly DemoLookalike[];
}

/** Generates realistic, deterministic logs for every table the shipped hunts read, with attacks injected. */
export function generateDemoData(options: DemoDataOptions = {}): DemoData {
  const seed = options.seed ?? 1;
  const scale = options.scale ?? 1;
  const end = (options.end ?? new Date()).getTime();
  const start = end - (options.days ?? 3) * DAY;
  const random = new SeededRandom(seed);
  const org = buildOrganisation(random, seed, scale);
  const logs = new DemoLogs(random, start, end);
  const { mistypedAccounts } = addBackground(logs, org);
  addLookalikes(logs, org);
  addWorkplaceActivity(logs, org);
  const { attacks, lookalikes: libraryLookalikes } = addAttacks(logs, org, seed);
  const lookalikes: DemoLookalike[] = [
    {
      kind: 'nat-egress',
      ip: org.natIp,
      description: 'Office egress address shared by most users, with their ordinary mistakes.',
    },
    {
      kind: 'backup-job',
      ip: org.backupServer.ip,
      account: org.backupAccount,
      host: org.webServer.fqdn,
      description:
        'Backup job with a stale password failing every 15 minutes; its cloud sign-ins run every 30 minutes.',
    },
    // An attack victim who also mistyped is not a look-alike: hunts rightly report that account.
    ...mistypedAccounts
      .filter((account) => !attacks.some((attack) => attack.account === account))
      .map((account) => ({
        kind: 'mistyped-password' as const,
        account,
        description: 'Mistyped the password twice, then signed in.',
      })),
    ...libraryLookalikes,
  ];
  return {
    seed,
    scale,
    window: { start: new Date(start).toISOString(), end: new Date(end).toISOString() },
    domain: org.domain,
    tables: logs.toTables(),
    attacks,
    lookalikes,
  };
}
