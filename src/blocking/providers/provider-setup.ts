import type { TokenCredential } from '@azure/identity';
import type { TenantConfig } from '../../config/index.ts';
import { type CloudEndpoints, createTenantCredential, resolveCloud } from '../../remote/index.ts';
import { DEFAULT_PROVIDER_RETRY, type ProviderCallObserver, type ProviderRetryPolicy } from './provider-retry.ts';

/** One call to a block provider's API, for metrics: which provider, for which tenant, and how it ended. */
export interface ProviderCallEvent {
  readonly service: 'defender-indicator' | 'entra-named-location';
  readonly tenant: string;
  readonly outcome: string;
}

/** What a real provider takes from its surroundings; every field has a production default. */
export interface ProviderDeps {
  /** Where `credentials.secretEnv` / `passwordEnv` are looked up (default process.env). */
  readonly env?: NodeJS.ProcessEnv;
  /** Overrides the credential built from the tenant's `credentials` setting. */
  readonly credential?: TokenCredential;
  readonly retry?: Partial<ProviderRetryPolicy>;
  /** Told about every attempt of every API call (for metrics); must not throw. */
  readonly observer?: (event: ProviderCallEvent) => void;
}

export interface ProviderSetup {
  readonly cloud: CloudEndpoints;
  readonly credential: TokenCredential;
  readonly policy: ProviderRetryPolicy;
  readonly observe?: ProviderCallObserver;
}

/** The tenant's endpoints, token credential and retry policy, shared with the query backends' config. */
export function resolveProviderSetup(
  service: ProviderCallEvent['service'],
  tenantKey: string,
  tenant: TenantConfig,
  deps: ProviderDeps,
): ProviderSetup {
  const cloud = resolveCloud(tenant.cloud);
  const credential =
    deps.credential ??
    createTenantCredential(
      { name: tenantKey, entraTenantId: tenant.entraTenantId, credentials: tenant.credentials },
      cloud,
      deps.env,
    );
  const { observer } = deps;
  const observe: ProviderCallObserver | undefined =
    observer && ((outcome) => observer({ service, tenant: tenantKey, outcome }));
  return { cloud, credential, policy: { ...DEFAULT_PROVIDER_RETRY, ...deps.retry }, observe };
}
