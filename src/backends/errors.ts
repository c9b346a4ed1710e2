import { BACKEND_NAMES, type BackendKind } from './query-backend.ts';

export const BACKEND_ERROR_CODES = [
  'huntops_backend_throttled',
  'huntops_backend_unavailable',
  'huntops_backend_timeout',
  'huntops_backend_query_rejected',
  'huntops_backend_query_failed',
  'huntops_backend_data_unreadable',
  'huntops_backend_auth_failed',
  'huntops_backend_bad_response',
  'huntops_backend_config_invalid',
  'huntops_backend_aborted',
] as const;
export type BackendErrorCode = (typeof BACKEND_ERROR_CODES)[number];

/** Where a backend failure happened; both end up in the message so a chat user can tell tenants apart. */
export interface BackendErrorContext {
  readonly tenant: string;
  readonly backend: BackendKind;
  /** How many calls were made before giving up (1 = no retry). */
  readonly attempts?: number;
}

/** A coded error naming the tenant, the backend and the cause. */
export class BackendError extends Error {
  override readonly name = 'BackendError';
  readonly code: BackendErrorCode;
  readonly tenant: string;
  readonly backend: BackendKind;
  readonly attempts: number | undefined;

  constructor(code: BackendErrorCode, context: BackendErrorContext, detail: string, options?: { cause?: unknown }) {
    const tries = context.attempts && context.attempts > 1 ? ` after ${context.attempts} attempts` : '';
    super(`${BACKEND_NAMES[context.backend]} query for tenant '${context.tenant}' failed${tries}: ${detail}`, options);
    this.code = code;
    this.tenant = context.tenant;
    this.backend = context.backend;
    this.attempts = context.attempts;
  }
}

export function isBackendError(error: unknown): error is BackendError {
  return error instanceof BackendError;
}

/** A tenant backend setting that cannot work; the message names the field and how to fix it. */
export class BackendConfigError extends Error {
  override readonly name = 'BackendConfigError';
  readonly code = 'huntops_backend_config_invalid';
}
