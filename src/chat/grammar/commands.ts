import type { PivotEntity } from '../../hunts/index.ts';
import type { BlockableIocType } from '../../intel/index.ts';

/** Everything a user can ask huntops, on every surface. */
export type ChatCommand =
  | {
      readonly kind: 'hunt';
      readonly template: string;
      readonly tenant: string;
      readonly window?: string;
      readonly params: readonly string[];
    }
  | {
      readonly kind: 'pivot';
      readonly entity: PivotEntity;
      /** Checked and normalised (one spelling per IP, lower-case UPN and host). */
      readonly value: string;
      readonly tenant: string;
      readonly window?: string;
    }
  | { readonly kind: 'list'; readonly filter?: string }
  | { readonly kind: 'help'; readonly template?: string }
  | { readonly kind: 'tenants' }
  | { readonly kind: 'blocks'; readonly tenant: string; readonly type?: BlockableIocType }
  | { readonly kind: 'block'; readonly tenant: string; readonly indicator: string; readonly reason?: string }
  | { readonly kind: 'unblock'; readonly tenant: string; readonly indicator: string };

/** A command that could not be understood: what was wrong, and the usage line to show. */
export interface CommandProblem {
  readonly kind: 'problem';
  readonly message: string;
  readonly usage: string;
}

/**
 * The one description of the command grammar: help cards, usage lines, the Slack `usage_hint` and the Teams
 * command list are derived from it, and a test parses every `example` (and every usage with its placeholders
 * filled in), so no surface can teach a command the parser rejects.
 */
export const COMMAND_SYNTAX = [
  {
    verb: 'hunt',
    usage: '<template> <tenant|all> [window] [name=value…]',
    summary: 'run a hunt',
    example: 'spray tenant-a 7d minFailedUsersFromIP=3',
  },
  {
    verb: 'ip',
    usage: 'ip <address> <tenant|all> [window]',
    summary: 'what an IP did: sign-ins, logons, email, alerts, its score and blocks',
    example: 'ip 203.0.113.5 tenant-a 7d',
  },
  {
    verb: 'user',
    usage: 'user <upn> <tenant|all> [window]',
    summary: 'what a user did: sign-ins by app and place, logons, processes, email, alerts',
    example: 'user alice@contoso.com all',
  },
  {
    verb: 'host',
    usage: 'host <name> <tenant|all> [window]',
    summary: 'what happened on a host: logons, processes, alerts',
    example: 'host ws-042 tenant-a',
  },
  {
    verb: 'list',
    usage: 'list [tactic|table|text]',
    summary: 'the hunts by MITRE tactic; a tactic, a table or a word narrows them',
    example: 'list persistence',
  },
  {
    verb: 'help',
    usage: 'help [template]',
    summary: 'this help, or what a hunt finds: parameters, tables, MITRE techniques',
    example: 'help spray',
  },
  { verb: 'tenants', usage: 'tenants', summary: 'the tenants this channel may hunt', example: 'tenants' },
  {
    verb: 'blocks',
    usage: 'blocks <tenant> [ip|domain|url|sha1|sha256]',
    summary: 'active blocks with their expiry, of one indicator type if named',
    example: 'blocks tenant-a url',
  },
  {
    verb: 'block',
    usage: 'block <tenant> <ioc> [reason]',
    summary: 'propose blocking an IP, domain, URL or file hash (another approver must approve)',
    example: 'block tenant-a 203.0.113.5 "password spray"',
  },
  {
    verb: 'unblock',
    usage: 'unblock <tenant> <ioc>',
    summary: 'remove a block (approvers only)',
    example: 'unblock tenant-a 203.0.113.5',
  },
] as const;

export const USAGE = COMMAND_SYNTAX.map((command) => `/hunt ${command.usage}`);

export const SUBCOMMANDS = ['ip', 'user', 'host', 'list', 'help', 'tenants', 'blocks', 'block', 'unblock'] as const;

/** Longer command texts are refused before any parsing: no real command comes near it. */
export const MAX_COMMAND_LENGTH = 2000;
