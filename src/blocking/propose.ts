import { randomUUID } from 'node:crypto';
import type { Caller } from '../access/index.ts';
import { type BlockingConfig, findTenant } from '../config/index.ts';
import { type IocType, isFileHash, recognizeIoc } from '../intel/index.ts';
import type { BlockingContext } from './blocking-context.ts';
import type { DecisionOutcome, ProposalSnapshot } from './outcomes.ts';
import type { Evidence, Proposal } from './proposal.ts';

/** A scored indicator (of any type) from a hunt's findings: what a proposal's evidence records. */
export interface ScoredFinding {
  readonly indicator: string;
  readonly score: number | null;
  readonly band: string;
  readonly reasons: readonly string[];
}

/** A hunt's scored findings, some of which may be worth blocking. */
export interface ProposeFromFindingsInput {
  readonly tenant: string;
  readonly runId: string;
  readonly template: string;
  readonly scores: readonly ScoredFinding[];
  readonly caller: Caller;
  readonly correlationId: string;
}

/** `/hunt block <tenant> <ioc> [reason]`; `indicator` is as typed, of any type. */
export interface RequestBlockInput {
  readonly tenant: string;
  readonly indicator: string;
  readonly reason?: string;
  readonly caller: Caller;
  readonly correlationId: string;
}

/** The least score a finding of `type` needs: the tenant's `minScore` for it, else its `proposalThreshold`. */
function thresholdFor(blocking: BlockingConfig | undefined, type: IocType | undefined): number {
  if (!blocking || !type) return Number.POSITIVE_INFINITY;
  const perType = blocking.minScore[isFileHash(type) ? 'file' : (type as 'ip' | 'domain' | 'url')];
  return perType ?? blocking.proposalThreshold;
}

/**
 * Opens proposals for the findings whose score reaches the tenant's threshold for their type. Whoever ran the hunt
 * set these blocks in motion, so they are the requester: four-eyes keeps them from approving alone.
 */
export async function proposeFromFindings(
  context: BlockingContext,
  input: ProposeFromFindingsInput,
): Promise<ProposalSnapshot[]> {
  const blocking = findTenant(context.config, input.tenant)?.blocking;
  const views = [];
  for (const score of input.scores) {
    if (score.score === null || score.score < thresholdFor(blocking, recognizeIoc(score.indicator)?.type)) continue;
    const result = await openProposal(context, {
      tenant: input.tenant,
      indicator: score.indicator,
      requester: input.caller.userId,
      caller: input.caller,
      runId: input.runId,
      evidence: {
        template: input.template,
        runId: input.runId,
        score: score.score,
        band: score.band,
        reasons: score.reasons,
      },
      correlationId: input.correlationId,
    });
    if ('proposal' in result) views.push(context.view(result.proposal));
  }
  return views;
}

/** `/hunt block`: the caller is the requester, so four-eyes keeps them from approving it. */
export async function requestBlock(context: BlockingContext, input: RequestBlockInput): Promise<DecisionOutcome> {
  const result = await openProposal(context, {
    tenant: input.tenant,
    indicator: input.indicator,
    requester: input.caller.userId,
    caller: input.caller,
    evidence: { note: input.reason },
    correlationId: input.correlationId,
  });
  if ('refused' in result) return { ok: false, reason: result.refused };
  if (!result.created) {
    const { proposal } = result;
    return {
      ok: false,
      reason: `${proposal.indicator} is already ${proposal.state} on ${proposal.tenant} (set by ${proposal.updatedBy} at ${proposal.updatedAt})`,
      proposal: context.view(proposal),
      runId: proposal.runId,
    };
  }
  return { ok: true, proposal: context.view(result.proposal), runId: result.proposal.runId };
}

/**
 * Opens a proposal unless the tenant is unknown or its guardrails refuse the indicator; a live proposal for the
 * same indicator is returned instead of a second one. Audited as `block.proposed` when created.
 */
async function openProposal(
  context: BlockingContext,
  input: {
    tenant: string;
    indicator: string;
    requester: string;
    caller: Caller;
    runId?: string;
    evidence: Evidence;
    correlationId: string;
  },
): Promise<{ refused: string } | { proposal: Proposal; created: boolean }> {
  const tenant = findTenant(context.config, input.tenant);
  if (!tenant) return { refused: `unknown tenant '${input.tenant}'` };
  const verdict = context.guardrail(input.tenant)(input.indicator);
  if (!verdict.allowed) return { refused: verdict.reason };
  const { type: iocType, value: indicator } = verdict.ioc;
  const provider = context.providerOf(input.tenant);
  if (provider && !provider.types.includes(iocType))
    return {
      refused: `${input.tenant} blocks through ${provider.target}, which takes ${provider.types.join(', ')} indicators only, not a ${iocType}; set tenants.${input.tenant}.blocking.provider to defender-indicator to block it`,
    };
  const at = context.now();
  const result = await context.repository.insertOrGetLive(
    {
      id: randomUUID(),
      tenant: input.tenant,
      indicator,
      iocType,
      requestedBy: input.requester,
      surface: input.caller.surface,
      channel: input.caller.channelId,
      runId: input.runId,
      evidence: input.evidence,
      requiredApprovals: verdict.wide ? 2 : 1,
      provider: tenant.blocking.provider,
      createdAt: at,
      decideBy: new Date(context.clock() + tenant.blocking.proposalTtlHours * 3_600_000).toISOString(),
    },
    at,
  );
  if (result.created) {
    await context.audit.append({
      correlationId: input.correlationId,
      action: 'block.proposed',
      outcome: 'ok',
      actor: input.requester,
      surface: input.caller.surface,
      channel: input.caller.channelId,
      tenant: input.tenant,
      details: { proposalId: result.proposal.id, indicator, iocType, evidence: input.evidence },
    });
  }
  return result;
}
