import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENDPOINT_KEYS } from '../../src/chat/teams/teams-settings.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENV_EXAMPLE = readFileSync(join(ROOT, '.env.example'), 'utf8');

/** The variables `.env.example` lists, set (`NAME=`) or shown commented out (`# NAME=`). */
const listed = new Set([...ENV_EXAMPLE.matchAll(/^(?:# )?([A-Za-z][A-Za-z0-9_]*)=/gm)].map((match) => match[1]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * The environment variables src/ reads: `env.NAME` anywhere, and the keys of the tables that read them by name
 * (readEnv's schema, the intel settings' schema, the HUNTOPS_REMOTE_* knobs, botbuilder's endpoint keys).
 */
function variablesReadBySrc(): Set<string> {
  const names = new Set<string>(ENDPOINT_KEYS);
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\benv\??\.([A-Z][A-Za-z0-9_]*)/g)) names.add(match[1]);
  }
  for (const file of ['src/config/env.ts', 'src/intel/settings.ts', 'src/config/remote-retry.ts']) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const match of text.matchAll(/^ {2}([A-Z][A-Za-z0-9_]*):/gm)) names.add(match[1]);
  }
  return names;
}

describe('.env.example', () => {
  const read = variablesReadBySrc();

  it('lists every environment variable src/ reads', () => {
    expect(read.size).toBeGreaterThan(30);
    expect([...read].filter((name) => !listed.has(name)).sort()).toEqual([]);
  });

  it('sets no variable src/ does not read (the config names the others, shown commented out)', () => {
    const set = [...ENV_EXAMPLE.matchAll(/^([A-Za-z][A-Za-z0-9_]*)=/gm)].map((match) => match[1]);
    expect(set.filter((name) => !read.has(name))).toEqual([]);
  });
});
