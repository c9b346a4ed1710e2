import type { Caller } from '../access/index.ts';
import type { HuntopsConfig } from '../config/index.ts';
import type { AuditLog } from '../store/index.ts';
import type { ExecutorDeps } from './executor.ts';
import type { Guardrail } from './guardrails.ts';
import type { ProposalSnapshot } from './outcomes.ts';
import type { Proposal } from './proposal.ts';
import type { ProposalRepository } from './proposal-repository.ts';
import type { BlockProvider } from './providers/block-provider.ts';

/**
 * What the blocking jobs share (proposing, deciding, the outbox, the expiry sweep): the repository, the audit
 * log, the clock and the tenants' rules, compiled once by `createBlockingService`.
 */
export interface BlockingContext {
  readonly config: HuntopsConfig;
  readonly repository: ProposalRepository;
  readonly audit: AuditLog;
  readonly executor: ExecutorDeps;
  isApprover(tenant: string, caller: Caller): boolean;
  fourEyes(tenant: string): boolean;
  /** The tenant's compiled guardrails (configured tenants only). */
  guardrail(tenant: string): Guardrail;
  /** The tenant's block provider; undefined for a tenant no longer configured. */
  providerOf(tenant: string): BlockProvider | undefined;
  /** What those who show the proposal see of it, with who is still needed under its tenant's rules. */
  view(proposal: Proposal): ProposalSnapshot;
  clock(): number;
  now(): string;
  /** Moves an undecided proposal past its decide-by time to `expired`, and returns it as it now stands. */
  expireIfDue(proposal: Proposal): Promise<Proposal>;
}
