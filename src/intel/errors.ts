/** Stable codes for intel failures; operators and logs refer to these. */
export type IntelErrorCode =
  | 'intel_bad_settings'
  | 'intel_bad_feed'
  | 'intel_otx_auth'
  | 'intel_otx_rate_limited'
  | 'intel_otx_http'
  | 'intel_otx_timeout'
  | 'intel_otx_network'
  | 'intel_otx_bad_response'
  | 'intel_otx_circuit_open';

export class IntelError extends Error {
  override readonly name = 'IntelError';
  readonly code: IntelErrorCode;
  /** Seconds the server asked us to wait (429 `Retry-After`). */
  readonly retryAfterMs?: number;

  constructor(code: IntelErrorCode, message: string, options: { cause?: unknown; retryAfterMs?: number } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** Wraps anything thrown during a lookup as an IntelError so failures can be counted by code. */
export function asIntelError(error: unknown): IntelError {
  if (error instanceof IntelError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new IntelError('intel_otx_network', `OTX request failed: ${message}`, { cause: error });
}
