import type { Command } from 'commander';

/** Every subcommand registers itself on the program. Add new commands to this list. */
export const commands: ReadonlyArray<(program: Command) => void> = [];
