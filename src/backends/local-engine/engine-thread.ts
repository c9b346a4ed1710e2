import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../../kql/index.ts';
import type { AnswerMessage, JobMessage, LocalAnswer, LocalJob } from './protocol.ts';

const ENGINE_WORKER = new URL('./engine-worker.ts', import.meta.url);

/** The engine thread stopped (it crashed or ran out of memory) before it answered. */
export class EngineThreadError extends Error {
  override readonly name = 'EngineThreadError';
}

interface Pending {
  resolve(answer: LocalAnswer): void;
  reject(error: Error): void;
}

/**
 * The embedded engine's own thread. Local queries are CPU work; on the main thread a burst of hunts
 * would hold back the 3-second Slack acknowledgements and Teams replies of the commands arriving
 * behind them. One thread, started on first use, keeps one copy of the loaded tables; if it dies,
 * its pending jobs fail with the reason and the next job starts a fresh thread.
 */
export class EngineThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** `maxHeapMb` caps the thread's JavaScript heap: a query that needs more ends the thread, not the bot. */
  constructor(private readonly maxHeapMb?: number) {}

  run(job: LocalJob): Promise<LocalAnswer> {
    const worker = this.started();
    const id = this.nextId++;
    const message: JobMessage = { id, job };
    return new Promise<LocalAnswer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Only a thread with work in hand keeps the process alive (a CLI run ends when its query is answered).
      worker.ref();
      worker.postMessage(message);
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const limits = this.maxHeapMb === undefined ? undefined : { maxOldGenerationSizeMb: this.maxHeapMb };
    const worker = startTsWorker(ENGINE_WORKER, undefined, limits);
    worker.on('message', ({ id, answer }: AnswerMessage) => {
      const pending = this.pending.get(id);
      this.pending.delete(id);
      if (this.pending.size === 0) worker.unref();
      pending?.resolve(answer);
    });
    worker.on('error', (error) => this.stopped(worker, stopReason(error, this.maxHeapMb)));
    worker.on('exit', (code) => this.stopped(worker, `it exited with code ${code}`));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private stopped(worker: Worker, reason: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    const failed = [...this.pending.values()];
    this.pending.clear();
    for (const pending of failed)
      pending.reject(new EngineThreadError(`the local KQL engine thread stopped: ${reason}`));
  }
}

function stopReason(error: Error & { code?: string }, maxHeapMb: number | undefined): string {
  if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') return error.message;
  const limit = maxHeapMb === undefined ? 'its memory' : `HUNTOPS_LOCAL_ENGINE_HEAP_MB (${maxHeapMb} MB)`;
  return `the query and its data needed more than ${limit}; narrow the window or the data directory, or raise the limit`;
}

const threads = new Map<number | undefined, EngineThread>();

/** The process's engine thread for a heap limit: one, in practice, shared by every local tenant. */
export function sharedEngineThread(maxHeapMb?: number): EngineThread {
  let thread = threads.get(maxHeapMb);
  if (!thread) {
    thread = new EngineThread(maxHeapMb);
    threads.set(maxHeapMb, thread);
  }
  return thread;
}
