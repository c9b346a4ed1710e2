// Public surface of digests and multi-tenant sweeps.
export { runSweep, type SweepLine, type SweepLineState, type SweepOptions } from './run-sweep.ts';
