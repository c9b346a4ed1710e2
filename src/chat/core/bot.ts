import { huntableTenants, requirementOf } from '../../access/index.ts';
import type { CardModel } from '../../cards/index.ts';
import type { ChatCommand } from '../grammar/commands.ts';
import { parseCommand } from '../grammar/parse-command.ts';
import { auditFor } from './audit-event.ts';
import type { BotDeps } from './bot-deps.ts';
import { callerOf, createGate } from './gate.ts';
import { handleAction } from './handle-action.ts';
import { handleBlockCommand } from './handle-block.ts';
import { handleHunt } from './handle-hunt.ts';
import { handleBlocksList, helpCard, templateListCard, tenantsCard } from './handle-lists.ts';
import { handlePivot } from './handle-pivot.ts';
import { handleSweep } from './handle-sweep.ts';
import type { InboundAction, InboundCommand, Responder } from './inbound.ts';
import { tenantsWithBudget } from './tenants-with-budget.ts';

export interface Bot {
  /** Handles one command end to end. Never rejects: failures become error cards and audit events. */
  handleCommand(inbound: InboundCommand, responder: Responder): Promise<void>;
  /** Handles one button press; resolves to the card as it now stands. */
  handleAction(action: InboundAction, responder: Responder): Promise<CardModel | undefined>;
}

export function createBot(deps: BotDeps): Bot {
  const gate = createGate(deps);
  // Callers are shown the tenants they may hunt from where they are, and no other name.
  const vocabulary = (inbound: InboundCommand) => ({
    templates: deps.hunts.templates().map((template) => template.command),
    tenants: huntableTenants(deps.config, callerOf(inbound)),
  });
  const guarded = async <T>(
    inbound: InboundCommand | InboundAction,
    responder: Responder,
    work: () => Promise<T>,
  ): Promise<T | undefined> => {
    // One child logger per request: every line it writes carries the correlation id the audit trail has too.
    const log = deps.logger.child({
      correlationId: inbound.correlationId,
      surface: inbound.surface,
      channel: inbound.channelId,
      user: inbound.userId,
    });
    const started = Date.now();
    log.info(
      'text' in inbound
        ? { command: inbound.text.slice(0, 200) }
        : { action: inbound.verb, proposalId: inbound.proposalId },
      'request received',
    );
    try {
      const result = await work();
      log.info({ ms: Date.now() - started }, 'request handled');
      return result;
    } catch (error) {
      // A bug or an outage of the store: tell the user plainly, keep the details in the log.
      log.error({ err: error }, 'command failed unexpectedly');
      await responder
        .whisper(
          `Something went wrong on our side (reference ${inbound.correlationId}); the admin can find it in the log.`,
        )
        .catch(() => {});
      return undefined;
    }
  };

  return {
    handleCommand: (inbound, responder) =>
      guarded(inbound, responder, async () => {
        if (!(await gate.admitCaller(inbound, responder))) return;
        const command = parseCommand(inbound.text, vocabulary(inbound));
        if (command.kind === 'problem') {
          await auditFor(deps.audit, inbound)('command.rejected', 'refused', undefined, {
            text: inbound.text.slice(0, 200),
            problem: command.message,
          });
          await responder.whisper(`${command.message}\nUsage:\n${command.usage}`);
          return;
        }
        if (!(await gate.admit(inbound, requirementOf(command), responder, describe(command)))) return;
        switch (command.kind) {
          case 'list':
            await responder.post(templateListCard(deps, command.filter));
            return;
          case 'help':
            await responder.post(helpCard(deps, command.template));
            return;
          case 'tenants':
            await responder.post(tenantsCard(deps, inbound));
            return;
          case 'blocks':
            return handleBlocksList(deps, command.tenant, responder, command.type);
          case 'block':
          case 'unblock':
            return handleBlockCommand(deps, inbound, command, responder);
          case 'pivot': {
            const tenants =
              command.tenant === 'all'
                ? await tenantsWithBudget(deps, inbound, gate.limits, responder, `pivot ${command.entity}`)
                : (await gate.admitHunt(inbound, command.tenant, responder))
                  ? [command.tenant]
                  : [];
            if (tenants.length > 0) await handlePivot(deps, inbound, command, tenants, responder);
            return;
          }
          case 'hunt':
            if (command.tenant === 'all') return handleSweep(deps, inbound, command, responder, gate.limits);
            if (!(await gate.admitHunt(inbound, command.tenant, responder))) return;
            return handleHunt(deps, inbound, command, responder, callerOf(inbound));
        }
      }),
    handleAction: (action, responder) =>
      guarded(action, responder, async () => {
        if (!(await gate.admitCaller(action, responder))) return undefined;
        const details = { proposalId: action.proposalId };
        if (!(await gate.admit(action, requirementOf(action), responder, details))) return undefined;
        return handleAction(deps, action, responder);
      }),
  };
}

/** What the audit records of a refused command: its kind and, for hunts, the template. */
function describe(command: ChatCommand): Record<string, unknown> {
  if (command.kind === 'pivot') return { command: 'pivot', entity: command.entity };
  if (command.kind !== 'hunt') return { command: command.kind };
  return { command: command.tenant === 'all' ? 'sweep' : 'hunt', template: command.template };
}
