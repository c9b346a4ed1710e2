import type { CloudConfig, TenantCredentialConfig } from '../remote/index.ts';

/**
 * The per-tenant settings the backends need, declared structurally so the config module can
 * hand over its plain objects without this folder importing it.
 */

export interface TenantBackendConfig {
  /** The tenant's huntops name (e.g. 'tenant-a'); used in error messages when no request names it. */
  readonly name?: string;
  /** Required by the remote backends; a local-only tenant may leave it out. */
  readonly entraTenantId?: string;
  readonly credentials?: TenantCredentialConfig;
  readonly cloud?: CloudConfig;
  readonly logAnalytics?: { readonly workspaceId: string; readonly additionalWorkspaces?: readonly string[] };
  readonly defender?: { readonly enabled: boolean };
  readonly local?: { readonly dataDir?: string };
}
