import { vi } from 'vitest';
import { main } from '../../src/cli/main.ts';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The run in progress: runs share this process's console, environment and exit code, so they take turns. */
let previous: Promise<unknown> = Promise.resolve();

/**
 * Runs one `huntops` command in this process (the real program of src/cli/main.ts), capturing what it
 * prints through console.log/error and process.stdout/stderr.write. `env` entries are set for the run only.
 * Runs started together (Promise.all) execute one after another.
 */
export function runCli(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<CliRun> {
  const run = previous.then(() => runAlone(args, env));
  previous = run.catch(() => {});
  return run;
}

async function runAlone(args: readonly string[], env: Readonly<Record<string, string>>): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const saved = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void stdout.push(`${parts.join(' ')}\n`));
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void stderr.push(`${parts.join(' ')}\n`));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
  // commander writes its usage errors straight to stderr.
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr.push(String(chunk));
    return true;
  });
  process.exitCode = undefined;
  try {
    await main(['node', 'huntops', ...args]);
    return { code: Number(process.exitCode ?? 0), stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    process.exitCode = undefined;
    vi.restoreAllMocks();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
