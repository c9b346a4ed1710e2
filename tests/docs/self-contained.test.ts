import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * A new user's clone has nothing beside it, so no source or test file may name a path outside the
 * repository: neither an absolute path into someone's machine nor a relative one that climbs out of the
 * checkout. What a test needs from elsewhere is copied into tests/fixtures/ with its source and licence.
 * (CI also runs the suite with everything beside the clone hidden: see .ci/run.)
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CODE = /\.(ts|mts|mjs|js|cjs)$/;
/** Top-level folders of a machine that only ever hold someone's own files, never something a clone ships. */
const MACHINE_FOLDERS = /^\/(work|home|root|mnt|srv|opt|Users|media|shared)(\/|$)/;
const STRING_LITERAL = /'([^'\\\n]*(?:\\.[^'\\\n]*)*)'|"([^"\\\n]*(?:\\.[^"\\\n]*)*)"|`([^`\\]*(?:\\.[^`\\]*)*)`/g;

function codeFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => CODE.test(file) && !file.split(sep).includes('node_modules'))
    .map((file) => join(folder, file));
}

/** The paths a file's string literals name outside the repository, as `line: literal — why`. */
function outsidePaths(file: string, text = readFileSync(join(ROOT, file), 'utf8')): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(STRING_LITERAL)) {
    const literal = match[1] ?? match[2] ?? match[3] ?? '';
    const line = text.slice(0, match.index).split('\n').length;
    if (MACHINE_FOLDERS.test(literal)) found.push(`${file}:${line}: '${literal}' is an absolute path on one machine`);
    const climbing = literal.match(/^(?:\.\.\/)+[^\s${}]*/)?.[0];
    if (climbing && relative(ROOT, resolve(ROOT, dirname(file), climbing)).startsWith('..'))
      found.push(`${file}:${line}: '${literal}' climbs out of the repository`);
  }
  return found;
}

describe('the repository is self-contained', () => {
  it('no file in src/ or tests/ names a path outside the checkout', () => {
    const offenders = [...codeFiles('src'), ...codeFiles('tests')].flatMap((file) => outsidePaths(file));
    expect(
      offenders,
      `these lines reach outside the repository; copy what they need into tests/fixtures/ (with its source and licence):\n${offenders.join('\n')}`,
    ).toEqual([]);
  });

  it('the check itself catches both kinds of path', () => {
    // Guards the guard: a check that matched nothing would pass the test above on any tree.
    const text = [
      "const corpus = '/home/me/kql-corpus';",
      'const notes = new URL("../../../elsewhere/notes.md", import.meta.url);',
      "import { x } from '../../src/kql/index.ts';",
      "app.post('/slack/events', handler);",
    ].join('\n');
    expect(outsidePaths('tests/kql/example.test.ts', text)).toEqual([
      "tests/kql/example.test.ts:1: '/home/me/kql-corpus' is an absolute path on one machine",
      "tests/kql/example.test.ts:2: '../../../elsewhere/notes.md' climbs out of the repository",
    ]);
  });
});
