import {
  ClientCertificateCredential,
  ClientSecretCredential,
  DefaultAzureCredential,
  ManagedIdentityCredential,
  type TokenCredential,
  WorkloadIdentityCredential,
} from '@azure/identity';
import type { TenantCredentialConfig } from './cloud-config.ts';
import type { CloudEndpoints } from './clouds.ts';
import { RemoteConfigError } from './config-error.ts';

/** The parts of a tenant's settings a credential is built from. */
export interface CredentialTenant {
  /** The tenant's huntops name, used in error messages. */
  readonly name?: string;
  readonly entraTenantId?: string;
  readonly credentials?: TenantCredentialConfig;
}

/**
 * The tenant's token credential. One multi-tenant app registration serves many tenants:
 * the same clientId with each tenant's own entraTenantId.
 */
export function createTenantCredential(
  tenant: CredentialTenant,
  cloud: CloudEndpoints,
  env: NodeJS.ProcessEnv = process.env,
): TokenCredential {
  const config = tenant.credentials ?? { kind: 'default' as const };
  const tenantId = tenant.entraTenantId;
  const label = tenant.name ?? tenantId;
  if (!tenantId)
    throw new RemoteConfigError(
      `tenant '${label}': entraTenantId is required to reach Log Analytics, Defender or Graph`,
    );
  const secretFrom = (envName: string, what: string): string => {
    const value = env[envName];
    if (!value)
      throw new RemoteConfigError(
        `tenant '${label}': environment variable ${envName} is not set; export the ${what} there`,
      );
    return value;
  };
  const common = {
    authorityHost: cloud.authorityHost,
    disableInstanceDiscovery: cloud.disableInstanceDiscovery,
    tlsOptions: cloud.caPem === undefined ? undefined : { ca: cloud.caPem },
  };
  switch (config.kind) {
    case 'clientSecret':
      return new ClientSecretCredential(
        tenantId,
        config.clientId,
        secretFrom(config.secretEnv, "app's client secret (credentials.secretEnv)"),
        common,
      );
    case 'certificate': {
      const certificatePassword =
        config.passwordEnv === undefined
          ? undefined
          : secretFrom(config.passwordEnv, 'certificate key password (credentials.passwordEnv)');
      return new ClientCertificateCredential(
        tenantId,
        config.clientId,
        { certificatePath: config.certificatePath, certificatePassword },
        { ...common, sendCertificateChain: config.sendCertificateChain },
      );
    }
    case 'managedIdentity':
      return config.clientId === undefined
        ? new ManagedIdentityCredential(common)
        : new ManagedIdentityCredential(config.clientId, common);
    case 'workloadIdentity':
      return new WorkloadIdentityCredential({
        ...common,
        tenantId,
        clientId: config.clientId,
        tokenFilePath: config.tokenFilePath,
      });
    case 'default':
      return new DefaultAzureCredential({
        ...common,
        tenantId,
        managedIdentityClientId: config.managedIdentityClientId,
      });
    default:
      throw new RemoteConfigError(
        `tenant '${label}': unknown credentials.kind '${(config as { kind: string }).kind}' (use clientSecret, certificate, managedIdentity, workloadIdentity or default)`,
      );
  }
}
