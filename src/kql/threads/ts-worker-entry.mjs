// Worker threads do not inherit the main thread's tsx loader: register it, then run the TypeScript
// module named in workerData (see ts-worker.ts).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
