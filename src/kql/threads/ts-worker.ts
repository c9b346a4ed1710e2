import { type ResourceLimits, Worker } from 'node:worker_threads';

const ENTRY = new URL('./ts-worker-entry.mjs', import.meta.url);

/**
 * Starts a worker thread running a TypeScript module of this code base (huntops runs from source
 * through tsx, with no build). The module reads its input as `workerData.input`.
 */
export function startTsWorker(module: URL, input?: unknown, resourceLimits?: ResourceLimits): Worker {
  return new Worker(ENTRY, { workerData: { module: module.href, input }, resourceLimits });
}
