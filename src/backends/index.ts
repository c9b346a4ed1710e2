// Public surface of the query backends.

export * from './clouds.ts';
export * from './credentials.ts';
export * from './errors.ts';
export * from './query-backend.ts';
export * from './tenant-config.ts';
