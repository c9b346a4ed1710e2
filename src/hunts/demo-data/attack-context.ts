import type { AttackKind } from './attacker-ips.ts';
import type { DemoLogs } from './demo-logs.ts';
import type { DemoOrganisation, DemoUser } from './organisation.ts';

/** Ground truth for one injected attack: what the hunt named by `command` must report. */
export interface DemoAttack {
  readonly kind: AttackKind;
  readonly command: AttackKind;
  /** Absent for attacks whose rows carry no attacker address (host-only kinds). */
  readonly ip?: string;
  readonly account?: string;
  readonly host?: string;
  readonly start: string;
  readonly end: string;
  readonly description: string;
}

/** Benign activity that resembles an attack and that no hunt may report. */
export interface DemoLookalike {
  readonly kind: string;
  /** The library hunt this activity stands next to (absent for the background look-alikes every hunt must skip). */
  readonly hunt?: AttackKind;
  readonly ip?: string;
  readonly account?: string;
  readonly host?: string;
  readonly description: string;
}

export interface AttackContext {
  readonly logs: DemoLogs;
  readonly org: DemoOrganisation;
  /** The attacker's address; empty for host-only kinds. */
  readonly ip: string;
  readonly victim: DemoUser;
  readonly end: number;
}

export interface LookalikeContext {
  readonly logs: DemoLogs;
  readonly org: DemoOrganisation;
  readonly bystander: DemoUser;
  readonly end: number;
}

export type Injector = (context: AttackContext) => Omit<DemoAttack, 'kind' | 'command' | 'ip'>;

/** The attack a library hunt must find, and the harmless activity next to it that it must not. */
export interface LibraryScenario {
  readonly kind: AttackKind;
  readonly attack: Injector;
  /** `bystander` is someone no attack touches, so the look-alike's account is never also a victim. */
  readonly lookalike: (context: LookalikeContext) => DemoLookalike;
  /**
   * Parameter values under which the hunt reports the look-alike too: proof that the look-alike really is in the
   * logs and that only the hunt's own logic keeps it out.
   */
  readonly loosened: Readonly<Record<string, string>>;
  /** The hunt window (days) for hunts that compare with a baseline before it; default: the whole demo. */
  readonly windowDays?: number;
}

export const at = (time: number) => new Date(time);
export const iso = (time: number) => new Date(time).toISOString();
