import type { TokenCredential } from '@azure/identity';
import { type CloudEndpoints, createTenantCredential, resolveCloud } from '../../backends/index.ts';
import type { TenantConfig } from '../../config/index.ts';
import { DEFAULT_PROVIDER_RETRY, type ProviderRetryPolicy } from './provider-retry.ts';

/** What a real provider takes from its surroundings; every field has a production default. */
export interface ProviderDeps {
  /** Where `credentials.secretEnv` / `passwordEnv` are looked up (default process.env). */
  readonly env?: NodeJS.ProcessEnv;
  /** Overrides the credential built from the tenant's `credentials` setting. */
  readonly credential?: TokenCredential;
  readonly retry?: Partial<ProviderRetryPolicy>;
}

export interface ProviderSetup {
  readonly cloud: CloudEndpoints;
  readonly credential: TokenCredential;
  readonly policy: ProviderRetryPolicy;
}

/** The tenant's endpoints, token credential and retry policy, shared with the query backends' config. */
export function resolveProviderSetup(tenantKey: string, tenant: TenantConfig, deps: ProviderDeps): ProviderSetup {
  const cloud = resolveCloud(tenant.cloud);
  const credential =
    deps.credential ??
    createTenantCredential(
      { name: tenantKey, entraTenantId: tenant.entraTenantId, credentials: tenant.credentials },
      cloud,
      deps.env,
    );
  return { cloud, credential, policy: { ...DEFAULT_PROVIDER_RETRY, ...deps.retry } };
}
