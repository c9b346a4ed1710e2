import { huntableTenants } from '../../access/index.ts';
import type { BlocksCardModel, HelpCardModel, TenantsCardModel } from '../../cards/index.ts';
import { findTenant } from '../../config/index.ts';
import { COMMAND_SYNTAX } from '../grammar/commands.ts';
import type { BotDeps } from './bot-deps.ts';
import { callerOf } from './gate.ts';
import type { InboundCommand, Responder } from './inbound.ts';
import type { ActiveBlock } from './ports.ts';
import { tacticLabel, templateListModel } from './template-list.ts';
import { tenantRef } from './tenant-ref.ts';

export function helpCard(deps: BotDeps, template?: string, intro?: string): HelpCardModel {
  if (template) {
    const summary = deps.hunts.templates().find((candidate) => candidate.command === template);
    if (summary) {
      return {
        kind: 'help',
        intro: `${summary.name} (${summary.severity}): ${summary.description}`,
        commands: [
          {
            usage: `/hunt ${template} <tenant|all> [window] [name=value…]`,
            description: `run it; the window defaults to ${summary.defaultWindow}`,
          },
          ...summary.parameters.map((parameter) => ({ usage: `${parameter.name}=…`, description: parameter.help })),
          { usage: 'tables', description: summary.tables.join(', ') || 'none declared' },
          {
            usage: 'MITRE ATT&CK',
            description: [summary.tactics.map(tacticLabel).join(', '), summary.techniques.join(', ')]
              .filter((part) => part !== '')
              .join(' · '),
          },
        ],
      };
    }
  }
  const commands = COMMAND_SYNTAX.map((command) => ({
    usage: `/hunt ${command.usage}`,
    // `list` and `tenants` are their own example; every other usage has placeholders worth an example.
    description:
      command.example === command.usage ? command.summary : `${command.summary}, e.g. /hunt ${command.example}`,
  }));
  return { kind: 'help', intro, commands };
}

/** `/hunt list [tactic|table|text]`. */
export function templateListCard(deps: BotDeps, filter?: string): HelpCardModel {
  return templateListModel(deps.hunts.templates(), filter);
}

export function tenantsCard(deps: BotDeps, inbound: InboundCommand): TenantsCardModel {
  const keys = huntableTenants(deps.config, callerOf(inbound));
  return {
    kind: 'tenants',
    tenants: keys.map((key) => ({ ...tenantRef(deps.config, key), backend: findTenant(deps.config, key)!.backend })),
  };
}

/** `/hunt blocks <tenant> [type]` for a caller who may hunt it: the active blocks (of that type) with their expiry. */
export async function handleBlocksList(
  deps: BotDeps,
  tenant: string,
  responder: Responder,
  type?: ActiveBlock['iocType'],
): Promise<void> {
  const blocks = await deps.blocking.activeBlocks(tenant, type);
  const card: BlocksCardModel = {
    kind: 'blocks',
    blocks: blocks.map((block) => ({
      tenant: tenantRef(deps.config, tenant),
      id: block.proposalId,
      indicator: block.indicator,
      state: 'blocked',
      requestedBy: block.requestedBy,
      decidedBy: block.approvedBy,
      decidedAt: block.blockedAt,
      expiresAt: block.expiresAt,
    })),
  };
  await responder.post(card);
}
