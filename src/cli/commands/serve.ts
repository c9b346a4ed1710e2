import type { Command } from 'commander';
import { ConfigError } from '../../config/index.ts';
import { startHuntops } from '../../server/index.ts';

export function register(program: Command): void {
  program
    .command('serve')
    .description('run the bot: HTTP server with the console, Slack and Teams endpoints, digests')
    .option(
      '-c, --config <file>',
      'config file (default: $HUNTOPS_CONFIG, ./huntops.config.yaml, else the embedded demo)',
    )
    .action(async (options: { config?: string }) => {
      try {
        const running = await startHuntops({ configPath: options.config });
        const stop = async (signal: string) => {
          running.logger.info(`${signal}: shutting down`);
          await running.close();
          process.exit(0);
        };
        process.once('SIGTERM', () => void stop('SIGTERM'));
        process.once('SIGINT', () => void stop('SIGINT'));
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        console.error(`huntops will not start with this configuration.\n${error.message}`);
        process.exitCode = 78; // EX_CONFIG
      }
    });
}
