import { Command } from 'commander';
import { commands } from './commands/index.ts';

/** Builds the `huntops` program; each subcommand lives in its own file under commands/. */
export function buildProgram(): Command {
  const program = new Command('huntops')
    .description('huntops: chat-ops threat hunting across Microsoft tenants')
    .showHelpAfterError()
    .exitOverride();
  for (const register of commands) register(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode;
    process.exitCode = typeof code === 'number' ? code : 1;
    if (typeof code !== 'number') console.error(error instanceof Error ? error.message : String(error));
  }
}
