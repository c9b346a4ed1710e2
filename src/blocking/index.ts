// Public surface of blocking: proposals, the four-eyes state machine, guardrails and block providers.
export {
  type BlockingService,
  type BlockingServiceOptions,
  createBlockingService,
  type ProviderFactory,
} from './blocking-service.ts';
export { compileGuardrails, GuardrailConfigError, normalizeIndicator } from './guardrails.ts';
export { BOT_REQUESTER, type Evidence, type Proposal } from './proposal.ts';
export type { BlockProvider, BlockRequest, BlockResult } from './providers/block-provider.ts';
export { createDryRunProvider } from './providers/dry-run-provider.ts';
export { canMove, STATES, type State, TRANSITIONS } from './states.ts';
