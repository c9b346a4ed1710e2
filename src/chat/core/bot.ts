import type { CardModel } from '../../cards/index.ts';
import { parseCommand } from '../grammar/parse-command.ts';
import { auditFor } from './audit-event.ts';
import type { BotDeps } from './bot-deps.ts';
import { handleAction } from './handle-action.ts';
import { handleBlockCommand } from './handle-block.ts';
import { handleHunt } from './handle-hunt.ts';
import { handleBlocksList, helpCard, templateListCard, tenantsCard } from './handle-lists.ts';
import { handleSweep } from './handle-sweep.ts';
import type { InboundAction, InboundCommand, Responder } from './inbound.ts';

export interface Bot {
  /** Handles one command end to end. Never rejects: failures become error cards and audit events. */
  handleCommand(inbound: InboundCommand, responder: Responder): Promise<void>;
  /** Handles one button press; resolves to the card as it now stands. */
  handleAction(action: InboundAction, responder: Responder): Promise<CardModel | undefined>;
}

export function createBot(deps: BotDeps): Bot {
  const vocabulary = () => ({
    templates: deps.hunts.templates().map((template) => template.command),
    tenants: Object.keys(deps.config.tenants),
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
        const command = parseCommand(inbound.text, vocabulary());
        switch (command.kind) {
          case 'problem':
            await auditFor(deps.audit, inbound)('command.rejected', 'refused', undefined, {
              text: inbound.text.slice(0, 200),
              problem: command.message,
            });
            await responder.whisper(`${command.message}\nUsage:\n${command.usage}`);
            return;
          case 'list':
            await responder.post(templateListCard(deps));
            return;
          case 'help':
            await responder.post(helpCard(deps, command.template));
            return;
          case 'tenants':
            await responder.post(tenantsCard(deps, inbound));
            return;
          case 'blocks':
            return handleBlocksList(deps, inbound, command.tenant, responder);
          case 'block':
          case 'unblock':
            return handleBlockCommand(deps, inbound, command, responder);
          case 'hunt':
            if (command.tenant === 'all') return handleSweep(deps, inbound, command, responder);
            return handleHunt(deps, inbound, command, responder);
        }
      }),
    handleAction: (action, responder) => guarded(action, responder, () => handleAction(deps, action, responder)),
  };
}
