export const BLOCK_PROVIDER_ERROR_CODES = [
  'huntops_block_throttled',
  'huntops_block_unavailable',
  'huntops_block_timeout',
  'huntops_block_rejected',
  'huntops_block_auth_failed',
  'huntops_block_capacity',
  'huntops_block_conflict',
  'huntops_block_unsupported_indicator',
  'huntops_block_config_invalid',
] as const;
export type BlockProviderErrorCode = (typeof BLOCK_PROVIDER_ERROR_CODES)[number];

/**
 * A coded provider failure. The message names the provider and tenant because the executor
 * stores it as the proposal's `lastError`, which the card shows to the approver.
 */
export class BlockProviderError extends Error {
  override readonly name = 'BlockProviderError';
  readonly code: BlockProviderErrorCode;

  constructor(code: BlockProviderErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** An HTTP answer that was not a success, in the shape the retry helper classifies. */
export class ProviderHttpError extends Error {
  override readonly name = 'ProviderHttpError';
  readonly statusCode: number;
  /** The service's error code (`error.code` in the body), when it sent one. */
  readonly serviceCode: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(statusCode: number, serviceCode: string | undefined, message: string, retryAfterMs?: number) {
    super(message);
    this.statusCode = statusCode;
    this.serviceCode = serviceCode;
    this.retryAfterMs = retryAfterMs;
  }
}
