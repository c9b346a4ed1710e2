import type { Command } from 'commander';
import { buildHuntCardModel, type CardModel, toAdaptiveCard, toBlockKit, toPlainText } from '../../cards/index.ts';
import { findTenant } from '../../config/index.ts';
import { runSweep } from '../../digest/index.ts';
import type { HuntReport } from '../../hunts/index.ts';
import { type CliContext, openServices, parseAt } from '../open-services.ts';

const FORMATS = ['text', 'json', 'card', 'blocks'] as const;

interface HuntOptions {
  since?: string;
  set: string[];
  at?: string;
  format: (typeof FORMATS)[number];
  config?: string;
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
    .option('--format <format>', `output: ${FORMATS.join(', ')}`, 'text')
    .option('-c, --config <file>', 'config file')
    .action(async (template: string, tenant: string, options: HuntOptions) => {
      if (!FORMATS.includes(options.format))
        throw new Error(`--format: expected one of ${FORMATS.join(', ')}, got "${options.format}"`);
      const context = await openServices({ config: options.config, at: parseAt(options.at) });
      try {
        const tenants = tenant === 'all' ? Object.keys(context.config.tenants) : [tenant];
        if (!tenants.every((key) => findTenant(context.config, key))) {
          throw new Error(`unknown tenant '${tenant}'; configured: ${Object.keys(context.config.tenants).join(', ')}`);
        }
        const lines = await runSweep({
          tenants,
          concurrency: 4,
          run: (key) => huntOne(context, template, key, options),
        });
        const outputs = lines.map(
          (line) => line.result ?? { tenant: line.tenant, error: (line.error as Error)?.message ?? String(line.error) },
        );
        if (options.format === 'json') {
          // Each report carries the query it ran, as sent to the backend: the evidence behind its findings.
          const reports = outputs.map((o) => ('report' in o ? { ...o.report, query: o.query } : o));
          console.log(JSON.stringify(tenant === 'all' ? reports : reports[0], null, 2));
        } else
          for (const output of outputs)
            console.log('rendered' in output ? output.rendered : `${output.tenant}: failed: ${output.error}`);
        if (lines.some((line) => line.state === 'failed')) process.exitCode = 1;
      } finally {
        await context.close();
      }
    });
}

async function huntOne(
  context: CliContext,
  template: string,
  tenant: string,
  options: HuntOptions,
): Promise<{ report: HuntReport; query: string; rendered: string }> {
  const run = await context.services.runner.run({ template, tenant, window: options.since, params: options.set });
  if (options.format === 'json') return { report: run.report, query: run.query, rendered: '' };
  const ips = [...new Set(run.report.findings.map((finding) => finding.ip).filter((ip): ip is string => !!ip))];
  const scores = [...(await context.services.intel.scoreIps(ips)).values()];
  const meta = context.services.runner.templates.find((candidate) => candidate.command === template)!;
  const card: CardModel = buildHuntCardModel({
    report: run.report,
    tenant: { key: tenant, displayName: findTenant(context.config, tenant)!.displayName },
    template: { command: meta.command, name: meta.name, severity: meta.severity, techniques: meta.techniques },
    scores,
    runId: run.runId,
    durationMs: run.durationMs,
  });
  const rendered =
    options.format === 'card'
      ? JSON.stringify(toAdaptiveCard(card), null, 2)
      : options.format === 'blocks'
        ? JSON.stringify(toBlockKit(card), null, 2)
        : toPlainText(card);
  return { report: run.report, query: run.query, rendered };
}
