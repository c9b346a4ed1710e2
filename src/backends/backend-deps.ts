import type { TokenCredential } from '@azure/identity';
import type { ExternalDataSources } from '../kql/index.ts';
import { type CloudEndpoints, createTenantCredential, RemoteConfigError, resolveCloud } from '../remote/index.ts';
import { BackendConfigError } from './errors.ts';
import { type QuotaApi, type QuotaGate, QuotaRegistry } from './quotas.ts';
import { DEFAULT_RETRY_POLICY, type RemoteCallObserver, type RetryPolicy } from './retry.ts';
import type { TenantBackendConfig } from './tenant-config.ts';

/** What a backend gets from its surroundings; every field has a production default. */
export interface BackendDeps {
  /** Share one registry per process so every backend of a tenant draws from the same quota. */
  readonly quotas?: QuotaRegistry;
  readonly retry?: Partial<RetryPolicy>;
  /** Overrides the credential built from the tenant's `credentials` setting. */
  readonly credential?: TokenCredential;
  readonly env?: NodeJS.ProcessEnv;
  /** Server-side timeout asked of Log Analytics (Prefer: wait=N); default 180 s, service maximum 600 s. */
  readonly serverTimeoutSeconds?: number;
  /** Told about every call to the remote service (for metrics). */
  readonly observer?: RemoteCallObserver;
  /** Where a backend reports what an operator should fix but a hunt need not show (a stray data file). */
  readonly logger?: { warn(details: object, message: string): void };
  /**
   * Where `externaldata` in a local query may read from: `kql.externalData` with its file paths resolved
   * (resolvedExternalData). Without it the local backend refuses externaldata as not available offline.
   */
  readonly externalData?: ExternalDataSources;
}

/** Everything a remote (Log Analytics / Defender) backend needs, resolved once at creation. */
export interface RemoteSetup {
  readonly cloud: CloudEndpoints;
  readonly credential: TokenCredential;
  readonly gate: QuotaGate;
  readonly policy: RetryPolicy;
  readonly observer?: RemoteCallObserver;
}

const sharedQuotas = new QuotaRegistry();

export function resolveRemoteSetup(tenant: TenantBackendConfig, deps: BackendDeps, api: QuotaApi): RemoteSetup {
  const { cloud, credential } = cloudAccess(tenant, deps);
  // Quotas are per identity: in a multi-tenant app each tenant has its own service principal.
  const clientId = tenant.credentials && 'clientId' in tenant.credentials ? tenant.credentials.clientId : undefined;
  const identity = `${tenant.entraTenantId}/${clientId ?? tenant.credentials?.kind ?? 'default'}`;
  return {
    cloud,
    credential,
    gate: (deps.quotas ?? sharedQuotas).gateFor(identity, api),
    policy: { ...DEFAULT_RETRY_POLICY, ...deps.retry },
    observer: deps.observer,
  };
}

// A backend's callers handle one kind of setup error, whichever setting (backend, cloud or credential) is wrong.
function cloudAccess(tenant: TenantBackendConfig, deps: BackendDeps) {
  try {
    const cloud = resolveCloud(tenant.cloud);
    return { cloud, credential: deps.credential ?? createTenantCredential(tenant, cloud, deps.env) };
  } catch (error) {
    if (error instanceof RemoteConfigError) throw new BackendConfigError(error.message, { cause: error });
    throw error;
  }
}
