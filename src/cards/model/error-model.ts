import type { HuntopsErrorCode } from './error-codes.ts';
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

/** The plain-words answers an error card can give; several codes share one. */
const SAYS = {
  teams: {
    title: 'Microsoft Teams did not take the message',
    next: 'The hunt itself ran; run the command again in a few minutes, or ask your huntops admin to check the bot’s connection to Teams.',
  },
  unknownTemplate: { title: 'Unknown hunt template', next: 'Run `list` to see the hunt templates.' },
  notUnderstood: {
    title: 'That command was not understood',
    next: 'Run `help` for the commands, `help <template>` for a hunt’s parameters; the window follows the tenant, e.g. `spray tenant-a 7d`.',
  },
  brokenTemplate: {
    title: 'The hunt template is broken',
    next: 'Ask your huntops admin to fix the template; the detail below names the problem.',
  },
  staleButton: { title: 'That button is out of date', next: 'Run the command again to get a fresh card.' },
  cancelled: { title: 'The hunt was cancelled', next: 'Run it again when you need it.' },
  misconfigured: {
    title: 'huntops is not configured correctly',
    next: 'Ask your huntops admin to run `huntops config check`.',
  },
  intelDown: {
    title: 'Threat intel could not be reached',
    next: 'Results are still valid; scores will be missing until intel is back.',
  },
  tooLong: {
    title: 'The query took too long',
    next: 'Try a shorter time window, the word after the tenant, e.g. `spray tenant-a 6h`.',
  },
  busy: {
    title: 'The service is busy or the tenant’s query budget is used up',
    next: 'Wait a few minutes and run the command again.',
  },
  signIn: {
    title: 'huntops could not sign in to the tenant',
    next: 'Ask your huntops admin to check the app registration and its secret or certificate for this tenant.',
  },
  queryFailed: {
    title: 'The hunt query failed',
    next: 'Check the template and its parameters; the detail below names the problem.',
  },
  logServiceSilent: { title: 'The tenant’s log service did not answer', next: 'Try again in a few minutes.' },
  unreadable: {
    title: 'The service answered with something huntops could not read',
    next: 'Try again; if it keeps failing, give the run id to your huntops admin.',
  },
  blockFailed: {
    title: 'The block could not be applied',
    next: 'Press Retry, or run `blocks <tenant>` to check its state.',
  },
  storeDown: {
    title: 'huntops could not reach its database',
    next: 'Try again in a minute; if it keeps failing, ask your huntops admin to check the database.',
  },
  internal: {
    title: 'Something went wrong',
    next: 'Try again; if it keeps failing, give the run id to your huntops admin.',
  },
} as const satisfies Record<string, ErrorExplanation>;

/** What each code means to the person who ran the command, and what to do next. */
export const ERROR_EXPLANATIONS: Readonly<Record<HuntopsErrorCode, ErrorExplanation>> = {
  huntops_backend_throttled: SAYS.busy,
  huntops_backend_unavailable: SAYS.logServiceSilent,
  huntops_backend_timeout: SAYS.tooLong,
  huntops_backend_query_rejected: SAYS.queryFailed,
  huntops_backend_query_failed: SAYS.queryFailed,
  huntops_backend_data_unreadable: SAYS.unreadable,
  huntops_backend_auth_failed: SAYS.signIn,
  huntops_backend_bad_response: SAYS.unreadable,
  huntops_backend_config_invalid: SAYS.misconfigured,
  huntops_backend_aborted: SAYS.cancelled,
  huntops_block_throttled: SAYS.busy,
  huntops_block_unavailable: SAYS.blockFailed,
  huntops_block_timeout: SAYS.blockFailed,
  huntops_block_rejected: SAYS.blockFailed,
  huntops_block_auth_failed: SAYS.signIn,
  huntops_block_capacity: SAYS.blockFailed,
  huntops_block_conflict: SAYS.blockFailed,
  huntops_block_unsupported_indicator: SAYS.blockFailed,
  huntops_block_config_invalid: SAYS.misconfigured,
  huntops_guardrail_invalid: SAYS.misconfigured,
  huntops_hunt_template_invalid: SAYS.brokenTemplate,
  huntops_hunt_template_unreadable: SAYS.brokenTemplate,
  huntops_hunt_template_duplicate: SAYS.brokenTemplate,
  huntops_hunt_template_unknown: SAYS.unknownTemplate,
  huntops_hunt_parameter_syntax: SAYS.notUnderstood,
  huntops_hunt_parameter_unknown: SAYS.notUnderstood,
  huntops_hunt_parameter_invalid: SAYS.notUnderstood,
  huntops_hunt_pivot_value: SAYS.notUnderstood,
  huntops_hunt_lint_unavailable: SAYS.brokenTemplate,
  huntops_intel_bad_settings: SAYS.misconfigured,
  huntops_intel_bad_feed: SAYS.intelDown,
  huntops_intel_otx_auth: SAYS.intelDown,
  huntops_intel_otx_rate_limited: SAYS.intelDown,
  huntops_intel_otx_http: SAYS.intelDown,
  huntops_intel_otx_timeout: SAYS.intelDown,
  huntops_intel_otx_network: SAYS.intelDown,
  huntops_intel_otx_bad_response: SAYS.intelDown,
  huntops_intel_otx_circuit_open: SAYS.intelDown,
  huntops_config_invalid: SAYS.misconfigured,
  huntops_remote_config_invalid: SAYS.misconfigured,
  huntops_store_unavailable: SAYS.storeDown,
  huntops_card_action_invalid: SAYS.staleButton,
  huntops_teams_throttled: SAYS.teams,
  huntops_teams_connector_error: SAYS.teams,
  huntops_teams_no_answer: SAYS.teams,
  huntops_teams_connection_lost: SAYS.teams,
  huntops_teams_bad_response: SAYS.teams,
  huntops_teams_refused: SAYS.teams,
  huntops_internal: SAYS.internal,
};

/** A code's plain words; a code no family declares (an error from a library, say) reads as an internal failure. */
export function explainError(code: string): ErrorExplanation {
  return Object.hasOwn(ERROR_EXPLANATIONS, code) ? ERROR_EXPLANATIONS[code as HuntopsErrorCode] : SAYS.internal;
}

export function errorFooter(model: ErrorCardModel): string {
  return [`Error ${model.code}`, model.tenant && tenantLine(model.tenant), model.runId && `run ${model.runId}`]
    .filter(Boolean)
    .join(' · ');
}
