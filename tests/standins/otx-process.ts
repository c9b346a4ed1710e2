import { fork } from 'node:child_process';
import { startOtxStandin } from './otx.ts';

/**
 * The OTX stand-in in its own process, for `npm run bench`: like the real OTX it then does not share the
 * client's event loop (or CPU share) with huntops, so the elapsed time is huntops' alone.
 */
export interface OtxStandinProcess {
  readonly url: string;
  /** Calls received so far and the most answered at the same moment (OtxStandin.peakInFlight). */
  counts(): Promise<OtxCounts>;
  close(): Promise<void>;
}

export interface OtxCounts {
  readonly calls: number;
  readonly peakInFlight: number;
}

type Message = { url: string } | OtxCounts;

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
    async counts() {
      const reply = next<OtxCounts>('calls');
      child.send('counts');
      return reply;
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
    if (message === 'counts')
      process.send?.({ calls: standin.calls.length, peakInFlight: standin.peakInFlight() } satisfies OtxCounts);
  });
  process.send({ url: standin.url });
}
