/**
 * @module Remote calls: the one retry loop (`retryWithBackoff`, honouring Retry-After, exponential back-off with
 * jitter) that query backends, block providers, OTX lookups and the Teams connector run their attempts through
 * (each service family classifies its own failures into a `Failure`), and the cloud plumbing they share: a
 * tenant's cloud endpoints, its token credential and the Microsoft Graph client.
 */
export type {
  CloudConfig,
  CloudName,
  CustomCloudConfig,
  TenantCredentialConfig,
} from './cloud-config.ts';
export { type CloudEndpoints, type CloudPortals, portalsFor, resolveCloud } from './clouds.ts';
export { RemoteConfigError } from './config-error.ts';
export { type CredentialTenant, createTenantCredential } from './credentials.ts';
export { createGraphClient } from './graph-client.ts';
export {
  type Attempt,
  type BackoffPolicy,
  backoffMs,
  type Failure,
  type RetryOptions,
  retryAfterMs,
  retryWithBackoff,
} from './retry.ts';
