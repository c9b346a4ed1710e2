import { type Command, Option } from 'commander';
import { writeCsv } from '../../csv/index.ts';
import { parseWindow } from '../../hunts/index.ts';
import { AUDIT_ACTIONS, type StoredAuditEvent } from '../../store/index.ts';
import { checkTenant, openConfiguredStore } from '../configured-store.ts';

const COLUMNS = ['id', 'at', 'tenant', 'action', 'outcome', 'actor', 'surface', 'channel', 'correlationId', 'details'];

interface AuditOptions {
  readonly tenant?: string;
  readonly since?: string;
  readonly action?: string;
  readonly format: 'csv' | 'json';
  readonly config?: string;
}

export function register(program: Command): void {
  program
    .command('audit')
    .description('export the audit trail (who proposed, approved, denied, blocked what, and every provider call)')
    .option('--tenant <tenant>', 'only this tenant')
    .option('--since <when>', 'from this ISO date/time, or this far back (e.g. 7d, 24h)')
    .addOption(new Option('--action <action>', 'only this audited action').choices(Object.keys(AUDIT_ACTIONS)))
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'json']).default('csv'))
    .option('-c, --config <file>', 'config file')
    .action(async (options: AuditOptions) => {
      const since = parseSince(options.since);
      const { config, store } = await openConfiguredStore(options.config);
      try {
        checkTenant(config, options.tenant);
        const events = await store.audit.list({ tenant: options.tenant, since, action: options.action });
        process.stdout.write(options.format === 'json' ? `${JSON.stringify(events, null, 2)}\n` : toCsv(events));
      } finally {
        await store.close();
      }
    });
}

function parseSince(value: string | undefined, now = Date.now()): Date | undefined {
  if (value === undefined) return undefined;
  if (/^\d+(\.\d+)?[smhd]$/.test(value.trim())) return new Date(now - parseWindow(value));
  const at = new Date(value);
  if (Number.isNaN(at.getTime()))
    throw new Error(
      `--since: expected an ISO date/time (2026-11-01 or 2026-11-01T08:00:00Z) or a span such as 7d, got "${value}"`,
    );
  return at;
}

function toCsv(events: readonly StoredAuditEvent[]): string {
  const rows = events.map((event) => [
    event.id,
    event.at,
    event.tenant ?? '',
    event.action,
    event.outcome,
    event.actor,
    event.surface,
    event.channel ?? '',
    event.correlationId,
    event.details === undefined ? '' : JSON.stringify(event.details),
  ]);
  return writeCsv(COLUMNS, rows);
}
