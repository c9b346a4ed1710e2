/**
 * @module Query backends: one `QueryBackend` per tenant and kind (`createBackend`), answering in
 * the Log Analytics wire shape. `logAnalytics` (LogsQueryClient), `defender` (Graph
 * runHuntingQuery) and `local` (the embedded KQL engine over `local.dataDir`). Remote calls share
 * per-identity quotas and one retry policy; failures are `BackendError`s naming tenant, backend
 * and cause. Other folders import only from here.
 */

export type { BackendDeps } from './backend-deps.ts';
export { createBackend } from './create-backend.ts';
export { DEFENDER_MAX_WINDOW_MS } from './defender.ts';
export { BackendConfigError, BackendError, type BackendErrorCode } from './errors.ts';
export { BACKEND_NAMES, type BackendKind, type QueryBackend, type QueryResult } from './query-backend.ts';
export { DEFAULT_QUOTAS, type QuotaApi, type QuotaLimits, QuotaRegistry } from './quotas.ts';
export {
  DEFAULT_RETRY_POLICY,
  type RemoteCallEvent,
  type RemoteCallObserver,
  type RetryPolicy,
} from './retry.ts';
export type { TenantBackendConfig } from './tenant-config.ts';
export { restrictToWindow } from './time-window.ts';
