import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A start takes seconds (tsx compiles the sources); on a 2-core machine running other test files, much longer. */
const START_TIMEOUT_MS = 50_000;
const BIN = fileURLToPath(new URL('../../src/cli/bin.mjs', import.meta.url));

export interface SpawnedHuntops {
  readonly url: string;
  readonly process: ChildProcess;
  /** Every log line so far. */
  readonly output: string[];
  readonly dir: string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Runs `huntops serve` as its own process (as `npm start` would), on a free port, and resolves once it
 * listens. Used where process-level settings matter (NODE_EXTRA_CA_CERTS) or the process must be killed.
 */
export async function spawnHuntops(options: {
  configYaml: string;
  env?: Record<string, string>;
  dir?: string;
}): Promise<SpawnedHuntops> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'huntops-proc-'));
  const configPath = join(dir, 'huntops.config.yaml');
  writeFileSync(configPath, `${options.configYaml}store:\n  sqlitePath: ${join(dir, 'huntops.db')}\n`);
  const child = spawn(process.execPath, [BIN, 'serve', '--config', configPath], {
    env: {
      PATH: process.env.PATH,
      ...sameClock(),
      PORT: '0',
      HOST: '127.0.0.1',
      HUNTOPS_DATA_DIR: join(dir, 'data'),
      LOG_LEVEL: 'debug',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`huntops did not start within ${START_TIMEOUT_MS / 1000} s:\n${output.join('\n')}`)),
      START_TIMEOUT_MS,
    );
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        output.push(line);
        const match = /listening on (http:\/\/[^\s"]+)/.exec(line);
        if (match) {
          clearTimeout(timer);
          resolve(match[1].replace('localhost', '127.0.0.1'));
        }
      }
    };
    child.stdout.on('data', onLine);
    child.stderr.on('data', onLine);
    child.once('exit', (code) => reject(new Error(`huntops exited with ${code}:\n${output.join('\n')}`)));
  });
  return {
    url,
    process: child,
    output,
    dir,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      }),
  };
}

/**
 * The variables that set this process's clock and time zone (TZ, and libfaketime's LD_PRELOAD/FAKETIME*), so
 * the child runs on the same clock as the test: certificates the test makes now are valid in the child too.
 */
function sameClock(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        /^(TZ|LD_PRELOAD|FAKETIME\w*|DONT_FAKE_MONOTONIC)$/.test(entry[0]) && entry[1] !== undefined,
    ),
  );
}
