import type { Logger } from 'pino';
import { IOC_TYPE_LABELS } from '../intel/index.ts';
import type { AuditLog } from '../store/index.ts';
import type { Proposal } from './proposal.ts';
import type { ProposalRepository } from './proposal-repository.ts';
import { providerAudit, removeBlock } from './provider-step.ts';
import type { BlockProvider } from './providers/block-provider.ts';

export interface ExecutorDeps {
  readonly repository: ProposalRepository;
  readonly audit: AuditLog;
  readonly providerFor: (tenant: string) => BlockProvider;
  readonly expiryDaysFor: (tenant: string) => number;
  readonly clock: () => number;
  readonly logger: Logger;
}

const DAY_MS = 86_400_000;

/**
 * Carries an approved proposal through the provider: approved → blocking → blocked | failed.
 * The approval is already committed, so a crash anywhere here leaves a row the outbox resumes.
 */
export async function executeBlock(
  deps: ExecutorDeps,
  proposal: Proposal,
  actor: string,
  correlationId: string,
): Promise<Proposal> {
  const now = () => new Date(deps.clock()).toISOString();
  const claimed =
    proposal.state === 'blocking'
      ? proposal
      : await deps.repository.transition(proposal, 'blocking', actor, now(), { attempts: proposal.attempts + 1 });
  if (!claimed) return (await deps.repository.get(proposal.id)) ?? proposal; // another worker took it
  const provider = deps.providerFor(claimed.tenant);
  const expiresAt = new Date(deps.clock() + deps.expiryDaysFor(claimed.tenant) * DAY_MS).toISOString();
  const audit = providerAudit({ audit: deps.audit, proposal: claimed, provider, actor, correlationId });
  await audit('provider.block.call', 'started', { expiresAt, attempt: claimed.attempts });
  try {
    const result = await provider.block({
      tenant: claimed.tenant,
      indicator: claimed.indicator,
      iocType: claimed.iocType,
      proposalId: claimed.id,
      expiresAt,
      title: `huntops: ${claimed.evidence.template ?? 'manual'} block of ${IOC_TYPE_LABELS[claimed.iocType]} ${claimed.indicator}`,
      description: `Approved by ${claimed.decidedBy ?? 'unknown'} in huntops; hunt ${claimed.evidence.template ?? 'manual request'}, run ${claimed.runId ?? 'n/a'}, proposal ${claimed.id}.`,
    });
    await audit('provider.block.result', 'ok', { ref: result.ref, summary: result.summary });
    return (
      (await deps.repository.transition(claimed, 'blocked', actor, now(), {
        providerRef: result.ref,
        blockExpiresAt: expiresAt,
        outcome: result.summary,
      })) ?? claimed
    );
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    deps.logger.warn({ err: error, proposalId: claimed.id, tenant: claimed.tenant }, 'block provider failed');
    await audit('provider.block.result', 'failed', { error: message });
    return (await deps.repository.transition(claimed, 'failed', actor, now(), { lastError: message })) ?? claimed;
  }
}

/** blocked → unblocking → unblocked; a provider failure puts it back to blocked with the error shown. */
export async function executeUnblock(
  deps: ExecutorDeps,
  proposal: Proposal,
  actor: string,
  correlationId: string,
): Promise<Proposal> {
  const now = () => new Date(deps.clock()).toISOString();
  const claimed = await deps.repository.transition(proposal, 'unblocking', actor, now());
  if (!claimed) return (await deps.repository.get(proposal.id)) ?? proposal;
  const provider = deps.providerFor(claimed.tenant);
  const audit = providerAudit({ audit: deps.audit, proposal: claimed, provider, actor, correlationId });
  try {
    await removeBlock(provider, claimed);
    await audit('provider.unblock', 'ok', {});
    return (
      (await deps.repository.transition(claimed, 'unblocked', actor, now(), { decidedBy: actor, decidedAt: now() })) ??
      claimed
    );
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    await audit('provider.unblock', 'failed', { error: message });
    return (
      (await deps.repository.transition(claimed, 'blocked', actor, now(), {
        lastError: `unblock failed: ${message}`,
      })) ?? claimed
    );
  }
}
