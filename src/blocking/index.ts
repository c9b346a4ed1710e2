// Public surface of blocking: proposals, the four-eyes state machine, guardrails and block providers.
export {
  type BlockingService,
  type BlockingServiceOptions,
  createBlockingService,
  type ProviderFactory,
  type ScoredFinding,
  type TransitionObserver,
} from './blocking-service.ts';
export type { DecisionInput, UnblockInput } from './decide.ts';
export { compileGuardrails, GuardrailConfigError } from './guardrails.ts';
export type { ActiveBlock, DecisionOutcome, ProposalSnapshot } from './outcomes.ts';
export { BOT_REQUESTER, type Evidence, type Proposal } from './proposal.ts';
export type { RequestBlockInput } from './propose.ts';
export type { BlockProvider, BlockRequest, BlockResult } from './providers/block-provider.ts';
export { createDefenderIndicatorProvider } from './providers/defender-indicator-provider.ts';
export { createDryRunProvider } from './providers/dry-run-provider.ts';
export { createEntraNamedLocationProvider } from './providers/entra-named-location-provider.ts';
export {
  BLOCK_PROVIDER_ERROR_CODES,
  BlockProviderError,
  type BlockProviderErrorCode,
} from './providers/provider-error.ts';
export type { ProviderRetryPolicy } from './providers/provider-retry.ts';
export type { ProviderCallEvent, ProviderDeps } from './providers/provider-setup.ts';
export { canMove, LIVE_STATES, STATES, type State, TRANSITIONS } from './states.ts';
