import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { type Caller, type DecisionVerb, mayApprove } from '../access/index.ts';
import { findTenant, type HuntopsConfig, type TenantConfig } from '../config/index.ts';
import type { Store } from '../store/index.ts';
import type { BlockingContext } from './blocking-context.ts';
import { decide } from './decide.ts';
import { executeBlock } from './executor.ts';
import { compileGuardrails, normalizeIndicator } from './guardrails.ts';
import type { ActiveBlock, DecisionOutcome, ProposalSnapshot } from './outcomes.ts';
import { BOT_REQUESTER, type Proposal } from './proposal.ts';
import { ProposalRepository } from './proposal-repository.ts';
import type { BlockProvider } from './providers/block-provider.ts';
import type { State } from './states.ts';
import { STATES } from './states.ts';
import { toView } from './to-view.ts';

export type ProviderFactory = (tenantKey: string, tenant: TenantConfig) => BlockProvider;

export interface BlockingServiceOptions {
  readonly config: HuntopsConfig;
  readonly store: Store;
  /** One factory per provider name the config may use; `dry-run` is built in. */
  readonly providers: Readonly<Record<string, ProviderFactory>>;
  readonly logger: Logger;
  readonly clock?: () => number;
  /** How long a `blocking` row may sit before another worker assumes its owner died (default 2 minutes). */
  readonly leaseMs?: number;
  /** Told about every state change a proposal makes, creation included (for metrics); must not throw. */
  readonly onTransition?: TransitionObserver;
}

/** `from` is `new` when the proposal was just created. */
export type TransitionObserver = (event: { tenant: string; from: State | 'new'; to: State }) => void;

/** A scored IP from a hunt's findings: what a proposal's evidence records of it. */
export interface ScoredFinding {
  readonly ip: string;
  readonly score: number | null;
  readonly band: string;
  readonly reasons: readonly string[];
}

export interface BlockingService {
  /** Opens proposals for the findings whose score reaches the tenant's threshold; whoever ran the hunt is the requester. */
  proposeFromFindings(input: {
    readonly tenant: string;
    readonly runId: string;
    readonly template: string;
    readonly scores: readonly ScoredFinding[];
    readonly caller: Caller;
    readonly correlationId: string;
  }): Promise<readonly ProposalSnapshot[]>;
  /** `/hunt block`: the caller is the requester, so four-eyes keeps them from approving it. */
  request(input: {
    readonly tenant: string;
    readonly ip: string;
    readonly reason?: string;
    readonly caller: Caller;
    readonly correlationId: string;
  }): Promise<DecisionOutcome>;
  /** One approver's decision on one proposal (approver list, state machine, four-eyes), then the provider. */
  decide(input: {
    readonly tenant: string;
    readonly proposalId: string;
    readonly verb: DecisionVerb;
    readonly reason?: string;
    readonly caller: Caller;
    readonly correlationId: string;
  }): Promise<DecisionOutcome>;
  /** `/hunt unblock`: lifts the tenant's block of `ip`, if there is one and the caller is an approver. */
  unblock(input: {
    readonly tenant: string;
    readonly ip: string;
    readonly caller: Caller;
    readonly correlationId: string;
  }): Promise<DecisionOutcome>;
  proposalsForRun(runId: string): Promise<readonly ProposalSnapshot[]>;
  activeBlocks(tenant: string): Promise<readonly ActiveBlock[]>;
  /** The outbox: completes approved blocks and those whose worker died mid-call. Run at start and periodically. */
  resumePending(): Promise<number>;
  /** Expires undecided proposals and marks lapsed blocks. Returns what changed. */
  sweepExpired(): Promise<Proposal[]>;
  proposals(filter: { tenant?: string; states?: readonly Proposal['state'][] }): Promise<Proposal[]>;
  targetOf(tenant: string): string;
}

/** Builds the service; guardrails and providers are compiled here, so a bad config entry stops start-up. */
export function createBlockingService(options: BlockingServiceOptions): BlockingService {
  const clock = options.clock ?? Date.now;
  const now = () => new Date(clock()).toISOString();
  const repository = observed(new ProposalRepository(options.store.db), options.onTransition);
  const { audit } = options.store;
  const tenants = options.config.tenants;
  // Off only where the config turns it off: a tenant key that is not configured gets the strict rule.
  const fourEyes = (tenant: string) => findTenant(options.config, tenant)?.blocking.fourEyes ?? true;
  const view = (proposal: Proposal) => toView(proposal, fourEyes(proposal.tenant));
  const guardrails = new Map(
    Object.entries(tenants).map(([key, tenant]) => [key, compileGuardrails(key, tenant.blocking)]),
  );
  const providers = new Map(
    Object.entries(tenants).map(([key, tenant]) => {
      const factory = options.providers[tenant.blocking.provider];
      if (!factory)
        throw new Error(`tenants.${key}.blocking.provider: no provider named ${tenant.blocking.provider} is available`);
      return [key, factory(key, tenant)];
    }),
  );
  const executor = {
    repository,
    audit,
    providerFor: (tenant: string) => providers.get(tenant)!,
    expiryDaysFor: (tenant: string) => findTenant(options.config, tenant)!.blocking.expiryDays,
    clock,
    logger: options.logger,
  };
  const context: BlockingContext = {
    repository,
    audit,
    executor,
    isApprover: (tenant, caller) => mayApprove(options.config, caller, tenant),
    fourEyes,
    view,
    now,
    async expireIfDue(proposal) {
      if (proposal.state !== 'proposed' || proposal.decideBy > now()) return proposal;
      const expired = await repository.transition(proposal, 'expired', BOT_REQUESTER, now());
      if (expired)
        await audit.append({
          correlationId: proposal.id,
          action: 'block.expired',
          outcome: 'ok',
          actor: BOT_REQUESTER,
          surface: 'huntops',
          tenant: proposal.tenant,
          details: { proposalId: proposal.id, indicator: proposal.indicator },
        });
      return expired ?? (await repository.get(proposal.id)) ?? proposal;
    },
  };

  const open = async (input: {
    tenant: string;
    indicator: string;
    requester: string;
    caller: Caller;
    runId?: string;
    evidence: Proposal['evidence'];
    correlationId: string;
  }) => {
    const tenant = findTenant(options.config, input.tenant);
    if (!tenant) return { refused: `unknown tenant '${input.tenant}'` };
    const indicator = normalizeIndicator(input.indicator);
    const verdict = guardrails.get(input.tenant)!(input.indicator);
    if (!indicator || !verdict.allowed)
      return { refused: verdict.allowed ? `'${input.indicator}' is not an IP address or CIDR range` : verdict.reason };
    const at = now();
    const result = await repository.insertOrGetLive(
      {
        id: randomUUID(),
        tenant: input.tenant,
        indicator,
        requestedBy: input.requester,
        surface: input.caller.surface,
        channel: input.caller.channelId,
        runId: input.runId,
        evidence: input.evidence,
        requiredApprovals: verdict.wide ? 2 : 1,
        provider: tenant.blocking.provider,
        createdAt: at,
        decideBy: new Date(clock() + tenant.blocking.proposalTtlHours * 3_600_000).toISOString(),
      },
      at,
    );
    if (result.created) {
      await audit.append({
        correlationId: input.correlationId,
        action: 'block.proposed',
        outcome: 'ok',
        actor: input.requester,
        surface: input.caller.surface,
        channel: input.caller.channelId,
        tenant: input.tenant,
        details: { proposalId: result.proposal.id, indicator, evidence: input.evidence },
      });
    }
    return result;
  };

  /** Removes a lapsed block from a target that does not expire it on its own; false when that failed. */
  const removeLapsedBlock = async (proposal: Proposal): Promise<boolean> => {
    const provider = providers.get(proposal.tenant);
    if (!provider?.removeAtExpiry) return true;
    const audited = (outcome: string, details: Record<string, unknown>) =>
      audit.append({
        correlationId: proposal.id,
        action: 'provider.unblock',
        outcome,
        actor: BOT_REQUESTER,
        surface: 'huntops',
        tenant: proposal.tenant,
        details: {
          proposalId: proposal.id,
          indicator: proposal.indicator,
          provider: provider.name,
          reason: 'expired',
          ...details,
        },
      });
    try {
      await provider.unblock({ tenant: proposal.tenant, indicator: proposal.indicator, ref: proposal.providerRef });
      await audited('ok', {});
      return true;
    } catch (error) {
      options.logger.warn({ err: error, proposalId: proposal.id }, 'removing an expired block failed');
      await audited('failed', { error: (error as Error).message ?? String(error) });
      return false;
    }
  };

  const service: BlockingService = {
    async proposeFromFindings(input) {
      const threshold =
        findTenant(options.config, input.tenant)?.blocking.proposalThreshold ?? Number.POSITIVE_INFINITY;
      const views = [];
      for (const score of input.scores) {
        if (score.score === null || score.score < threshold) continue;
        const result = await open({
          tenant: input.tenant,
          indicator: score.ip,
          // Whoever ran the hunt set these blocks in motion: four-eyes keeps them from approving alone.
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
        if ('proposal' in result) views.push(view(result.proposal));
      }
      return views;
    },
    async request(input): Promise<DecisionOutcome> {
      const result = await open({
        tenant: input.tenant,
        indicator: input.ip,
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
          proposal: view(proposal),
          runId: proposal.runId,
        };
      }
      return { ok: true, proposal: view(result.proposal), runId: result.proposal.runId };
    },
    decide: (input) => decide(context, input),
    async unblock(input) {
      const indicator = normalizeIndicator(input.ip) ?? input.ip;
      const live = await repository.live(input.tenant, indicator);
      if (live?.state !== 'blocked') {
        if (!context.isApprover(input.tenant, input.caller))
          return { ok: false, reason: `you are not an approver for ${input.tenant}` };
        return {
          ok: false,
          reason: `${indicator} is not blocked on ${input.tenant}${live ? ` (it is ${live.state})` : ''}`,
        };
      }
      return decide(context, {
        tenant: input.tenant,
        proposalId: live.id,
        verb: 'unblock',
        caller: input.caller,
        correlationId: input.correlationId,
      });
    },
    async proposalsForRun(runId) {
      return (await repository.forRun(runId)).map(view);
    },
    async activeBlocks(tenant): Promise<ActiveBlock[]> {
      return (await repository.inStates(['blocked'], tenant)).map((proposal) => ({
        indicator: proposal.indicator,
        provider: proposal.provider,
        blockedAt: proposal.updatedAt,
        expiresAt: proposal.blockExpiresAt,
        requestedBy: proposal.requestedBy,
        approvedBy: proposal.decidedBy ?? proposal.updatedBy,
        proposalId: proposal.id,
      }));
    },
    async resumePending() {
      const staleBefore = new Date(clock() - (options.leaseMs ?? 120_000)).toISOString();
      const pending = (await repository.inStates(['approved', 'blocking'])).filter(
        (p) => p.state === 'approved' || p.updatedAt <= staleBefore,
      );
      for (const proposal of pending) {
        // A stale `blocking` row is re-claimed under the version check, so only one replica resumes it.
        const claimed =
          proposal.state === 'blocking'
            ? await repository.amend(proposal, BOT_REQUESTER, now(), { attempts: proposal.attempts + 1 })
            : proposal;
        if (claimed) await executeBlock(executor, claimed, BOT_REQUESTER, `outbox-${proposal.id}`);
      }
      return pending.length;
    },
    async sweepExpired() {
      const changed: Proposal[] = [];
      for (const proposal of await repository.inStates(['proposed'])) {
        const after = await context.expireIfDue(proposal);
        if (after.state === 'expired' && proposal.state !== 'expired') changed.push(after);
      }
      for (const proposal of await repository.inStates(['blocked'])) {
        if (!proposal.blockExpiresAt || proposal.blockExpiresAt > now()) continue;
        if (!(await removeLapsedBlock(proposal))) continue; // still in place: the next sweep tries again
        const lapsed = await repository.transition(proposal, 'lapsed', BOT_REQUESTER, now());
        if (!lapsed) continue;
        changed.push(lapsed);
        await audit.append({
          correlationId: proposal.id,
          action: 'block.lapsed',
          outcome: 'ok',
          actor: BOT_REQUESTER,
          surface: 'huntops',
          tenant: proposal.tenant,
          details: { proposalId: proposal.id, indicator: proposal.indicator, expiredAt: proposal.blockExpiresAt },
        });
      }
      return changed;
    },
    async proposals(filter) {
      return repository.inStates(filter.states ?? STATES, filter.tenant);
    },
    targetOf: (tenant) => providers.get(tenant)?.target ?? 'unknown',
  };
  return service;
}

/** Reports the repository's successful transitions; the repository stays the one place state changes. */
function observed(repository: ProposalRepository, onTransition?: TransitionObserver): ProposalRepository {
  if (!onTransition) return repository;
  const insertOrGetLive = repository.insertOrGetLive.bind(repository);
  const transition = repository.transition.bind(repository);
  return Object.assign(repository, {
    async insertOrGetLive(...args: Parameters<ProposalRepository['insertOrGetLive']>) {
      const result = await insertOrGetLive(...args);
      if (result.created) onTransition({ tenant: result.proposal.tenant, from: 'new', to: result.proposal.state });
      return result;
    },
    async transition(...args: Parameters<ProposalRepository['transition']>) {
      const moved = await transition(...args);
      if (moved) onTransition({ tenant: moved.tenant, from: args[0].state, to: moved.state });
      return moved;
    },
  });
}
