import { type Command, Option } from 'commander';
import pino from 'pino';
import { createBlockingService, createDryRunProvider, type Proposal } from '../../blocking/index.ts';
import { BLOCKABLE_IOC_TYPES, type BlockableIocType, IOC_TYPE_LABELS } from '../../intel/index.ts';
import { checkTenant, openConfiguredStore } from '../configured-store.ts';

const DAY_MS = 86_400_000;

export function register(program: Command): void {
  const blocks = program.command('blocks').description('blocks huntops has put in place');
  blocks
    .command('list')
    .description('list active blocks with their expiry')
    .option('--tenant <tenant>', 'only this tenant')
    .addOption(new Option('--type <type>', 'only indicators of this type').choices(BLOCKABLE_IOC_TYPES))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-c, --config <file>', 'config file')
    .action(async (options: { tenant?: string; type?: BlockableIocType; format: 'text' | 'json'; config?: string }) => {
      const { config, store } = await openConfiguredStore(options.config);
      try {
        checkTenant(config, options.tenant);
        // Listing never calls a provider; building the real ones would demand their credentials just to read.
        const service = createBlockingService({
          config,
          store,
          providers: Object.fromEntries(
            Object.values(config.tenants).map((tenant) => [tenant.blocking.provider, createDryRunProvider]),
          ),
          logger: pino({ level: 'silent' }),
        });
        const blocked = await service.proposals({ tenant: options.tenant, states: ['blocked'] });
        const active = blocked.filter((block) => options.type === undefined || block.iocType === options.type);
        if (options.format === 'json') console.log(JSON.stringify(active.map(toJson), null, 2));
        else console.log(toText(active, options.tenant));
      } finally {
        await store.close();
      }
    });
}

function toJson(block: Proposal) {
  return {
    tenant: block.tenant,
    indicator: block.indicator,
    type: block.iocType,
    provider: block.provider,
    providerRef: block.providerRef ?? null,
    blockedAt: block.updatedAt,
    expiresAt: block.blockExpiresAt ?? null,
    approvedBy: block.decidedBy ?? null,
    requestedBy: block.requestedBy,
    proposalId: block.id,
  };
}

function toText(active: readonly Proposal[], tenant: string | undefined, now = Date.now()): string {
  if (active.length === 0) return `no active blocks${tenant ? ` on ${tenant}` : ''}`;
  const lines = active.map((block) => {
    const expiry = block.blockExpiresAt ? expiryText(block.blockExpiresAt, now) : 'no expiry recorded';
    return `${block.tenant}  ${IOC_TYPE_LABELS[block.iocType]}  ${block.indicator}  ${block.provider}  ${expiry}  approved by ${block.decidedBy ?? 'unknown'}  (${block.providerRef ?? 'no ref'})`;
  });
  return [`${active.length} active block${active.length === 1 ? '' : 's'}:`, ...lines].join('\n');
}

function expiryText(expiresAt: string, now: number): string {
  const days = Math.round((Date.parse(expiresAt) - now) / DAY_MS);
  return days >= 0 ? `expires ${expiresAt} (in ${days} d)` : `expired ${expiresAt} (lapses at the next sweep)`;
}
