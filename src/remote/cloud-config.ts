import type { CloudName } from '../config/index.ts';

/**
 * How a tenant reaches Microsoft's cloud: which cloud (a preset or explicit endpoints) and which credential.
 * Declared structurally so the config module hands over its plain objects; only the names of the clouds come
 * from it (as a type: loading config must not load the Azure SDKs this folder uses).
 */

export type { CloudName };

/** Explicit endpoints (e.g. a sovereign cloud not in the presets, or a TLS-inspecting proxy). */
export interface CustomCloudConfig {
  /** Preset that fills every field left out (default 'public'). */
  readonly preset?: CloudName;
  readonly authorityHost?: string;
  /** Log Analytics query base URL including the API version, e.g. https://api.loganalytics.us/v1 */
  readonly logAnalyticsEndpoint?: string;
  readonly logAnalyticsScope?: string;
  /** Microsoft Graph base URL without version, e.g. https://graph.microsoft.us */
  readonly graphBaseUrl?: string;
  readonly graphScope?: string;
  readonly defenderApiHost?: string;
  readonly defenderScope?: string;
  /** PEM file of an extra CA every client of this tenant trusts (per client, not process-wide). */
  readonly caFile?: string;
  /** Skip MSAL instance discovery; defaults to true when authorityHost is not a preset host. */
  readonly disableInstanceDiscovery?: boolean;
}

export type CloudConfig = CloudName | CustomCloudConfig;

export type TenantCredentialConfig =
  | { readonly kind: 'clientSecret'; readonly clientId: string; readonly secretEnv: string }
  | {
      readonly kind: 'certificate';
      readonly clientId: string;
      /** PEM file holding the private key and the certificate. */
      readonly certificatePath: string;
      /** Environment variable with the key's password, when the key is encrypted. */
      readonly passwordEnv?: string;
      readonly sendCertificateChain?: boolean;
    }
  | { readonly kind: 'managedIdentity'; readonly clientId?: string }
  | { readonly kind: 'workloadIdentity'; readonly clientId?: string; readonly tokenFilePath?: string }
  | { readonly kind: 'default'; readonly managedIdentityClientId?: string };
