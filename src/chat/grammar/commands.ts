/** Everything a user can ask huntops, on every surface. */
export type ChatCommand =
  | {
      readonly kind: 'hunt';
      readonly template: string;
      readonly tenant: string;
      readonly window?: string;
      readonly params: readonly string[];
    }
  | { readonly kind: 'list' }
  | { readonly kind: 'help'; readonly template?: string }
  | { readonly kind: 'tenants' }
  | { readonly kind: 'blocks'; readonly tenant: string }
  | { readonly kind: 'block'; readonly tenant: string; readonly ip: string; readonly reason?: string }
  | { readonly kind: 'unblock'; readonly tenant: string; readonly ip: string };

/** A command that could not be understood: what was wrong, and the usage line to show. */
export interface CommandProblem {
  readonly kind: 'problem';
  readonly message: string;
  readonly usage: string;
}

export const USAGE = [
  '/hunt <template> <tenant|all> [window] [name=value…]',
  '/hunt list',
  '/hunt help [template]',
  '/hunt tenants',
  '/hunt blocks <tenant>',
  '/hunt block <tenant> <ip> [reason]',
  '/hunt unblock <tenant> <ip>',
] as const;

export const SUBCOMMANDS = ['list', 'help', 'tenants', 'blocks', 'block', 'unblock'] as const;

/** Longer command texts are refused before any parsing: no real command comes near it. */
export const MAX_COMMAND_LENGTH = 2000;
