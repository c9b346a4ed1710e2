import type { TokenCredential } from '@azure/identity';
import {
  AuthenticationHandler,
  Client,
  type FetchOptions,
  HTTPMessageHandler,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials/index.js';
import { Agent } from 'undici';
import type { CloudEndpoints } from './clouds.ts';

/**
 * A Graph client for the tenant's cloud. The chain leaves out the SDK's RetryHandler so that
 * our retry policy (retry.ts) is the only one; the base URL's host is registered as a custom
 * host because the SDK sends the bearer token only to hosts it knows.
 */
export function createGraphClient(credential: TokenCredential, cloud: CloudEndpoints): Client {
  const authProvider = new TokenCredentialAuthenticationProvider(credential, { scopes: [cloud.graphScope] });
  return Client.initWithMiddleware({
    baseUrl: cloud.graphBaseUrl,
    defaultVersion: 'v1.0',
    customHosts: new Set([new URL(cloud.graphBaseUrl).hostname]),
    middleware: [new AuthenticationHandler(authProvider), new TelemetryHandler(), new HTTPMessageHandler()],
    fetchOptions: cloud.caPem === undefined ? undefined : trustingFetchOptions(cloud.caPem),
  });
}

// Graph calls the global fetch (undici), which takes an extra CA only through a dispatcher;
// the DOM RequestInit type the SDK declares does not know that Node-only field.
function trustingFetchOptions(caPem: string): FetchOptions {
  return { dispatcher: new Agent({ connect: { ca: caPem } }) } as FetchOptions;
}
