import type { Command } from 'commander';
import { HuntError, writeDemoData } from '../../hunts/index.ts';

export function register(program: Command): void {
  program
    .command('demo-data')
    .description('write deterministic demo logs (one <Table>.jsonl per table) with injected attacks and attacks.json')
    .requiredOption('--out <dir>', 'folder to write (created if missing); usable as a local tenant data folder')
    .option('--seed <n>', 'random seed: same seed, scale and end give identical files', '1')
    .option('--scale <n>', 'multiplies the number of people (100 per unit)', '1')
    .option('--end <iso>', 'the logs end at this ISO-8601 instant (default: now)')
    .action(async (options: { out: string; seed: string; scale: string; end?: string }) => {
      try {
        const { data, files } = await writeDemoData(options.out, parseOptions(options));
        console.log(`Wrote ${files.length} files to ${options.out} (${data.window.start} .. ${data.window.end}):`);
        for (const [table, rows] of Object.entries(data.tables)) console.log(`  ${table}.jsonl: ${rows.length} rows`);
        for (const attack of data.attacks) {
          const target = [attack.account, attack.host].filter(Boolean).join(' on ');
          console.log(
            `  attack ${attack.kind}: ${attack.ip ?? 'no address'} -> ${target} (found by /hunt ${attack.command})`,
          );
        }
      } catch (error) {
        if (!(error instanceof HuntError)) throw error;
        console.error(error.message);
        process.exitCode = 1;
      }
    });
}

function parseOptions(options: { seed: string; scale: string; end?: string }) {
  const seed = Number(options.seed);
  const scale = Number(options.scale);
  const end = options.end === undefined ? new Date() : new Date(options.end);
  if (!Number.isSafeInteger(seed))
    throw new HuntError('huntops_hunt_parameter_invalid', `--seed must be a whole number; got '${options.seed}'.`);
  if (!(scale > 0 && scale <= 100))
    throw new HuntError(
      'huntops_hunt_parameter_invalid',
      `--scale must be a number above 0 and at most 100; got '${options.scale}'.`,
    );
  if (Number.isNaN(end.getTime())) {
    throw new HuntError(
      'huntops_hunt_parameter_invalid',
      `--end must be an ISO-8601 date-time such as 2026-11-22T08:00:00Z; got '${options.end}'.`,
    );
  }
  return { seed, scale, end };
}
