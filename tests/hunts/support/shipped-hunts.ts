import { readdirSync } from 'node:fs';
import { LIBRARY_SCENARIOS, SHIPPED_TEMPLATES_DIR } from '../../../src/hunts/index.ts';

/**
 * The shipped hunts as the tests expect them, derived from the template folder and the demo scenarios so that
 * a new hunt needs no edit here. Each hunt's command is its file name.
 */
export const SHIPPED_TEMPLATE_FILES = readdirSync(SHIPPED_TEMPLATES_DIR)
  .filter((name) => name.endsWith('.yaml'))
  .sort();
export const SHIPPED_HUNTS = SHIPPED_TEMPLATE_FILES.map((name) => name.replace(/\.yaml$/, ''));

/** The five corrected seed hunts: their attacks are laid out first, before the library's scenarios. */
export const SEED_HUNTS = ['spray', 'bruteforce', 'host-to-cloud', 'logon-burst', 'cadence'] as const;

/** Every hunt in the order the demo data injects its attack. */
export const DEMO_ATTACK_ORDER: readonly string[] = [
  ...SEED_HUNTS,
  ...LIBRARY_SCENARIOS.map((scenario) => scenario.kind),
];
