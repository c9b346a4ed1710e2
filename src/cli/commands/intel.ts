import { type Command, Option } from 'commander';
import pino from 'pino';
import { ConfigError, loadConfig, readEnv } from '../../config/index.ts';
import {
  createIntelService,
  IntelError,
  IOC_TYPE_LABELS,
  type IocScore,
  intelCacheFromStore,
  loadIntelSettingsFromEnv,
  withTenantDomains,
} from '../../intel/index.ts';
import { createLogger, secretsFromEnv } from '../../logging/index.ts';
import { openStore } from '../../store/index.ts';
import { parseAt } from '../open-services.ts';

function formatText(score: IocScore): string {
  const value = score.score === null ? '-' : String(score.score);
  const where = [score.country, score.asn].filter(Boolean).join(', ');
  const sources = score.sources.length > 0 ? `sources: ${score.sources.join(', ')}` : 'no source answered';
  const type = score.type === undefined ? '?' : IOC_TYPE_LABELS[score.type];
  const head = `${score.indicator}  ${type}  ${value.padStart(3)}  ${score.band}  (${sources}${where ? `; ${where}` : ''})`;
  return [head, ...score.reasons.map((reason) => `    - ${reason}`)].join('\n');
}

export function register(program: Command): void {
  program
    .command('intel')
    .description(
      'score indicators (IPs, domains, URLs, file hashes) with OTX and the offline feed: type, score, band, reasons and sources',
    )
    .argument('<ioc...>', 'IPv4/IPv6 addresses, domains, http(s) URLs, SHA-1, SHA-256 or MD5 hashes')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--at <iso>', 'the instant the evidence is aged against (default: now)')
    .action(async (indicators: string[], options: { format: 'text' | 'json'; at?: string }) => {
      try {
        const at = parseAt(options.at)?.getTime();
        const env = readEnv(process.env);
        const { config } = loadConfig({ env: process.env });
        const settings = withTenantDomains(loadIntelSettingsFromEnv(process.env), Object.values(config.tenants));
        // Logs go to stderr so `--format json` stays machine-readable.
        const logger = createLogger({
          level: 'warn',
          secrets: secretsFromEnv(process.env),
          destination: pino.destination(2),
        });
        const store = await openStore({ databaseUrl: env.DATABASE_URL, sqlitePath: config.store.sqlitePath });
        const intel = createIntelService({ settings, cache: intelCacheFromStore(store.cache), logger });
        try {
          const scores = [...(await intel.scoreIocs(indicators, { at })).values()];
          if (options.format === 'json') console.log(JSON.stringify(scores, null, 2));
          else console.log([intel.describe(), ...scores.map(formatText)].join('\n'));
        } finally {
          intel.close();
          await store.close();
        }
      } catch (error) {
        if (!(error instanceof IntelError || error instanceof ConfigError)) throw error;
        console.error(error.message);
        process.exitCode = 78; // EX_CONFIG
      }
    });
}
