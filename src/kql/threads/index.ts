/** @module Worker threads for CPU work that must not hold the event loop (loading, querying). */
export { startTsWorker } from './ts-worker.ts';
