import type { Finding } from '../../../../src/hunts/index.ts';
import type { HeldOutLogs } from './held-out-rows.ts';

/** What a finding must name to be this activity: every given field must match (case-insensitive). */
export type Entity = Pick<Finding, 'ip' | 'account' | 'host' | 'url' | 'domain' | 'fileHash'>;

/** One library hunt's held-out attack and the benign activity that resembles it. */
export interface HeldOutCase {
  /** The hunt window in days, for hunts that compare with a baseline before it; default: all the logs. */
  readonly windowDays?: number;
  /** Parameter values the hunt runs with (a hunt that looks for given indicators is given this world's). */
  readonly values?: Readonly<Record<string, string>>;
  readonly attack: (logs: HeldOutLogs) => Entity;
  readonly lookalike: (logs: HeldOutLogs) => Entity;
}

export type HeldOutCases = Readonly<Record<string, HeldOutCase>>;
