import type { IocType } from './ioc/ioc.ts';

/** How an indicator's reputation reads at a glance. `pending`: still being looked up when the report's budget ran out. */
export const BANDS = ['high', 'medium', 'low', 'unknown', 'pending', 'internal', 'reserved'] as const;
export type Band = (typeof BANDS)[number];

/** The score of one indicator (an address, a domain, a URL or a file hash), as shown on a hunt card and by `huntops intel`. */
export interface IocScore {
  /** The indicator as it was asked for. */
  readonly indicator: string;
  /** What kind of indicator it is; absent when it is none huntops knows. */
  readonly type?: IocType;
  /** 0–100; null when no source answered (unknown, pending) or when the indicator is never looked up (internal, reserved). */
  readonly score: number | null;
  readonly band: Band;
  /** The three strongest reasons, in plain words, strongest first. */
  readonly reasons: readonly string[];
  /** Which sources answered, e.g. `otx`, `feed:demo`. */
  readonly sources: readonly string[];
  readonly country?: string;
  readonly asn?: string;
}

/** One weighted reason: `weight` is how many score points it added or removed, used only to rank reasons. */
export interface Reason {
  readonly text: string;
  readonly weight: number;
}

/** What one source says about one indicator. */
export interface Evidence {
  readonly source: string;
  readonly score: number;
  readonly reasons: readonly Reason[];
  readonly country?: string;
  readonly asn?: string;
}

/** Structural slice of a pino logger; huntops passes its pino instance. */
export interface IntelLogger {
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
  debug(obj: object | string, msg?: string): void;
}

/** Milliseconds since the epoch; injected so tests control pulse ages and cache expiry. */
export type Clock = () => number;
