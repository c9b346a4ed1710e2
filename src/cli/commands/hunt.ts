import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { closestMatch } from '../../access/index.ts';
import { type CardModel, type HuntCardModel, toAdaptiveCard, toBlockKit, toPlainText } from '../../cards/index.ts';
import { type BotDeps, type HuntRun, handleHunt } from '../../chat/index.ts';
import { runSweep } from '../../digest/index.ts';
import { HuntError, parseParameterArgs, parseWindow, resolveParameterValues } from '../../hunts/index.ts';
import { CARD_OUTPUT_FORMATS, type CardOutputFormat, cardResponder, checkFormat } from '../card-output.ts';
import { type CliContext, openHuntingServices } from '../open-services.ts';
import { tenantKeys } from '../tenant-keys.ts';

interface HuntOptions {
  since?: string;
  set: string[];
  at?: string;
  format: CardOutputFormat;
  config?: string;
  dir: string[];
  propose?: boolean;
}

/** What one tenant's hunt printed: the card the chat path posted, and the run behind it when the backend answered. */
interface HuntOutput {
  readonly tenant: string;
  readonly card?: CardModel;
  readonly run?: HuntRun;
}

export function register(program: Command): void {
  program
    .command('hunt')
    .description('run a hunt template on a tenant (or all) exactly as chat would, and print the report')
    .argument('<template>', 'template command, e.g. spray (see `huntops templates`)')
    .argument('<tenant>', 'tenant key, or all')
    .option('--since <duration>', 'window to look back, e.g. 24h or 7d (default: 24h)')
    .option(
      '--set <name=value>',
      'set a template parameter (repeatable)',
      (value: string, all: string[]) => [...all, value],
      [],
    )
    .option('--at <iso>', "the query's now(): end of the window")
    .option('--format <format>', `output: ${CARD_OUTPUT_FORMATS.join(', ')}`, 'text')
    .option(
      '--dir <dir>',
      'also load the templates in this folder (repeatable), e.g. one you are writing',
      (value: string, all: string[]) => [...all, value],
      [],
    )
    .option('--propose', 'propose blocks for high-scoring IPs, as chat does (you are the requester)')
    .option('-c, --config <file>', 'config file')
    .action(async (template: string, tenant: string, options: HuntOptions) => {
      checkFormat(options.format);
      const context = await openHuntingServices(options);
      try {
        checkRequest(context, template, options);
        const tenants = tenantKeys(context.config, tenant);
        const lines = await runSweep({
          tenants,
          concurrency: 4,
          run: (key) => huntOne(context, template, key, options),
        });
        const outputs = lines.map((line) => line.result ?? { tenant: line.tenant });
        print(outputs, options.format, tenant === 'all');
        if (outputs.some((output) => output.card?.kind !== 'hunt')) process.exitCode = 1;
      } finally {
        await context.close();
      }
    });
}

/**
 * Chat's grammar refuses an unknown template, window or parameter before a hunt starts; the CLI hands its words to
 * the hunt path directly, so it checks them here, in the shell's terms: the option at fault, a typo's likely
 * meaning, the command that lists the templates.
 */
function checkRequest(context: CliContext, template: string, options: HuntOptions): void {
  // The hunts chat offers: pivots' entity queries are templates too, but not hunts one names.
  const hunts = context.services.runner.templates.filter((candidate) => !candidate.pivot);
  const spec = hunts.find((candidate) => candidate.command === template);
  if (!spec) {
    const match = closestMatch(
      template,
      hunts.map((candidate) => candidate.command),
    );
    throw new Error(
      `unknown template '${template}'${match ? ` (did you mean '${match}'?)` : ''}; \`huntops templates\` lists them (--dir DIR adds a folder of your own)`,
    );
  }
  asOption('--since', () => options.since === undefined || parseWindow(options.since));
  asOption('--set', () => resolveParameterValues(template, spec.parameters, parseParameterArgs(options.set)));
}

function asOption(option: string, check: () => unknown): void {
  try {
    check();
  } catch (error) {
    if (error instanceof HuntError) throw new Error(`${option}: ${error.message}`, { cause: error });
    throw error;
  }
}

/** The chat hunt path (run, intel, deep link, audit, run record; proposals with --propose) for one tenant. */
async function huntOne(context: CliContext, template: string, tenant: string, options: HuntOptions) {
  const output: { tenant: string; card?: CardModel; run?: HuntRun } = { tenant };
  const { core } = context.services;
  const recording: BotDeps = {
    ...core,
    hunts: { ...core.hunts, run: async (request) => (output.run = await core.hunts.run(request)) },
  };
  const user = `cli:${userInfo().username}`;
  const origin = { surface: 'cli', channelId: 'cli', userId: user, correlationId: randomUUID() };
  // A proposal's requester is a caller on a chat surface, and the one authorization rule reads each surface's
  // channels, hunters and approvers from the tenant config. A `cli` surface would add config keys and a rule for
  // a caller who already holds the config and the store, so the shell operator is recorded under the local
  // console (as `cli:<user>`, never a listed console user): four-eyes keeps them from approving their own block.
  const proposer = options.propose ? { surface: 'console' as const, channelId: 'cli', userId: user } : undefined;
  const command = { template, tenant, window: options.since, params: options.set };
  await handleHunt(recording, origin, command, cardResponder(output), proposer);
  return output as HuntOutput;
}

function print(outputs: readonly HuntOutput[], format: CardOutputFormat, all: boolean): void {
  if (format === 'json') {
    const reports = outputs.map(asJson);
    console.log(JSON.stringify(all ? reports : reports[0], null, 2));
    return;
  }
  for (const { tenant, card } of outputs) {
    if (!card) console.log(`${tenant}: failed`);
    else if (format === 'card') console.log(JSON.stringify(toAdaptiveCard(card), null, 2));
    else if (format === 'blocks') console.log(JSON.stringify(toBlockKit(card), null, 2));
    else console.log(toPlainText(card));
  }
}

/**
 * The report with what chat adds to it: the query as sent (the evidence), the run id, the portal link, the score of
 * each finding's leading indicator (with its type) and any proposals; a failed hunt is its error card.
 */
function asJson({ tenant, card, run }: HuntOutput): unknown {
  if (!run || card?.kind !== 'hunt') return { tenant, error: card ?? 'failed' };
  const hunt: HuntCardModel = card;
  return {
    ...run.report,
    query: run.query,
    runId: run.runId,
    durationMs: run.durationMs,
    deepLink: hunt.deepLink,
    scores: hunt.findings
      .filter((row) => row.indicator)
      .map((row) => ({
        indicator: row.indicator,
        type: row.iocType,
        score: row.score,
        band: row.band,
        reasons: row.reasons,
      })),
    proposals: hunt.proposals,
  };
}
