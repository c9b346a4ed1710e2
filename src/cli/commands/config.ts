import type { Command } from 'commander';
import { consoleLogin, teamsSettingsFromEnv } from '../../chat/index.ts';
import {
  ConfigError,
  describeModes,
  type HuntopsConfig,
  type HuntopsEnv,
  loadConfig,
  readEnv,
  unsetTenantSecrets,
} from '../../config/index.ts';
import { environmentSettings } from '../../server/index.ts';

export function register(program: Command): void {
  const config = program.command('config').description('inspect and validate the configuration');
  config
    .command('check')
    .description(
      'validate a config file and the environment it runs in (what `serve` would refuse, and the secrets the file names); print a summary of tenants and modes',
    )
    .argument('[file]', 'config file (default: $HUNTOPS_CONFIG, ./huntops.config.yaml, else the embedded demo)')
    .action((file: string | undefined) => {
      try {
        const env = readEnv(process.env);
        const loaded = loadConfig({ path: file });
        const problems = environmentProblems(loaded.config, env, process.env);
        // The summary still helps when only the environment is wrong: it shows what the file asks for.
        console.log(`${loaded.source}: ${problems.length === 0 ? 'OK' : 'the file is valid; the environment is not'}`);
        for (const [key, tenant] of Object.entries(loaded.config.tenants)) {
          console.log(
            `  tenant ${key}: ${tenant.displayName}, backend ${tenant.backend}, blocking ${tenant.blocking.provider}`,
          );
        }
        for (const line of describeModes(loaded.config, env)) console.log(`  ${line}`);
        if (problems.length > 0) throw new ConfigError('environment', problems);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        console.error(error.message);
        process.exitCode = 1;
      }
    });
}

/**
 * The same checks `serve` makes of the environment before it listens (each by the code that makes it there), and
 * the tenant secrets the file names, which would otherwise fail only the first hunt or block on that tenant.
 */
function environmentProblems(config: HuntopsConfig, env: HuntopsEnv, rawEnv: NodeJS.ProcessEnv): string[] {
  const checks = [
    () => environmentSettings(rawEnv),
    () => teamsSettingsFromEnv(rawEnv, env.MicrosoftAppType),
    () => config.surfaces.console.enabled && consoleLogin(config.surfaces.console, [], rawEnv),
  ];
  const problems = checks.flatMap((check) => {
    try {
      check();
      return [];
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
  });
  // Two checks may read the same variable (HUNTOPS_REMOTE_* tunes Teams too): one line per mistake.
  return [...new Set([...problems, ...unsetTenantSecrets(config, rawEnv)])];
}
