import type { Command } from 'commander';
import { ConfigError, describeModes, loadConfig, readEnv } from '../../config/index.ts';

export function register(program: Command): void {
  const config = program.command('config').description('inspect and validate the configuration');
  config
    .command('check')
    .description('validate a config file and print a summary of tenants and modes')
    .argument('[file]', 'config file (default: $HUNTOPS_CONFIG, ./huntops.config.yaml, else the embedded demo)')
    .action((file: string | undefined) => {
      try {
        const env = readEnv(process.env);
        const loaded = loadConfig({ path: file });
        console.log(`${loaded.source}: OK`);
        for (const [key, tenant] of Object.entries(loaded.config.tenants)) {
          console.log(
            `  tenant ${key}: ${tenant.displayName}, backend ${tenant.backend}, blocking ${tenant.blocking.provider}`,
          );
        }
        for (const line of describeModes(loaded.config, env)) console.log(`  ${line}`);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        console.error(error.message);
        process.exitCode = 1;
      }
    });
}
