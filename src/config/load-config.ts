import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { ConfigError } from './config-error.ts';
import { EMBEDDED_DEFAULT_CONFIG } from './embedded-default.ts';
import { formatIssues } from './format-issues.ts';
import { configSchema, type HuntopsConfig } from './schema.ts';
import { yamlProblem } from './yaml-problem.ts';

export const DEFAULT_CONFIG_FILE = 'huntops.config.yaml';

export interface LoadedConfig {
  readonly config: HuntopsConfig;
  /** The file it came from, or `embedded default`. */
  readonly source: string;
  readonly embedded: boolean;
}

/** Which file to read: an explicit path, then HUNTOPS_CONFIG, then ./huntops.config.yaml if present. */
export function resolveConfigPath(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv,
  cwd: string,
): string | undefined {
  const chosen = explicit ?? env.HUNTOPS_CONFIG;
  if (chosen) return resolve(cwd, chosen);
  const fallback = resolve(cwd, DEFAULT_CONFIG_FILE);
  return existsSync(fallback) ? fallback : undefined;
}

/** Loads and validates the configuration; throws ConfigError listing every problem at once. */
export function loadConfig(options: { path?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): LoadedConfig {
  const env = options.env ?? process.env;
  const path = resolveConfigPath(options.path, env, options.cwd ?? process.cwd());
  if (!path)
    return {
      config: validate(EMBEDDED_DEFAULT_CONFIG, 'embedded default'),
      source: 'embedded default',
      embedded: true,
    };
  return { config: validate(readYaml(path), path), source: path, embedded: false };
}

export function parseConfigText(text: string, source: string): HuntopsConfig {
  return validate(parseYaml(text, source), source);
}

function readYaml(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(
      path,
      [`cannot read the file (${(error as Error).message}); check the path or HUNTOPS_CONFIG`],
      {
        cause: error,
      },
    );
  }
  return parseYaml(text, path);
}

/**
 * YAML errors are reported by position and meaning only (yamlProblem). The parser's own errors quote the offending
 * source text (or an alias name), which may be a pasted secret, so they are not kept as the cause either.
 */
function parseYaml(text: string, source: string): unknown {
  const document = parseDocument(text, { prettyErrors: true });
  if (document.errors.length > 0) throw new ConfigError(source, document.errors.map(yamlProblem));
  try {
    return document.toJS() ?? {};
  } catch (error) {
    // Parsing succeeds but conversion fails on an alias (*name) whose anchor (&name) is missing, or on too many aliases.
    const message = (error as Error).message;
    throw new ConfigError(source, [
      message.startsWith('Unresolved alias')
        ? 'YAML: an alias (*name) refers to no anchor (&name); quote any value that starts with *'
        : `YAML: ${message.split('\n')[0]}`,
    ]);
  }
}

function validate(input: unknown, source: string): HuntopsConfig {
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) throw new ConfigError(source, formatIssues(parsed.error.issues, input), { cause: parsed.error });
  return crossCheck(parsed.data, source);
}

/** Rules that span keys, which the schema alone cannot express. */
function crossCheck(config: HuntopsConfig, source: string): HuntopsConfig {
  const problems: string[] = [];
  for (const [key, tenant] of Object.entries(config.tenants)) {
    const at = `tenants.${key}`;
    if (tenant.backend === 'logAnalytics' && !tenant.logAnalytics) {
      problems.push(`${at}.logAnalytics: required when backend is logAnalytics (set logAnalytics.workspaceId)`);
    }
    if (tenant.backend === 'defender' && !tenant.defender.enabled) {
      problems.push(`${at}.defender.enabled: must be true when backend is defender`);
    }
    if (tenant.backend !== 'local' && !tenant.entraTenantId) {
      problems.push(
        `${at}.entraTenantId: required for the ${tenant.backend} backend (the customer's Entra tenant GUID)`,
      );
    }
    if (tenant.backend === 'local' && !tenant.local?.dataDir && !tenant.local?.demo) {
      problems.push(`${at}.local: the local backend needs local.dataDir (a folder of log files) or local.demo`);
    }
    for (const [surface, ids] of Object.entries(tenant.approvers)) {
      if (ids.includes('*')) {
        problems.push(`${at}.approvers.${surface}: '*' is not allowed for approvers; list each approver's id`);
      }
    }
    if (tenant.blocking.provider === 'entra-named-location' && !tenant.blocking.namedLocationId) {
      problems.push(`${at}.blocking.namedLocationId: required for the entra-named-location provider`);
    }
  }
  config.digests.forEach((group, index) => {
    for (const key of group.tenants) {
      if (!config.tenants[key]) problems.push(`digests.${index}.tenants: unknown tenant '${key}'`);
    }
  });
  problems.push(...peopleProblems(config.people));
  if (problems.length > 0) throw new ConfigError(source, problems);
  return Object.freeze(config);
}

/**
 * Four-eyes looks a person up by any of their ids, whatever the surface, so an id must name one person and a
 * person must have an id; `'*'` is a wildcard of the access lists, not anyone's id.
 */
function peopleProblems(people: HuntopsConfig['people']): string[] {
  const problems: string[] = [];
  const ownerOf = new Map<string, { name: string; path: string }>();
  for (const [name, accounts] of Object.entries(people)) {
    const at = `people.${name}`;
    const listed = Object.entries(accounts).flatMap(([surface, ids]) => (ids ?? []).map((id) => ({ surface, id })));
    if (listed.length === 0) problems.push(`${at}: lists no id; give the person's slack, teams or console id`);
    for (const { surface, id } of listed) {
      const path = `${at}.${surface}`;
      if (id === '*') {
        problems.push(`${path}: '*' is not an id; list the person's own id`);
        continue;
      }
      const owner = ownerOf.get(id);
      if (!owner) ownerOf.set(id, { name, path });
      else if (owner.name !== name)
        problems.push(`${path}: ${id} is already listed under ${owner.path}; an id belongs to one person`);
    }
  }
  return problems;
}
