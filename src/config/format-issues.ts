import type { z } from 'zod';
import { maskCredentials } from '../logging/index.ts';
import { keysAt } from './keys-at.ts';
import { configSchema } from './schema.ts';

const SECRET_LIKE = /secret|password|token|key$/i;
/**
 * Keys whose values are never echoed in an error: secrets, connection strings, and keys that name the
 * environment variable holding a secret (`secretEnv`), because a value refused there is most often the
 * secret itself, pasted in place of the name.
 */
const NEVER_ECHOED = /secret|password|passwd|token|api_?key|credential|Env$|_URL$/i;

/**
 * Turns zod issues into one sentence per problem: `tenants.tenant-a.logAnalytics.workspaceId: expected a GUID, got
 * "abc"`. An unknown key's sentence lists the keys allowed where it stands.
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string[] {
  return withoutShadowedIssues(issues).flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      // Only the config file's schema is strict: the environment's takes any variable.
      const allowed = keysAt(configSchema, path);
      return issue.keys.map((key) => `${joinPath([...path, key])}: ${unknownKeyAdvice(key, allowed)}`);
    }
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the branch that got furthest rather than "invalid input".
      const best = [...issue.errors].sort((a, b) => deepest(b) - deepest(a))[0];
      // A branch's issues are placed relative to the union, so they take the union's own path first.
      return formatIssues(
        best.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })),
        input,
      );
    }
    if (issue.code === 'invalid_key') {
      return [`${joinPath(path)}: ${issue.issues[0]?.message ?? 'invalid key'}`];
    }
    const got = valueAt(input, path);
    const shown = describeValue(got, path);
    if (issue.code === 'invalid_type') {
      return [`${joinPath(path)}: ${got === undefined ? 'is required' : `expected ${issue.expected}, got ${shown}`}`];
    }
    return [`${joinPath(path)}: ${issue.message}, got ${shown}`];
  });
}

/**
 * A secret written under the wrong key (`clientSecret: …`) also leaves `secretEnv` missing;
 * reporting both would count one mistake twice, so the missing-key issue is dropped.
 */
function withoutShadowedIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const secretKeyAt = new Set(
    issues
      .filter((issue) => issue.code === 'unrecognized_keys' && issue.keys.some((key) => SECRET_LIKE.test(key)))
      .map((issue) => issue.path.join('.')),
  );
  const shadowed = (issue: z.core.$ZodIssue) =>
    issue.code === 'invalid_type' &&
    String(issue.path.at(-1)).endsWith('Env') &&
    secretKeyAt.has(issue.path.slice(0, -1).join('.'));
  return issues.filter((issue) => !shadowed(issue));
}

function unknownKeyAdvice(key: string, allowed: readonly string[]): string {
  if (SECRET_LIKE.test(key)) {
    return `unknown key "${key}": secrets never go in the config file; put the secret in an environment variable and name it (for a client secret: credentials.secretEnv)`;
  }
  const here = allowed.length > 0 ? `; the keys here are ${allowed.join(', ')}` : '';
  return `unknown key "${key}"${here} (the README's configuration reference says what each does)`;
}

function deepest(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((issue) => issue.path.length + (issue.code === 'invalid_union' ? 0 : 1)));
}

function joinPath(path: readonly string[]): string {
  return path.length === 0 ? '(top level)' : path.join('.');
}

function valueAt(input: unknown, path: readonly string[]): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** What a refused value looked like: a short, masked copy of a plain value, unless it may be a secret. */
function describeValue(value: unknown, path: readonly string[]): string {
  if (value === undefined) return 'nothing';
  // A list or a mapping may hold a secret under any key; its shape is enough to find the mistake.
  if (value !== null && typeof value === 'object') return Array.isArray(value) ? 'a list' : 'a mapping';
  if (path.some((key) => NEVER_ECHOED.test(key))) return `a ${typeof value} (not shown: it may be a secret)`;
  return truncate(maskCredentials(JSON.stringify(value)));
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
