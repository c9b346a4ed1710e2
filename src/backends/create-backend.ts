import type { BackendDeps } from './backend-deps.ts';
import { createDefenderBackend } from './defender.ts';
import { BackendConfigError } from './errors.ts';
import { createLocalBackend } from './local.ts';
import { createLogAnalyticsBackend } from './log-analytics.ts';
import { BACKEND_KINDS, type BackendKind, type QueryBackend } from './query-backend.ts';
import type { TenantBackendConfig } from './tenant-config.ts';

/** Builds the backend of `kind` for one tenant. Config problems throw BackendConfigError naming the field. */
export function createBackend(kind: BackendKind, tenant: TenantBackendConfig, deps: BackendDeps = {}): QueryBackend {
  switch (kind) {
    case 'local':
      return createLocalBackend(tenant, deps);
    case 'logAnalytics':
      return createLogAnalyticsBackend(tenant, deps);
    case 'defender':
      if (tenant.defender?.enabled === false) {
        throw new BackendConfigError(
          `tenant '${tenant.name ?? tenant.entraTenantId}': defender.enabled is false; enable it to hunt with the defender backend`,
        );
      }
      return createDefenderBackend(tenant, deps);
    default:
      throw new BackendConfigError(`unknown backend '${String(kind)}': use one of ${BACKEND_KINDS.join(', ')}`);
  }
}
