import { randomUUID } from 'node:crypto';
import { buildPivotCardModel, type PivotBlock, type PivotQueryRun } from '../../cards/index.ts';
import { runSweep } from '../../digest/index.ts';
import type { PivotEntity } from '../../hunts/index.ts';
import { type AuditOrigin, auditFor } from './audit-event.ts';
import type { BotDeps } from './bot-deps.ts';
import { SWEEP_CONCURRENCY } from './handle-sweep.ts';
import type { Responder } from './inbound.ts';
import type { EntityQuerySummary } from './ports.ts';
import { tenantRef } from './tenant-ref.ts';

export interface PivotCommand {
  readonly entity: PivotEntity;
  /** Already checked and normalised by the grammar (or the CLI, through the same parser). */
  readonly value: string;
  /** As typed: a tenant key or `all`. */
  readonly tenant: string;
  readonly window?: string;
}

/** Related IPs scored beside the pivoted one: enough for the card's buttons, few enough for the intel budget. */
const MAX_SCORED_IPS = 20;

interface QueryOutcome extends PivotQueryRun {
  readonly command: string;
  readonly query?: string;
}

/**
 * `/hunt ip|user|host <value> <tenant|all>`: every entity query for the entity on every tenant named (already
 * authorised and within budget), then the IP's score and the blocks on the IPs the card names, as one card. One
 * query failing (a tenant without Defender, a table the workspace lacks) is a line on the card, never the pivot.
 */
export async function handlePivot(
  deps: BotDeps,
  inbound: AuditOrigin,
  command: PivotCommand,
  tenants: readonly string[],
  responder: Responder,
): Promise<void> {
  const queries = deps.hunts.entityQueries(command.entity);
  const window = command.window ?? queries[0]?.defaultWindow ?? '24h';
  const where = tenants.length === 1 ? tenants[0] : `${tenants.length} tenants`;
  await responder.acknowledge(`Pivoting on ${command.entity} ${command.value} in ${where} (last ${window})…`);
  const started = performance.now();
  const lines = await runSweep({
    tenants,
    concurrency: SWEEP_CONCURRENCY,
    run: (tenant) => Promise.all(queries.map((query) => runQuery(deps, inbound, command, tenant, query, window))),
  });
  const runs = lines.flatMap((line) => line.result ?? []);
  const ips = ipsNamed(command, runs);
  const intel = await deps.intel.score(ips);
  const card = buildPivotCardModel({
    entity: command.entity,
    value: command.value,
    scope: command.tenant,
    window: runs.find((run) => run.report)?.report?.window ?? { start: '', end: '' },
    runs,
    scores: intel.scores,
    intelUnavailable: intel.unavailable,
    blocks: await blocksOn(deps, tenants, ips),
    runId: randomUUID(),
    durationMs: performance.now() - started,
  });
  await responder.post(card);
  await auditFor(deps.audit, inbound)(
    'hunt.pivot',
    runs.some((run) => run.report) ? 'ok' : 'failed',
    oneTenant(command),
    {
      entity: command.entity,
      value: command.value,
      runId: card.runId,
      timeline: card.timeline.length,
      queries: runs.map((run) => ({
        tenant: run.tenant.key,
        template: run.command,
        rows: run.report?.findings.length,
        error: run.error,
        query: run.query,
      })),
    },
  );
}

async function runQuery(
  deps: BotDeps,
  inbound: AuditOrigin,
  command: PivotCommand,
  tenant: string,
  query: EntityQuerySummary,
  window: string,
): Promise<QueryOutcome> {
  let rendered: string | undefined;
  const base = { tenant: tenantRef(deps.config, tenant), name: query.name, command: query.command };
  try {
    const run = await deps.hunts.run({
      template: query.command,
      tenant,
      window,
      // The value reaches the query only as this parameter: a typed string literal in place of the let's default.
      params: [`${query.parameter}=${command.value}`],
      correlationId: inbound.correlationId,
      onRendered: (text) => {
        rendered = text;
      },
    });
    return { ...base, report: run.report, deepLink: run.deepLink, query: run.query };
  } catch (error) {
    deps.logger.warn({ err: error, correlationId: inbound.correlationId, tenant }, 'entity query failed');
    return { ...base, error: error instanceof Error ? error.message : String(error), query: rendered };
  }
}

/** The pivoted IP and the IPs its timeline names, the pivoted one first. */
function ipsNamed(command: PivotCommand, runs: readonly PivotQueryRun[]): string[] {
  const named = runs.flatMap((run) => (run.report?.findings ?? []).flatMap((finding) => finding.ip ?? []));
  const ips = new Set([...(command.entity === 'ip' ? [command.value] : []), ...named]);
  return [...ips].slice(0, MAX_SCORED_IPS);
}

async function blocksOn(deps: BotDeps, tenants: readonly string[], ips: readonly string[]): Promise<PivotBlock[]> {
  const wanted = new Set(ips);
  const perTenant = await Promise.all(
    tenants.map(async (tenant) =>
      (await deps.blocking.activeBlocks(tenant))
        .filter((block) => wanted.has(block.indicator))
        .map((block) => ({
          tenant: tenantRef(deps.config, tenant),
          indicator: block.indicator,
          state: 'blocked',
          expiresAt: block.expiresAt,
        })),
    ),
  );
  return perTenant.flat();
}

function oneTenant(command: PivotCommand): string | undefined {
  return command.tenant === 'all' ? undefined : command.tenant;
}
