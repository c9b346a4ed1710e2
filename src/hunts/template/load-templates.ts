import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HuntError } from '../errors.ts';
import type { HuntTemplate } from './hunt-template.ts';
import { parseTemplate } from './parse-template.ts';

/** The folder of templates that ship with huntops. */
export const SHIPPED_TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));

const TEMPLATE_FILE = /\.ya?ml$/i;

/** Lists template files: each path is a template file or a folder searched (not recursively) for *.yaml / *.yml. */
export function listTemplateFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    const stats = statOrThrow(path);
    if (!stats.isDirectory()) return [path];
    return readdirSync(path)
      .filter((name) => TEMPLATE_FILE.test(name))
      .sort()
      .map((name) => join(path, name));
  });
}

/** Reads and validates one template file. */
export function loadTemplateFile(path: string): HuntTemplate {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new HuntError(
      'huntops_hunt_template_unreadable',
      `Template ${path} cannot be read: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  return parseTemplate(text, path);
}

/**
 * Loads the shipped templates followed by those in `extraPaths`. Two templates with the same command
 * are refused, naming both files, so a dropped-in rule can never silently shadow another hunt.
 */
export function loadTemplates(extraPaths: readonly string[] = []): HuntTemplate[] {
  const templates = listTemplateFiles([SHIPPED_TEMPLATES_DIR, ...extraPaths]).map(loadTemplateFile);
  const seen = new Map<string, HuntTemplate>();
  for (const template of templates) {
    const previous = seen.get(template.command);
    if (previous) {
      throw new HuntError(
        'huntops_hunt_template_duplicate',
        `Templates ${previous.source} and ${template.source} both define the command '${template.command}'. ` +
          'Rename one file or set a different x-hunt.command.',
      );
    }
    seen.set(template.command, template);
  }
  return templates;
}

/** Finds a template by its command, with a message listing the available commands when there is none. */
export function findTemplate(templates: readonly HuntTemplate[], command: string): HuntTemplate {
  const template = templates.find((candidate) => candidate.command === command.toLowerCase());
  if (template) return template;
  const commands = templates.map((candidate) => candidate.command).join(', ');
  throw new HuntError('huntops_hunt_template_unknown', `There is no hunt '${command}'. Available hunts: ${commands}.`);
}

function statOrThrow(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    throw new HuntError('huntops_hunt_template_unreadable', `Template path ${path} does not exist or cannot be read.`, {
      cause: error,
    });
  }
}
