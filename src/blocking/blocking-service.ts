import type { Logger } from 'pino';
import { mayApprove } from '../access/index.ts';
import { findTenant, type HuntopsConfig, type TenantConfig } from '../config/index.ts';
import type { BlockableIocType } from '../intel/index.ts';
import type { Store } from '../store/index.ts';
import type { BlockingContext } from './blocking-context.ts';
import { type DecisionInput, decide, type UnblockInput, unblockIndicator } from './decide.ts';
import { compileGuardrails } from './guardrails.ts';
import type { ActiveBlock, DecisionOutcome, ProposalSnapshot } from './outcomes.ts';
import { BOT_REQUESTER, type Proposal } from './proposal.ts';
import { ProposalRepository, type TransitionObserver } from './proposal-repository.ts';
import { type ProposeFromFindingsInput, proposeFromFindings, type RequestBlockInput, requestBlock } from './propose.ts';
import type { BlockProvider } from './providers/block-provider.ts';
import { resumePending } from './resume.ts';
import { STATES } from './states.ts';
import { sweepExpired } from './sweep.ts';
import { toView } from './to-view.ts';

export type { TransitionObserver } from './proposal-repository.ts';
export type { ScoredFinding } from './propose.ts';

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

export interface BlockingService {
  /** Opens proposals for the findings whose score reaches the tenant's threshold; whoever ran the hunt is the requester. */
  proposeFromFindings(input: ProposeFromFindingsInput): Promise<readonly ProposalSnapshot[]>;
  /** `/hunt block`: the caller is the requester, so four-eyes keeps them from approving it. */
  request(input: RequestBlockInput): Promise<DecisionOutcome>;
  /** One approver's decision on one proposal (approver list, state machine, four-eyes), then the provider. */
  decide(input: DecisionInput): Promise<DecisionOutcome>;
  /** `/hunt unblock`: lifts the tenant's block of the indicator, if there is one and the caller is an approver. */
  unblock(input: UnblockInput): Promise<DecisionOutcome>;
  proposalsForRun(runId: string): Promise<readonly ProposalSnapshot[]>;
  /** The blocks in place on `tenant`, of one indicator type when `type` is given. */
  activeBlocks(tenant: string, type?: BlockableIocType): Promise<readonly ActiveBlock[]>;
  /** The outbox: completes approved blocks and those whose worker died mid-call. Run at start and periodically. */
  resumePending(): Promise<number>;
  /** Expires undecided proposals and marks lapsed blocks. Returns what changed. */
  sweepExpired(): Promise<Proposal[]>;
  proposals(filter: { tenant?: string; states?: readonly Proposal['state'][] }): Promise<Proposal[]>;
  targetOf(tenant: string): string;
}

/**
 * Builds the service; guardrails and providers are compiled here, so a bad config entry stops start-up. Each job
 * lives in its own file and works on the shared `BlockingContext`: proposing (propose.ts), deciding (decide.ts),
 * the outbox (resume.ts) and the expiry sweep (sweep.ts).
 */
export function createBlockingService(options: BlockingServiceOptions): BlockingService {
  const { config } = options;
  const clock = options.clock ?? Date.now;
  const now = () => new Date(clock()).toISOString();
  const repository = new ProposalRepository(options.store.db, options.onTransition);
  const { audit } = options.store;
  const tenants = config.tenants;
  // Off only where the config turns it off: a tenant key that is not configured gets the strict rule.
  const fourEyes = (tenant: string) => findTenant(config, tenant)?.blocking.fourEyes ?? true;
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
  const context: BlockingContext = {
    config,
    repository,
    audit,
    executor: {
      repository,
      audit,
      providerFor: (tenant: string) => providers.get(tenant)!,
      expiryDaysFor: (tenant: string) => findTenant(config, tenant)!.blocking.expiryDays,
      clock,
      logger: options.logger,
    },
    isApprover: (tenant, caller) => mayApprove(config, caller, tenant),
    fourEyes,
    guardrail: (tenant) => guardrails.get(tenant)!,
    providerOf: (tenant) => providers.get(tenant),
    view: (proposal) => toView(proposal, fourEyes(proposal.tenant)),
    clock,
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
          details: { proposalId: proposal.id, indicator: proposal.indicator, iocType: proposal.iocType },
        });
      return expired ?? (await repository.get(proposal.id)) ?? proposal;
    },
  };

  return {
    proposeFromFindings: (input) => proposeFromFindings(context, input),
    request: (input) => requestBlock(context, input),
    decide: (input) => decide(context, input),
    unblock: (input) => unblockIndicator(context, input),
    async proposalsForRun(runId) {
      return (await repository.forRun(runId)).map(context.view);
    },
    async activeBlocks(tenant, type): Promise<ActiveBlock[]> {
      const blocked = await repository.inStates(['blocked'], tenant);
      return blocked
        .filter((proposal) => type === undefined || proposal.iocType === type)
        .map((proposal) => ({
          indicator: proposal.indicator,
          iocType: proposal.iocType,
          provider: proposal.provider,
          blockedAt: proposal.updatedAt,
          expiresAt: proposal.blockExpiresAt,
          requestedBy: proposal.requestedBy,
          approvedBy: proposal.decidedBy ?? proposal.updatedBy,
          proposalId: proposal.id,
        }));
    },
    resumePending: () => resumePending(context, options.leaseMs ?? 120_000),
    sweepExpired: () => sweepExpired(context),
    async proposals(filter) {
      return repository.inStates(filter.states ?? STATES, filter.tenant);
    },
    targetOf: (tenant) => providers.get(tenant)?.target ?? 'unknown',
  };
}
