import type { Caller } from '../access/index.ts';
import type { AuditLog } from '../store/index.ts';
import type { ExecutorDeps } from './executor.ts';
import type { ProposalSnapshot } from './outcomes.ts';
import type { Proposal } from './proposal.ts';
import type { ProposalRepository } from './proposal-repository.ts';

/** What the decision functions share: the repository, the audit log, the clock and the tenant's rules. */
export interface BlockingContext {
  readonly repository: ProposalRepository;
  readonly audit: AuditLog;
  readonly executor: ExecutorDeps;
  isApprover(tenant: string, caller: Caller): boolean;
  fourEyes(tenant: string): boolean;
  /** What those who show the proposal see of it, with who is still needed under its tenant's rules. */
  view(proposal: Proposal): ProposalSnapshot;
  now(): string;
  /** Moves an undecided proposal past its decide-by time to `expired`, and returns it as it now stands. */
  expireIfDue(proposal: Proposal): Promise<Proposal>;
}
