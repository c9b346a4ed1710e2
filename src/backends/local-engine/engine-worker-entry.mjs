// Worker threads do not inherit the main thread's tsx loader, so the engine thread registers its own.
import { register } from 'tsx/esm/api';

register();
await import('./engine-worker.ts');
