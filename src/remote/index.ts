/**
 * @module Remote calls: the one retry loop (`retryWithBackoff`, honouring Retry-After, exponential back-off with
 * jitter) that query backends, block providers, OTX lookups and the Teams connector run their attempts through.
 * Each service family classifies its own failures into a `Failure`.
 */
export {
  type Attempt,
  type BackoffPolicy,
  backoffMs,
  type Failure,
  type RetryOptions,
  retryAfterMs,
  retryWithBackoff,
} from './retry.ts';
