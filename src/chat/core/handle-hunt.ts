import type { Caller } from '../../access/index.ts';
import { buildHuntCardModel } from '../../cards/index.ts';
import { findingIocs } from '../../hunts/index.ts';
import { type AuditOrigin, auditFor } from './audit-event.ts';
import type { BotDeps } from './bot-deps.ts';
import { errorCard } from './error-card.ts';
import type { Responder } from './inbound.ts';
import { tenantRef } from './tenant-ref.ts';

export interface HuntCommand {
  readonly template: string;
  readonly tenant: string;
  readonly window?: string;
  readonly params: readonly string[];
}

/**
 * One hunt on one tenant the caller may hunt: acknowledge, run, score, propose, post the card, remember it.
 * Chat and `huntops hunt` both come here; blocks are proposed only with a `proposer` (the chat caller, or the
 * CLI with `--propose`), who becomes the requester.
 */
export async function handleHunt(
  deps: BotDeps,
  inbound: AuditOrigin,
  command: HuntCommand,
  responder: Responder,
  proposer?: Caller,
): Promise<void> {
  const audit = auditFor(deps.audit, inbound);
  const summary = deps.hunts.templates().find((template) => template.command === command.template);
  const window = command.window ?? summary?.defaultWindow ?? '24h';
  await responder.acknowledge(`Hunting ${command.template} on ${command.tenant} (last ${window})…`);
  const tenant = tenantRef(deps.config, command.tenant);
  // The KQL as sent, once rendered: audited with the run whether it succeeds or the backend fails it.
  let query: string | undefined;
  try {
    const run = await deps.hunts.run({
      ...command,
      correlationId: inbound.correlationId,
      onRendered: (rendered) => {
        query = rendered;
      },
    });
    const iocs = [...new Set(run.report.findings.flatMap(findingIocs))];
    const intel = await deps.intel.score(iocs);
    const proposals = proposer
      ? await deps.blocking.proposeFromFindings({
          tenant: command.tenant,
          runId: run.runId,
          template: command.template,
          scores: intel.scores,
          caller: proposer,
          correlationId: inbound.correlationId,
        })
      : [];
    const card = buildHuntCardModel({
      report: run.report,
      tenant,
      template: summary ?? { command: command.template, name: command.template, severity: 'Medium', techniques: [] },
      scores: intel.scores,
      proposals,
      deepLink: run.deepLink,
      runId: run.runId,
      durationMs: run.durationMs,
      intelUnavailable: intel.unavailable,
    });
    const messageRef = await responder.post(card);
    const now = new Date((deps.clock ?? Date.now)());
    await deps.runs.save(
      {
        runId: run.runId,
        tenant: command.tenant,
        template: command.template,
        surface: inbound.surface,
        channel: inbound.channelId,
        requestedBy: inbound.userId,
        messageRef,
        card,
        query: run.query,
      },
      now,
    );
    await audit('hunt.run', 'ok', command.tenant, {
      template: command.template,
      runId: run.runId,
      rowCount: run.report.rowCount,
      findings: run.report.findings.length,
      proposals: proposals.map((proposal) => proposal.id),
      query: run.query,
    });
  } catch (error) {
    const card = errorCard(error, tenant);
    deps.logger.warn({ err: error, correlationId: inbound.correlationId, tenant: command.tenant }, 'hunt failed');
    await audit('hunt.run', 'failed', command.tenant, {
      template: command.template,
      code: card.code,
      message: card.message,
      query,
    });
    await responder.post(card);
  }
}
