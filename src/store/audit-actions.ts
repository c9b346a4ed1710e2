/**
 * Every action huntops writes to the audit trail, with what it records. One table, so an auditor can filter by
 * a name that exists (`huntops audit --action`) and a misspelt action fails the type check instead of going
 * unnoticed in the trail.
 */
export const AUDIT_ACTIONS = {
  'hunt.run': 'a hunt ran on one tenant (ok or failed), with the rendered KQL it sent',
  'hunt.sweep': 'a hunt fanned out over every tenant the caller may use',
  'hunt.pivot': 'an ip/user/host pivot ran its entity queries (on one tenant or all), with the KQL each sent',
  'command.rejected': 'a chat command that could not be parsed',
  'action.rejected': 'a button press whose payload could not be read',
  'access.refused': 'a command refused by the authorization rule (channel binding, role or Entra tenant)',
  'request.refused': 'an inbound request refused before it became a command (wrong workspace, app or tenant)',
  'rate.limited': 'a command refused because the caller or tenant is over its rate limit',
  'card.refresh': 'a Teams card refresh answered with a refusal',
  'block.proposed': 'a block proposal created (by a hunt or by /hunt block)',
  'block.refused': '/hunt block refused (guardrail, unknown IOC, already blocked …)',
  'unblock.refused': '/hunt unblock refused',
  'block.approve': 'an approval refused (four-eyes, role, or the proposal is no longer open)',
  'block.approval': 'an approval counted, more are still needed',
  'block.approved': 'the last approval given: the block goes to the provider',
  'block.deny': 'a denial refused',
  'block.denied': 'a proposal denied',
  'block.retry': 'a failed block retried (or the retry refused)',
  'block.unblock': 'an active block removed (or the removal refused)',
  'block.expired': 'a proposal nobody decided in time',
  'block.lapsed': 'an active block past its expiry',
  'provider.block.call': 'huntops asked the block provider to block',
  'provider.block.result': 'what the block provider answered',
  'provider.unblock': 'what the block provider answered to an unblock',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** How an audited step ended; `started` marks a provider call whose result follows as its own event. */
export type AuditOutcome = 'ok' | 'failed' | 'refused' | 'started';
