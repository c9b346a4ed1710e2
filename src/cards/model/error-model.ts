import { tenantLine } from './hunt-summary.ts';
import type { TenantRef } from './types.ts';

/** A failed command, shown in plain words with what to do next. `code` is the coded error's `code`. */
export interface ErrorCardModel {
  readonly kind: 'error';
  readonly code: string;
  /** The error's own message; shown as detail under the plain-words title. */
  readonly message?: string;
  readonly tenant?: TenantRef;
  readonly runId?: string;
}

export interface ErrorExplanation {
  readonly title: string;
  readonly next: string;
}

// Codes come from many folders (hunt_*, huntops_backend_*, intel_*, huntops_config_invalid, …). Matching on the
// words in a code, most specific first, keeps this table short and still right for codes added later.
export const ERROR_EXPLANATIONS: ReadonlyArray<ErrorExplanation & { readonly match: RegExp }> = [
  {
    // Before the generic rows: a throttled or silent Teams connector is not the tenant's query budget.
    match: /^huntops_teams_/,
    title: 'Microsoft Teams did not take the message',
    next: 'The hunt itself ran; run the command again in a few minutes, or ask your huntops admin to check the bot’s connection to Teams.',
  },
  {
    match: /tenant.*(unknown|not_found|missing)/,
    title: 'Unknown tenant',
    next: 'Run `tenants` to see the tenant keys you can use.',
  },
  {
    match: /template_unknown|template_not_found/,
    title: 'Unknown hunt template',
    next: 'Run `list` to see the hunt templates.',
  },
  {
    match: /parameter|usage|argument|unknown_command|grammar/,
    title: 'That command was not understood',
    next: 'Run `help` for the commands, `help <template>` for a hunt’s parameters; the window follows the tenant, e.g. `spray tenant-a 7d`.',
  },
  {
    match: /template|lint/,
    title: 'The hunt template is broken',
    next: 'Ask your huntops admin to fix the template; the detail below names the problem.',
  },
  { match: /card_action/, title: 'That button is out of date', next: 'Run the command again to get a fresh card.' },
  { match: /aborted|cancel/, title: 'The hunt was cancelled', next: 'Run it again when you need it.' },
  {
    match: /config|guardrail|settings/,
    title: 'huntops is not configured correctly',
    next: 'Ask your huntops admin to run `huntops config check`.',
  },
  {
    match: /^intel_|otx/,
    title: 'Threat intel could not be reached',
    next: 'Results are still valid; scores will be missing until intel is back.',
  },
  {
    match: /timeout|timed_out|deadline/,
    title: 'The query took too long',
    next: 'Try a shorter time window, the word after the tenant, e.g. `spray tenant-a 6h`.',
  },
  {
    match: /throttl|rate_limit|429|quota|busy/,
    title: 'The service is busy or the tenant’s query budget is used up',
    next: 'Wait a few minutes and run the command again.',
  },
  {
    match: /auth|credential|token|secret|login/,
    title: 'huntops could not sign in to the tenant',
    next: 'Ask your huntops admin to check the app registration and its secret or certificate for this tenant.',
  },
  {
    match: /forbidden|permission|unauthori[sz]ed|403/,
    title: 'huntops is not allowed to do that in this tenant',
    next: 'Ask your huntops admin to grant the missing API permission or role.',
  },
  {
    match: /query|kql|syntax|semantic|parse/,
    title: 'The hunt query failed',
    next: 'Check the template and its parameters; the detail below names the problem.',
  },
  {
    match: /unavailable|unreachable|network/,
    title: 'The tenant’s log service did not answer',
    next: 'Try again in a few minutes.',
  },
  {
    match: /unreadable|bad_response/,
    title: 'The service answered with something huntops could not read',
    next: 'Try again; if it keeps failing, give the run id to your huntops admin.',
  },
  {
    match: /approver|four_eyes|self_approv|not_allowed_to_approve/,
    title: 'You cannot decide this proposal',
    next: 'An approver of this tenant other than the one who set the block in motion must approve or deny it.',
  },
  {
    match: /proposal.*(expired|not_found|closed|decided)/,
    title: 'This proposal is no longer open',
    next: 'Run `blocks <tenant>` to see its current blocks.',
  },
  {
    match: /block|indicator|named_location/,
    title: 'The block could not be applied',
    next: 'Press Retry, or run `blocks <tenant>` to check its state.',
  },
];

const FALLBACK: ErrorExplanation = {
  title: 'Something went wrong',
  next: 'Try again; if it keeps failing, give the run id to your huntops admin.',
};

export function explainError(code: string): ErrorExplanation {
  const key = code.toLowerCase();
  const found = ERROR_EXPLANATIONS.find((explanation) => explanation.match.test(key));
  return found ? { title: found.title, next: found.next } : FALLBACK;
}

export function errorFooter(model: ErrorCardModel): string {
  return [`Error ${model.code}`, model.tenant && tenantLine(model.tenant), model.runId && `run ${model.runId}`]
    .filter(Boolean)
    .join(' · ');
}
