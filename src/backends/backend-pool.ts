import type { BackendDeps } from './backend-deps.ts';
import { createBackend } from './create-backend.ts';
import type { BackendKind, QueryBackend } from './query-backend.ts';
import type { TenantBackendConfig } from './tenant-config.ts';

/**
 * Keeps one backend per (tenant, kind) so its SDK client, token cache and connections are reused
 * across hunts. A tenant whose config object was replaced (config reload) gets a fresh backend.
 */
export class BackendPool {
  readonly #entries = new Map<string, { readonly config: TenantBackendConfig; readonly backend: QueryBackend }>();

  constructor(private readonly deps: BackendDeps = {}) {}

  get(tenantName: string, kind: BackendKind, tenant: TenantBackendConfig): QueryBackend {
    const key = `${tenantName}\u0000${kind}`;
    const entry = this.#entries.get(key);
    if (entry?.config === tenant) return entry.backend;
    const backend = createBackend(kind, { name: tenantName, ...tenant }, this.deps);
    this.#entries.set(key, { config: tenant, backend });
    return backend;
  }
}
