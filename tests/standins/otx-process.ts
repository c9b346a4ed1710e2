import { fork } from 'node:child_process';
import { startOtxStandin } from './otx.ts';

/**
 * The OTX stand-in in its own process, for timing tests: like the real OTX it then does not share the
 * client's event loop (or CPU share) with huntops.
 */
export interface OtxStandinProcess {
  readonly url: string;
  callCount(): Promise<number>;
  close(): Promise<void>;
}

type Message = { url: string } | { calls: number };

export async function startOtxStandinProcess(options: {
  apiKey: string;
  latencyMs: number;
}): Promise<OtxStandinProcess> {
  const child = fork(new URL(import.meta.url).pathname, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, OTX_STANDIN_KEY: options.apiKey, OTX_STANDIN_LATENCY_MS: String(options.latencyMs) },
  });
  const next = <T extends Message>(key: keyof T) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (message: Message) => {
        if (!(key in message)) return;
        child.off('message', onMessage);
        resolve(message as T);
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`OTX stand-in process exited with ${code}`)));
    });
  const { url } = await next<{ url: string }>('url');
  return {
    url,
    async callCount() {
      const reply = next<{ calls: number }>('calls');
      child.send('calls');
      return (await reply).calls;
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

// Child side: started by fork() above.
if (process.send && process.env.OTX_STANDIN_KEY) {
  const standin = await startOtxStandin({
    apiKey: process.env.OTX_STANDIN_KEY,
    latencyMs: Number(process.env.OTX_STANDIN_LATENCY_MS),
  });
  process.on('message', (message) => {
    if (message === 'calls') process.send?.({ calls: standin.calls.length });
  });
  process.send({ url: standin.url });
}
