// Public surface of the query backends.
export * from './query-backend.ts';
