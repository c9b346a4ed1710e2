import type { Command } from 'commander';
import { register as audit } from './audit.ts';
import { register as blocks } from './blocks.ts';
import { register as config } from './config.ts';
import { register as demoData } from './demo-data.ts';
import { register as digest } from './digest.ts';
import { register as hunt } from './hunt.ts';
import { register as intel } from './intel.ts';
import { register as kql } from './kql.ts';
import { register as lint } from './lint.ts';
import { register as packageTeams } from './package-teams.ts';
import { register as serve } from './serve.ts';
import { register as templates } from './templates.ts';

/** Every subcommand registers itself on the program. Add new commands to this list. */
export const commands: ReadonlyArray<(program: Command) => void> = [
  serve,
  config,
  intel,
  packageTeams,
  templates,
  lint,
  demoData,
  kql,
  hunt,
  digest,
  audit,
  blocks,
];
