/** Stable codes for intel failures; operators and logs refer to these. */
export type IntelErrorCode =
  | 'huntops_intel_bad_settings'
  | 'huntops_intel_bad_feed'
  | 'huntops_intel_otx_auth'
  | 'huntops_intel_otx_rate_limited'
  | 'huntops_intel_otx_http'
  | 'huntops_intel_otx_timeout'
  | 'huntops_intel_otx_network'
  | 'huntops_intel_otx_bad_response'
  | 'huntops_intel_otx_circuit_open';

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
  return new IntelError('huntops_intel_otx_network', `OTX request failed: ${message}`, { cause: error });
}
