import { randomUUID } from 'node:crypto';
import type { RateLimits } from '../../access/index.ts';
import type { SweepCardModel, SweepTenantLine } from '../../cards/index.ts';
import { runSweep, type SweepLine } from '../../digest/index.ts';
import { auditFor } from './audit-event.ts';
import type { BotDeps } from './bot-deps.ts';
import type { HuntCommand } from './handle-hunt.ts';
import type { InboundCommand, MessageRef, Responder } from './inbound.ts';
import type { HuntRun } from './ports.ts';
import { tenantRef } from './tenant-ref.ts';
import { tenantsWithBudget } from './tenants-with-budget.ts';

/** How many tenants one sweep hunts at once; the backends' own per-tenant and per-API limits still apply. */
export const SWEEP_CONCURRENCY = 8;
/** Progress edits are spaced so a 50-tenant sweep does not trip chat rate limits (Slack: about one update per second). */
const PROGRESS_INTERVAL_MS = 1000;

/**
 * `/hunt <template> all`: every tenant the caller may hunt from here, progress edited into one message, ranked at
 * the end. Each tenant spends one hunt of its budget; a tenant with none left sits the sweep out, and the caller is told.
 */
export async function handleSweep(
  deps: BotDeps,
  inbound: InboundCommand,
  command: HuntCommand,
  responder: Responder,
  limits: RateLimits,
): Promise<void> {
  const audit = auditFor(deps.audit, inbound);
  const tenants = await tenantsWithBudget(deps, inbound, limits, responder, `sweep ${command.template}`);
  if (tenants.length === 0) return;
  const summary = deps.hunts.templates().find((template) => template.command === command.template);
  await responder.acknowledge(
    `Hunting ${command.template} on ${tenants.length} tenants (last ${command.window ?? summary?.defaultWindow ?? '24h'})…`,
  );
  const runId = randomUUID();
  const template = { command: command.template, name: summary?.name ?? command.template };
  const card = (lines: readonly SweepLine<HuntRun>[]): SweepCardModel => ({
    kind: 'sweep',
    template,
    runId,
    tenants: lines.map((line) => toLine(deps, line)),
  });
  const ref: MessageRef = await responder.post(card(tenants.map((tenant) => ({ tenant, state: 'queued' }))));

  let lastEdit = 0;
  let pending: Promise<void> = Promise.resolve();
  const lines = await runSweep({
    tenants,
    concurrency: SWEEP_CONCURRENCY,
    run: (tenant) => deps.hunts.run({ ...command, tenant, correlationId: inbound.correlationId }),
    onProgress: (snapshot) => {
      const now = Date.now();
      if (now - lastEdit < PROGRESS_INTERVAL_MS) return;
      lastEdit = now;
      // Edits are chained so they land in order; a failed edit does not stop the sweep.
      pending = pending.then(() => responder.update(ref, card(snapshot)).catch(() => {}));
    },
  });
  await pending;
  const ranked = [...lines].sort((a, b) => findingsOf(b) - findingsOf(a));
  await responder.update(ref, card(ranked));
  await audit('hunt.sweep', 'ok', undefined, {
    template: command.template,
    runId,
    tenants: lines.map((line) => ({
      tenant: line.tenant,
      state: line.state,
      findings: findingsOf(line),
      query: line.result?.query,
    })),
  });
}

function findingsOf(line: SweepLine<HuntRun>): number {
  return line.result?.report.findings.length ?? -1;
}

function toLine(deps: BotDeps, line: SweepLine<HuntRun>): SweepTenantLine {
  return {
    tenant: tenantRef(deps.config, line.tenant),
    state: line.state,
    findings: line.result?.report.findings.length,
    error: line.error === undefined ? undefined : line.error instanceof Error ? line.error.message : String(line.error),
    durationMs: line.durationMs,
  };
}
