import type { Command } from 'commander';

type Registrar = { register(program: Command): void };

/**
 * Every subcommand, loaded on demand: `huntops kql` must not pay for botbuilder, bolt and the Azure SDKs
 * that `serve` needs. Add new commands here; the key is the first word of the command line.
 */
export const COMMANDS: Readonly<Record<string, () => Promise<Registrar>>> = {
  serve: () => import('./serve.ts'),
  config: () => import('./config.ts'),
  kql: () => import('./kql.ts'),
  hunt: () => import('./hunt.ts'),
  pivot: () => import('./pivot.ts'),
  templates: () => import('./templates.ts'),
  lint: () => import('./lint.ts'),
  'demo-data': () => import('./demo-data.ts'),
  intel: () => import('./intel.ts'),
  blocks: () => import('./blocks.ts'),
  audit: () => import('./audit.ts'),
  digest: () => import('./digest.ts'),
  package: () => import('./package-teams.ts'),
};

/** Registers the command named in argv (fast path), or all of them for help and unknown words. */
export async function registerCommands(program: Command, argv: readonly string[]): Promise<void> {
  const word = argv[2];
  const chosen = word && Object.hasOwn(COMMANDS, word) ? [COMMANDS[word]] : Object.values(COMMANDS);
  for (const load of chosen) (await load()).register(program);
}
