import { loadConfig, readEnv, resolvedExternalData } from '../config/index.ts';
import { createLogger } from '../logging/index.ts';
import { composeServices, type Services } from '../server/index.ts';
import { openStore, type Store } from '../store/index.ts';

export interface CliContext {
  readonly services: Services;
  readonly store: Store;
  readonly config: ReturnType<typeof loadConfig>['config'];
  close(): Promise<void>;
}

/** The same wiring as `huntops serve`, without the HTTP server: for commands that hunt, list blocks or export audit. */
export async function openServices(
  options: { config?: string; at?: Date; templateDirs?: readonly string[] } = {},
): Promise<CliContext> {
  const env = readEnv(process.env);
  // Commands print their own output; the log goes to stderr and only says what went wrong: to a person at a
  // terminal, whom a stack trace would not help (the error's code and message say what to fix).
  const logger = createLogger({ level: 'warn', destination: process.stderr, pretty: false, errorStacks: false });
  const loaded = loadConfig({ path: options.config });
  const file = loaded.config;
  // `--dir` adds template folders for this run only, beside the configured ones.
  const extraDirs = options.templateDirs ?? [];
  const config =
    extraDirs.length === 0
      ? file
      : { ...file, templates: { ...file.templates, dirs: [...file.templates.dirs, ...extraDirs] } };
  const store = await openStore({ databaseUrl: env.DATABASE_URL, sqlitePath: config.store.sqlitePath });
  const clock = options.at ? () => options.at!.getTime() : undefined;
  const services = await composeServices({
    config,
    externalData: resolvedExternalData(loaded),
    rawEnv: process.env,
    dataRoot: env.HUNTOPS_DATA_DIR,
    store,
    logger,
    clock,
  });
  return {
    services,
    store,
    config,
    async close() {
      services.close();
      await store.close();
    },
  };
}

/** The services for a command that hunts, from its own `-c`, `--at` and `--dir` options. */
export function openHuntingServices(options: { config?: string; at?: string; dir: readonly string[] }) {
  return openServices({ config: options.config, at: parseAt(options.at), templateDirs: options.dir });
}

/** Parses --at; a bad value is a usage error naming the expected form. */
export function parseAt(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const at = new Date(value);
  if (Number.isNaN(at.getTime()))
    throw new Error(`--at: expected an ISO-8601 time such as 2026-11-22T08:00:00Z, got "${value}"`);
  return at;
}
