import { maskCredentials } from '../logging/index.ts';

/**
 * The store could not be opened or migrated. The message says which setting points at it (DATABASE_URL,
 * or store.sqlitePath) with any password masked; the driver's own error is the cause.
 */
export class StoreError extends Error {
  readonly code = 'huntops_store_unavailable';
  constructor(where: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    // Node's URL parser keeps the whole text it refused in `input`, which for DATABASE_URL holds the password.
    const kept = cause instanceof TypeError && 'input' in cause ? new TypeError(cause.message) : cause;
    super(maskCredentials(`cannot open the store at ${where}: ${reason}`), { cause: kept });
    this.name = 'StoreError';
  }
}
