import type { Caller } from '../../access/index.ts';
import type {
  ActiveBlock,
  DecisionOutcome as BlockingOutcome,
  DecisionInput,
  RequestBlockInput,
  UnblockInput,
} from '../../blocking/index.ts';
import type { IocScoreSlice, ProposalView, TemplateMeta } from '../../cards/index.ts';
import type { HuntReport, PivotEntity } from '../../hunts/index.ts';

/**
 * The structural slices of the other capabilities that the chat core calls. The composition
 * root adapts the real modules to these; tests may hand in the real modules wired to stand-ins.
 */
export interface TemplateSummary extends TemplateMeta {
  readonly description: string;
  /** The window used when the command names none, e.g. `24h`. */
  readonly defaultWindow: string;
  readonly parameters: readonly { readonly name: string; readonly help: string }[];
  /** Sentinel tactic names, e.g. `CredentialAccess`. */
  readonly tactics: readonly string[];
  /** The tables the hunt reads (its requiredDataConnectors). */
  readonly tables: readonly string[];
}

/** One entity query of a pivot: the template to run, and the parameter that takes the entity's value. */
export interface EntityQuerySummary {
  readonly command: string;
  readonly name: string;
  readonly parameter: string;
  readonly defaultWindow: string;
}

export interface HuntRun {
  readonly report: HuntReport;
  readonly runId: string;
  readonly durationMs: number;
  /** The exact KQL sent to the backend, window and typed parameters filled in: kept as the run's evidence. */
  readonly query: string;
  readonly deepLink?: { readonly label: string; readonly url: string };
}

export interface HuntPort {
  /** The hunts a user may name (entity queries are run by the pivots, not named). */
  templates(): readonly TemplateSummary[];
  /** The entity queries `/hunt <entity>` runs, shipped and the deployment's own. */
  entityQueries(entity: PivotEntity): readonly EntityQuerySummary[];
  /** Runs one template on one tenant. Throws a coded error (bad parameter, backend failure) with a plain message. */
  run(request: {
    readonly template: string;
    readonly tenant: string;
    readonly window?: string;
    readonly params: readonly string[];
    readonly correlationId: string;
    /** Told the rendered query before it is sent, so a failed run can still be audited with it. */
    readonly onRendered?: (query: string) => void;
  }): Promise<HuntRun>;
}

export interface IntelPort {
  /** Never rejects and never outlasts its budget: unscored indicators come back `pending` or `unknown`. */
  score(
    indicators: readonly string[],
  ): Promise<{ readonly scores: readonly IocScoreSlice[]; readonly unavailable: boolean }>;
}

/** Blocking's outcome of a decision, with the proposal as the cards show it. */
export type DecisionOutcome = BlockingOutcome<ProposalView>;

export type { ActiveBlock };

export interface BlockingPort {
  /** Opens proposals for the findings whose score reaches the tenant's threshold; whoever ran the hunt is the requester. */
  proposeFromFindings(input: {
    readonly tenant: string;
    readonly runId: string;
    readonly template: string;
    readonly scores: readonly IocScoreSlice[];
    readonly caller: Caller;
    readonly correlationId: string;
  }): Promise<readonly ProposalView[]>;
  /** `/hunt block`: the caller is the requester, so four-eyes keeps them from approving it. */
  request(input: RequestBlockInput): Promise<DecisionOutcome>;
  decide(input: DecisionInput): Promise<DecisionOutcome>;
  unblock(input: UnblockInput): Promise<DecisionOutcome>;
  proposalsForRun(runId: string): Promise<readonly ProposalView[]>;
  /** The blocks in place on `tenant`, of one indicator type when `type` is given. */
  activeBlocks(tenant: string, type?: ActiveBlock['iocType']): Promise<readonly ActiveBlock[]>;
}
