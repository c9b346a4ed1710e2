import ipaddr from 'ipaddr.js';
import { type Finding, findingIocs } from '../../hunts/index.ts';
import { type IocType, recognizeIoc } from '../../intel/index.ts';
import { iocLabel } from '../format/ioc-label.ts';
import type { NamedEntities } from './pivot-buttons.ts';
import type { Band, IocScoreSlice } from './types.ts';

/** One line of the findings table: a hunt finding joined with the reputation of its leading indicator. */
export interface FindingRow {
  /** The entity the row is about: the leading indicator (IP, URL, file hash, domain; typed), else the account or host. */
  readonly entity: string;
  /** The leading indicator as found, which the score is about; absent when the finding names none (and on cards stored before IOC types). */
  readonly indicator?: string;
  /** Its type, when huntops knows it. */
  readonly iocType?: IocType;
  /** The finding's IP entity, whether or not it leads. */
  readonly ip?: string;
  readonly country?: string;
  readonly asn?: string;
  readonly score: number | null;
  readonly band: Band;
  readonly topReason?: string;
  readonly reasons: readonly string[];
  readonly accounts: readonly string[];
  readonly accountCount: number;
  readonly attempts?: number;
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  /** The IP, account and host the finding names: its pivot buttons. Absent on cards stored before pivots. */
  readonly named?: NamedEntities;
}

// Templates name their columns freely (TargetedAccounts, FailedUserSet, FailedUsers, dcount_UserPrincipalName):
// these patterns find the account list and the distinct-account count among a finding's fields.
const ACCOUNT_LIST_FIELD = /(account|user|upn)/i;
const ACCOUNT_COUNT_FIELD = /(accounts|users|upns)$|(account|user|upn)s?count|^dcount_?(account|user|upn)/i;

function accountsOf(finding: Finding): { accounts: string[]; accountCount: number } {
  const list = Object.entries(finding.fields).find(
    ([name, value]) => Array.isArray(value) && ACCOUNT_LIST_FIELD.test(name),
  )?.[1] as unknown[] | undefined;
  const named = (list ?? []).map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
  const accounts = [...new Set([...named, ...(finding.account ? [finding.account] : [])])];
  const counted = Object.entries(finding.fields).find(
    ([name, value]) => typeof value === 'number' && ACCOUNT_COUNT_FIELD.test(name),
  )?.[1] as number | undefined;
  return { accounts, accountCount: Math.max(counted ?? 0, accounts.length) };
}

const NOT_SCORED: Omit<IocScoreSlice, 'indicator'> = { score: null, band: 'unknown', reasons: [] };

/** One spelling per address (`2001:DB8::0:1` and `2001:db8::1` are the same IP), so scores always join. */
export function ipKey(ip: string): string {
  return ipaddr.isValid(ip) ? ipaddr.process(ip).toString() : ip;
}

/** `scores` is keyed by `ipKey`. */
export function toFindingRow(finding: Finding, scores: ReadonlyMap<string, IocScoreSlice>): FindingRow {
  const [ioc] = findingIocs(finding);
  const scored = ioc ? scores.get(ipKey(ioc)) : undefined;
  const intel = scored ?? NOT_SCORED;
  return {
    entity: ioc ? iocLabel(ioc) : (finding.account ?? finding.host ?? '(no entity)'),
    indicator: ioc,
    iocType: ioc ? recognizeIoc(ioc)?.type : undefined,
    ip: finding.ip,
    country: intel.country,
    asn: intel.asn,
    score: intel.score,
    band: scored ? scored.band : ioc ? 'pending' : 'unknown',
    topReason: intel.reasons[0],
    reasons: intel.reasons,
    ...accountsOf(finding),
    attempts: finding.count,
    firstSeen: finding.first,
    lastSeen: finding.last,
    named: { ip: finding.ip, account: finding.account, host: finding.host },
  };
}

/** Riskiest first: by score (unscored last), then by attempts. */
export function byRisk(a: FindingRow, b: FindingRow): number {
  return (b.score ?? -1) - (a.score ?? -1) || (b.attempts ?? 0) - (a.attempts ?? 0);
}
