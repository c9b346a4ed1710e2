import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { toAdaptiveCard, toPlainText } from '../../cards/index.ts';
import {
  type DigestPlan,
  type DigestRuns,
  digestCard,
  digestPlans,
  runDigest,
  slotOf,
  startDigestScheduler,
} from '../../digest/index.ts';
import { createLogger } from '../../logging/index.ts';
import { digestDeps } from '../../server/index.ts';
import { type CliContext, openServices } from '../open-services.ts';

const FORMATS = ['text', 'json', 'card'] as const;

export function register(program: Command): void {
  const digest = program.command('digest').description('scheduled digests: list them, or run one now');
  digest
    .command('list')
    .description('show every digest with its schedule, timezone, hunts, target and next run time')
    .option('-c, --config <file>', 'config file')
    .action(async (options: { config?: string }) => {
      const context = await openServices({ config: options.config });
      try {
        const plans = digestPlans(context.config);
        const scheduler = startDigestScheduler({
          plans,
          deps: depsOf(context),
          deliver: async () => {},
          logger: createLogger({ level: 'silent' }),
        });
        const next = scheduler.nextRuns();
        await scheduler.stop();
        if (plans.length === 0) console.log('no digests configured (tenants.<key>.digests or digests)');
        const runs = depsOf(context).runs;
        for (const plan of plans) {
          console.log(
            `${plan.id}: "${plan.cron}" ${plan.timezone} · hunts ${plan.hunts.join(', ')} · tenants ${plan.tenants.join(', ')} · to ${target(plan)} · next ${next[plan.id]?.toISOString() ?? 'never'} · last ${describeLast(await runs.latest(plan.id))}`,
          );
        }
      } finally {
        await context.close();
      }
    });
  digest
    .command('run')
    .description('run a digest now and print it (it becomes the baseline for the next scheduled run)')
    .option('--digest <id>', 'digest id as `huntops digest list` shows it (tenant/name or group name)')
    .option('--tenant <key>', "run the tenant's digests")
    .option('--format <format>', `output: ${FORMATS.join(', ')}`, 'text')
    .option('-c, --config <file>', 'config file')
    .action(
      async (options: { digest?: string; tenant?: string; format: (typeof FORMATS)[number]; config?: string }) => {
        if (!FORMATS.includes(options.format))
          throw new Error(`--format: expected one of ${FORMATS.join(', ')}, got "${options.format}"`);
        const context = await openServices({ config: options.config });
        try {
          const plans = digestPlans(context.config).filter((plan) =>
            options.digest ? plan.id === options.digest : options.tenant ? plan.tenants.includes(options.tenant) : true,
          );
          if (plans.length === 0)
            throw new Error(
              `no digest matches ${options.digest ?? options.tenant ?? '(any)'}; see huntops digest list`,
            );
          for (const plan of plans) await runOne(context, plan, options.format);
        } finally {
          await context.close();
        }
      },
    );
}

function describeLast(run: Awaited<ReturnType<DigestRuns['latest']>>): string {
  if (!run) return 'never';
  return `${run.scheduledFor} ${run.state}${run.failure ? ` (${run.failure})` : ''}`;
}

async function runOne(context: CliContext, plan: DigestPlan, format: (typeof FORMATS)[number]): Promise<void> {
  const deps = depsOf(context);
  const scheduledFor = slotOf(new Date());
  await deps.runs.claim(plan.id, scheduledFor, `cli-${randomUUID()}`, new Date().toISOString());
  const outcome = await runDigest(plan, deps, { scheduledFor, late: false });
  await deps.runs.finish(plan.id, scheduledFor, new Date().toISOString(), {
    state: 'done',
    findings: outcome.snapshot,
  });
  const proposals = await context.services.blocking.proposals({ states: ['proposed', 'blocked'] });
  const mine = proposals.filter((proposal) => plan.tenants.includes(proposal.tenant));
  const card = digestCard(outcome, {
    displayName: (key) => context.config.tenants[key]?.displayName ?? key,
    severity: (hunt) =>
      context.services.runner.templates.find((template) => template.command === hunt)?.severity ?? 'Medium',
    pendingApprovals: mine.filter((proposal) => proposal.state === 'proposed').length,
    activeBlocks: mine.filter((proposal) => proposal.state === 'blocked').length,
    runId: randomUUID(),
    now: new Date().toISOString(),
  });
  if (format === 'json')
    console.log(
      JSON.stringify(
        {
          digest: plan.id,
          scheduledFor,
          changed: outcome.changed,
          results: outcome.results.map(({ findings, ...rest }) => ({ ...rest, findings: findings.length })),
          blockEvents: outcome.blockEvents,
        },
        null,
        2,
      ),
    );
  else console.log(format === 'card' ? JSON.stringify(toAdaptiveCard(card), null, 2) : toPlainText(card));
}

function depsOf(context: CliContext) {
  return digestDeps(context.services.runner, context.services.blocking, context.store, Date.now);
}

function target(plan: DigestPlan): string {
  const targets = [
    plan.post.slack && `slack ${plan.post.slack}`,
    plan.post.teams && `teams ${plan.post.teams}`,
    plan.post.console && 'console log',
  ].filter(Boolean);
  return targets.join(', ') || 'nowhere';
}
