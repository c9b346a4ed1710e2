import type { AuditAction, AuditLog, AuditOutcome } from '../store/index.ts';
import type { Proposal } from './proposal.ts';
import type { BlockProvider } from './providers/block-provider.ts';

/** Who takes a provider step on a proposal, and what every audit line of that step carries besides its own details. */
export interface ProviderStep {
  readonly audit: AuditLog;
  readonly proposal: Proposal;
  readonly provider: BlockProvider;
  readonly actor: string;
  readonly correlationId: string;
  /** Details every line of this step carries, e.g. why the step was taken. */
  readonly context?: Record<string, unknown>;
}

/** Audits one provider step of a proposal, with who, which tenant and which provider. */
export function providerAudit(step: ProviderStep) {
  const { proposal } = step;
  return (action: AuditAction, outcome: AuditOutcome, details: Record<string, unknown>) =>
    step.audit.append({
      correlationId: step.correlationId,
      action,
      outcome,
      actor: step.actor,
      surface: 'huntops',
      tenant: proposal.tenant,
      details: {
        proposalId: proposal.id,
        indicator: proposal.indicator,
        iocType: proposal.iocType,
        provider: step.provider.name,
        ...step.context,
        ...details,
      },
    });
}

/** Asks the provider to remove a proposal's block; it throws what the provider threw. */
export function removeBlock(provider: BlockProvider, proposal: Proposal): Promise<void> {
  return provider.unblock({
    tenant: proposal.tenant,
    indicator: proposal.indicator,
    iocType: proposal.iocType,
    ref: proposal.providerRef,
  });
}
