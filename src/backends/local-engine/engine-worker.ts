import { parentPort } from 'node:worker_threads';
import { answerJob } from './answer-job.ts';
import type { JobMessage, LocalAnswer, WorkerMessage } from './protocol.ts';

// The engine thread, holding the loaded tables for the whole process. Jobs start in arrival order; while one waits
// on I/O (loading a data directory, an externaldata fetch) the next may start, so a slow load for one tenant does
// not hold back another's hunt. Queries themselves run one at a time: they never yield while running.
const port = parentPort;
if (!port) throw new Error('engine-worker.ts runs only as a worker thread (see engine-thread.ts)');
const post = (message: WorkerMessage) => port.postMessage(message);
port.on('message', async ({ id, job, timeoutMs }: JobMessage) => {
  const onStarted = () => post({ id, started: true });
  post({ id, answer: await answerJob(job, { timeoutMs, onStarted }).catch(internalFailure) });
});

/** A bug in the engine fails that one job with its message instead of taking the thread down. */
function internalFailure(error: unknown): LocalAnswer {
  return { kind: 'failed', code: 'KQL_INTERNAL', message: error instanceof Error ? error.message : String(error) };
}
