import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { type CardModel, render } from '../../cards/index.ts';
import { handlePivot } from '../../chat/index.ts';
import { isPivotEntity, PIVOT_ENTITIES, parseEntityValue, parseWindow } from '../../hunts/index.ts';
import { CARD_OUTPUT_FORMATS, cardResponder, checkFormat } from '../card-output.ts';
import { openHuntingServices } from '../open-services.ts';
import { tenantKeys } from '../tenant-keys.ts';

interface PivotOptions {
  since?: string;
  at?: string;
  format: string;
  config?: string;
  dir: string[];
}

export function register(program: Command): void {
  program
    .command('pivot')
    .description('what an IP, user or host did: the entity queries chat runs for /hunt ip|user|host, as one card')
    .argument('<entity>', PIVOT_ENTITIES.join(', '))
    .argument('<value>', 'the IP address, user principal name or host name')
    .argument('<tenant>', 'tenant key, or all')
    .option('--since <duration>', 'window to look back, e.g. 24h or 7d (default: 24h)')
    .option('--at <iso>', "the queries' now(): end of the window")
    .option('--format <format>', `output: ${CARD_OUTPUT_FORMATS.join(', ')} (json: the card's model)`, 'text')
    .option(
      '--dir <dir>',
      'also load the templates and entity queries in this folder (repeatable)',
      (value: string, all: string[]) => [...all, value],
      [],
    )
    .option('-c, --config <file>', 'config file')
    .action(async (entity: string, raw: string, tenant: string, options: PivotOptions) => {
      const format = checkFormat(options.format);
      if (!isPivotEntity(entity))
        throw new Error(`<entity>: expected one of ${PIVOT_ENTITIES.join(', ')}, got "${entity}"`);
      const value = parseEntityValue(entity, raw);
      if (options.since !== undefined) parseWindow(options.since);
      const context = await openHuntingServices(options);
      try {
        const tenants = tenantKeys(context.config, tenant);
        const output: { card?: CardModel } = {};
        const origin = {
          surface: 'cli',
          channelId: 'cli',
          userId: `cli:${userInfo().username}`,
          correlationId: randomUUID(),
        };
        const command = { entity, value, tenant, window: options.since };
        await handlePivot(context.services.core, origin, command, tenants, cardResponder(output));
        const card = output.card;
        if (!card) throw new Error('the pivot posted no card');
        console.log(format === 'json' ? JSON.stringify(card, null, 2) : printable(render(card, format)));
        if (card.kind !== 'pivot' || card.queries.every((query) => query.error)) process.exitCode = 1;
      } finally {
        await context.close();
      }
    });
}

function printable(rendered: unknown): string {
  return typeof rendered === 'string' ? rendered : JSON.stringify(rendered, null, 2);
}
