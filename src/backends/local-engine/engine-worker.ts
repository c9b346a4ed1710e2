import { parentPort } from 'node:worker_threads';
import { answerJob } from './answer-job.ts';
import type { AnswerMessage, JobMessage, LocalAnswer } from './protocol.ts';

// The engine thread: answers jobs in arrival order, holding the loaded tables for the whole process.
const port = parentPort;
if (!port) throw new Error('engine-worker.ts runs only as a worker thread (see engine-thread.ts)');
port.on('message', async ({ id, job }: JobMessage) => {
  const message: AnswerMessage = { id, answer: await answerJob(job).catch(internalFailure) };
  port.postMessage(message);
});

/** A bug in the engine fails that one job with its message instead of taking the thread down. */
function internalFailure(error: unknown): LocalAnswer {
  return { kind: 'failed', code: 'KQL_INTERNAL', message: error instanceof Error ? error.message : String(error) };
}
