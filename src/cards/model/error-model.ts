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

// Codes come from many folders (huntops_config_invalid, huntops_query_timeout, …); matching on the words in
// the code keeps this table short and still right for codes added later.
const EXPLANATIONS: ReadonlyArray<readonly [RegExp, ErrorExplanation]> = [
  [
    /tenant.*(unknown|not_found|missing)/,
    { title: 'Unknown tenant', next: 'Run `tenants` to see the tenant keys you can use.' },
  ],
  [
    /template.*(unknown|not_found)|unknown_command|usage|argument|parse/,
    { title: 'That command was not understood', next: 'Run `help` for the commands and their arguments.' },
  ],
  [
    /auth|credential|token|secret|login/,
    {
      title: 'huntops could not sign in to the tenant',
      next: 'Ask your huntops admin to check the app registration and its secret or certificate for this tenant.',
    },
  ],
  [
    /forbidden|permission|denied|unauthori[sz]ed|403/,
    {
      title: 'huntops is not allowed to do that in this tenant',
      next: 'Ask your huntops admin to grant the missing API permission or role.',
    },
  ],
  [
    /throttl|rate|429|quota|busy/,
    {
      title: 'The service is busy or the tenant’s query budget is used up',
      next: 'Wait a few minutes and run the command again.',
    },
  ],
  [
    /timeout|timed_out|deadline/,
    { title: 'The query took too long', next: 'Try a shorter time window, e.g. `window=1d`.' },
  ],
  [
    /kql|query|syntax|semantic/,
    {
      title: 'The hunt query failed',
      next: 'Check the template and its parameters; the detail below names the problem.',
    },
  ],
  [
    /intel|otx/,
    {
      title: 'Threat intel could not be reached',
      next: 'Results are still valid; scores will be missing until intel is back.',
    },
  ],
  [
    /approver|four_eyes|self_approv|not_allowed_to_approve/,
    {
      title: 'You cannot decide this proposal',
      next: 'A second analyst from the approvers list must approve or deny it.',
    },
  ],
  [
    /proposal.*(expired|not_found|closed|decided)/,
    { title: 'This proposal is no longer open', next: 'Run `blocks` to see current proposals and blocks.' },
  ],
  [
    /block|indicator|named_location/,
    { title: 'The block could not be applied', next: 'Press Retry, or run `blocks` to check its state.' },
  ],
  [
    /config/,
    { title: 'huntops is not configured correctly', next: 'Ask your huntops admin to run `huntops config check`.' },
  ],
];

const FALLBACK: ErrorExplanation = {
  title: 'Something went wrong',
  next: 'Try again; if it keeps failing, give the run id to your huntops admin.',
};

export function explainError(code: string): ErrorExplanation {
  const key = code.toLowerCase();
  return EXPLANATIONS.find(([pattern]) => pattern.test(key))?.[1] ?? FALLBACK;
}

export function errorFooter(model: ErrorCardModel): string {
  return [`Error ${model.code}`, model.tenant && tenantLine(model.tenant), model.runId && `run ${model.runId}`]
    .filter(Boolean)
    .join(' · ');
}
