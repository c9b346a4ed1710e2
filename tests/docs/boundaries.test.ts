import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { brokenRules, importsOf, importsUnder, starExports } from './support/import-rules.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('import boundaries (ARCHITECTURE.md)', () => {
  it('src/ imports other capabilities through their index.ts, chat only from server and cli, SDKs only in their surfaces', () => {
    const broken = importsUnder(ROOT, 'src').flatMap(brokenRules);
    expect(broken).toEqual([]);
  });

  it('each index.ts names what it exports (no export *), except the KQL engine', () => {
    const stars = readdirSync(join(ROOT, 'src'))
      // src/kql/index.ts belongs to the engine work, which has not named its exports yet.
      .filter((folder) => folder !== 'kql')
      .map((folder) => `src/${folder}/index.ts`)
      .filter((file) => existsSync(join(ROOT, file)))
      .flatMap((file) => starExports(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(stars).toEqual([]);
  });

  describe('the checker', () => {
    const check = (file: string, text: string) => importsOf(file, text).flatMap(brokenRules);

    it('refuses an import into another capability past its index.ts', () => {
      expect(check('src/hunts/runner/x.ts', "import { a } from '../../backends/retry.ts';")).toEqual([
        "src/hunts/runner/x.ts: '../../backends/retry.ts' — imports inside backends; use src/backends/index.ts",
      ]);
      expect(check('src/digest/x.ts', "export { a } from '../store/table-shapes.ts';")).toHaveLength(1);
      expect(check('src/digest/x.ts', "const m = await import('../kql/query.ts');")).toHaveLength(1);
    });

    it('allows imports inside a capability and through an index.ts', () => {
      expect(check('src/hunts/runner/x.ts', "import { a } from '../params/y.ts';")).toEqual([]);
      expect(check('src/hunts/x.ts', "import type { B } from '../backends/index.ts';")).toEqual([]);
      expect(check('src/server/x.ts', "import { createBot } from '../chat/index.ts';")).toEqual([]);
      expect(check('src/cli/commands/x.ts', "import { teamsCommands } from '../../chat/index.ts';")).toEqual([]);
    });

    it('refuses src/chat imported by a capability other than server and cli, even through its index.ts', () => {
      expect(check('src/blocking/x.ts', "import type { Caller } from '../chat/index.ts';")).toEqual([
        "src/blocking/x.ts: '../chat/index.ts' — only the composition root (server) and cli import src/chat",
      ]);
      expect(check('src/cards/teams/x.ts', "import { a } from '../../chat/core/ports.ts';")).toHaveLength(2);
    });

    it('finds export * in an index.ts', () => {
      expect(starExports('src/cards/index.ts', "export { a } from './a.ts';\nexport type * from './b.ts';")).toEqual([
        "src/cards/index.ts:2: export type * from './b.ts';",
      ]);
      expect(starExports('src/cards/model/x.ts', "export * from './b.ts';")).toEqual([]);
    });

    it('refuses a chat SDK outside src/chat/teams and src/chat/slack', () => {
      for (const sdk of ['botbuilder', 'botframework-connector', '@slack/bolt', '@slack/web-api', '@slack/types/x'])
        expect(check('src/server/x.ts', `import type { T } from '${sdk}';`)).toHaveLength(1);
      expect(check('src/chat/core/x.ts', "import { App } from '@slack/bolt';")).toHaveLength(1);
      expect(check('src/chat/slack/x.ts', "import { App } from '@slack/bolt';")).toEqual([]);
      expect(check('src/chat/teams/x.ts', "import { CloudAdapter } from 'botbuilder';")).toEqual([]);
      expect(check('src/server/x.ts', "import express from 'express';")).toEqual([]);
    });
  });
});
