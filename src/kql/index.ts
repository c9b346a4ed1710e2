// Public surface of the embedded KQL engine. Other folders import only from here.
export * from './types.ts';
export * from './query.ts';
export * from './load/index.ts';
export * from './schemas/index.ts';
