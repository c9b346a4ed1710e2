import type { Worker } from 'node:worker_threads';
import { DEFAULT_RUNTIME_LIMITS, startTsWorker } from '../../kql/index.ts';
import type { JobMessage, LocalAnswer, LocalJob, WorkerMessage } from './protocol.ts';

const ENGINE_WORKER = new URL('./engine-worker.ts', import.meta.url);

/**
 * How long past its own time limit a query may run before the watchdog ends the thread. The engine checks its
 * limit cooperatively, every 65,536 rows of an operator loop, and stops with KQLR001 a little late; the grace
 * covers that lag and the answer's trip back, so only a query that never reaches a check (one backtracking
 * regular expression match, say) is cut off.
 */
export const WATCHDOG_GRACE_MS = 15_000;

export type EngineThreadErrorCode = 'huntops_engine_thread_stopped' | 'huntops_engine_query_overran';

/** The engine thread stopped (it crashed or ran out of memory), or was stopped by the watchdog, before it answered. */
export class EngineThreadError extends Error {
  override readonly name = 'EngineThreadError';

  constructor(
    readonly code: EngineThreadErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface EngineThreadOptions {
  /** Caps the thread's JavaScript heap: a query that needs more ends the thread, not the bot. */
  readonly maxHeapMb?: number;
  /** Each query's time limit; default the engine's (DEFAULT_RUNTIME_LIMITS.timeoutMs). */
  readonly queryTimeoutMs?: number;
  /** Default WATCHDOG_GRACE_MS. */
  readonly graceMs?: number;
  /** Starts a watchdog timer and returns what cancels it; tests pass a recorder instead of waiting. */
  readonly schedule?: (fire: () => void, ms: number) => () => void;
}

function scheduleTimer(fire: () => void, ms: number): () => void {
  const timer = setTimeout(fire, ms);
  // The thread itself keeps the process alive while it works; the timer need not.
  timer.unref();
  return () => clearTimeout(timer);
}

interface Pending {
  readonly message: JobMessage;
  resolve(answer: LocalAnswer): void;
  reject(error: Error): void;
  /**
   * Armed when the thread starts the job's query, not before: loading a big data directory may take long, and a job
   * waiting on an externaldata fetch would otherwise be blamed for another job's query that holds the thread.
   */
  cancelWatchdog?: () => void;
}

/**
 * The embedded engine's own thread. Local queries are CPU work; on the main thread a burst of hunts
 * would hold back the 3-second Slack acknowledgements and Teams replies of the commands arriving
 * behind them. One thread, started on first use, keeps one copy of the loaded tables; if it dies,
 * its pending jobs fail with the reason and the next job starts a fresh thread.
 *
 * The thread is shared by every local tenant, so one query that never yields (a backtracking regular
 * expression never looks at the engine's clock) would stall them all: a watchdog ends the thread when a
 * query runs past its limit plus a grace, fails that job, and hands the other pending jobs to a fresh thread.
 */
export class EngineThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly maxHeapMb: number | undefined;
  private readonly queryTimeoutMs: number;
  private readonly graceMs: number;
  private readonly schedule: (fire: () => void, ms: number) => () => void;

  constructor(options: EngineThreadOptions = {}) {
    this.maxHeapMb = options.maxHeapMb;
    this.queryTimeoutMs = options.queryTimeoutMs ?? DEFAULT_RUNTIME_LIMITS.timeoutMs;
    this.graceMs = options.graceMs ?? WATCHDOG_GRACE_MS;
    this.schedule = options.schedule ?? scheduleTimer;
  }

  run(job: LocalJob): Promise<LocalAnswer> {
    const message: JobMessage = { id: this.nextId++, job, timeoutMs: this.queryTimeoutMs };
    return new Promise<LocalAnswer>((resolve, reject) => {
      this.pending.set(message.id, { message, resolve, reject });
      this.post(message);
    });
  }

  private post(message: JobMessage): void {
    const worker = this.started();
    // Only a thread with work in hand keeps the process alive (a CLI run ends when its query is answered).
    worker.ref();
    worker.postMessage(message);
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const limits = this.maxHeapMb === undefined ? undefined : { maxOldGenerationSizeMb: this.maxHeapMb };
    const worker = startTsWorker(ENGINE_WORKER, undefined, limits);
    worker.on('message', (message: WorkerMessage) => {
      if ('started' in message) this.armWatchdog(worker, message.id);
      else this.answered(message.id, message.answer);
    });
    worker.on('error', (error) => this.stopped(worker, stopReason(error, this.maxHeapMb)));
    worker.on('exit', (code) => this.stopped(worker, `it exited with code ${code}`));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private armWatchdog(worker: Worker, id: number): void {
    const pending = this.pending.get(id);
    // A thread the watchdog already ended may still report a start; its jobs run again on the fresh one.
    if (!pending || this.worker !== worker) return;
    pending.cancelWatchdog = this.schedule(() => this.overran(worker, id), this.queryTimeoutMs + this.graceMs);
  }

  private answered(id: number, answer: LocalAnswer): void {
    const pending = this.settle(id);
    // A thread the watchdog ended may still deliver an answer it sent before; the current one is what idles.
    if (this.pending.size === 0) this.worker?.unref();
    pending?.resolve(answer);
  }

  /** Ends the stuck thread, fails the job that held it, and re-posts the others to a fresh thread: none is lost. */
  private overran(worker: Worker, id: number): void {
    if (this.worker !== worker) return;
    const stuck = this.settle(id);
    this.worker = undefined;
    void worker.terminate();
    const seconds = Math.ceil(this.queryTimeoutMs / 1000);
    stuck?.reject(
      new EngineThreadError(
        'huntops_engine_query_overran',
        `the query ran past its ${seconds} s time limit without stopping, so the local KQL engine thread was ` +
          'restarted; narrow the query or its parameters (a shorter window, a simpler `matches regex` pattern)',
      ),
    );
    for (const pending of this.pending.values()) {
      pending.cancelWatchdog?.();
      pending.cancelWatchdog = undefined;
      this.post(pending.message);
    }
  }

  private stopped(worker: Worker, reason: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    const failed = [...this.pending.keys()].map((id) => this.settle(id));
    for (const pending of failed)
      pending?.reject(
        new EngineThreadError('huntops_engine_thread_stopped', `the local KQL engine thread stopped: ${reason}`),
      );
  }

  /** Removes a job from the pending ones and disarms its watchdog. */
  private settle(id: number): Pending | undefined {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    pending?.cancelWatchdog?.();
    return pending;
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
    thread = new EngineThread({ maxHeapMb });
    threads.set(maxHeapMb, thread);
  }
  return thread;
}
