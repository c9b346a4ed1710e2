import { Command } from 'commander';
import { maskCredentials } from '../logging/index.ts';
import { registerCommands } from './commands/index.ts';

/** Builds the `huntops` program for this command line; each subcommand lives in its own file under commands/. */
export async function buildProgram(argv: readonly string[] = process.argv): Promise<Command> {
  const program = new Command('huntops')
    .description('huntops: chat-ops threat hunting across Microsoft tenants')
    .showHelpAfterError()
    .exitOverride();
  await registerCommands(program, argv);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = await buildProgram(argv);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode;
    process.exitCode = typeof code === 'number' ? code : 1;
    // A driver's or SDK's error text may quote a connection string; its credentials never reach the terminal.
    if (typeof code !== 'number')
      console.error(maskCredentials(error instanceof Error ? error.message : String(error)));
  }
}
