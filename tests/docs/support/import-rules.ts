import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, sep } from 'node:path';
import ts from 'typescript';

/** One import written in one source file: the file (repository-relative, `/`-separated) and the specifier. */
export interface ImportEdge {
  readonly file: string;
  readonly specifier: string;
}

/** The chat SDKs, and the only folders that may import them. */
export const SDK_IMPORT = /^(botbuilder|botframework-[a-z-]+|@slack\/[a-z-]+)(\/|$)/;
export const SDK_FOLDERS = ['src/chat/teams/', 'src/chat/slack/'] as const;
/** The composition root and the CLI are the only capabilities that may import `src/chat/`. */
export const CHAT_IMPORTERS = ['chat', 'server', 'cli'] as const;

const CODE = /\.(ts|mts|mjs)$/;

/** Every import, re-export and dynamic import of the code files under `folder` (e.g. `src`). */
export function importsUnder(root: string, folder: string): ImportEdge[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => CODE.test(file))
    .flatMap((file) => {
      const path = join(folder, file).split(sep).join('/');
      return importsOf(path, readFileSync(join(root, path), 'utf8'));
    });
}

/** The specifiers `text` imports, as TypeScript reads them (static, `export … from`, `import()`, `import type`). */
export function importsOf(file: string, text: string): ImportEdge[] {
  return ts.preProcessFile(text, true, true).importedFiles.map(({ fileName }) => ({ file, specifier: fileName }));
}

/** The capability a `src/` path belongs to (`src/chat/core/bot.ts` → `chat`), or undefined outside `src/`. */
function capabilityOf(path: string): string | undefined {
  const parts = path.split('/');
  return parts[0] === 'src' && parts.length > 2 ? parts[1] : undefined;
}

/**
 * The import rules of ARCHITECTURE.md, broken by `edge`, each as `file: specifier — rule`:
 * another capability only through its `index.ts`; `src/chat/` only from chat, server and cli; the chat SDKs only
 * from `src/chat/teams/` and `src/chat/slack/`.
 */
export function brokenRules(edge: ImportEdge): string[] {
  const { file, specifier } = edge;
  const broken: string[] = [];
  const say = (rule: string) => broken.push(`${file}: '${specifier}' — ${rule}`);
  if (SDK_IMPORT.test(specifier) && !SDK_FOLDERS.some((folder) => file.startsWith(folder)))
    say('a chat SDK outside src/chat/teams and src/chat/slack');
  if (!specifier.startsWith('.')) return broken;
  const target = posix.normalize(posix.join(dirname(file), specifier));
  const from = capabilityOf(file);
  const to = capabilityOf(target);
  if (from === undefined || to === undefined || from === to) return broken;
  if (target !== `src/${to}/index.ts`) say(`imports inside ${to}; use src/${to}/index.ts`);
  if (to === 'chat' && !(CHAT_IMPORTERS as readonly string[]).includes(from))
    say('only the composition root (server) and cli import src/chat');
  return broken;
}

/** The `export *` lines of a capability's index.ts (`src/<capability>/index.ts`), as `file:line: text`. */
export function starExports(file: string, text: string): string[] {
  if (!/^src\/[a-z-]+\/index\.ts$/.test(file)) return [];
  return text
    .split('\n')
    .flatMap((line, index) => (/^export (type )?\* from /.test(line) ? [`${file}:${index + 1}: ${line}`] : []));
}
