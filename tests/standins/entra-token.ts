import { randomUUID } from 'node:crypto';
import { importX509, jwtVerify } from 'jose';
import { type RecordedCall, type Reply, type Standin, startHttpsStandin } from './https-standin.ts';

/** An app registration the stand-in knows. A multi-tenant app lists several tenants (or none = any tenant). */
export interface RegisteredClient {
  readonly clientId: string;
  readonly secret?: string;
  /** PEM certificate whose key signs the client assertion (ClientCertificateCredential). */
  readonly certificatePem?: string;
  /** A federated token (workload identity) accepted as the client assertion as-is. */
  readonly federatedToken?: string;
  readonly tenants?: readonly string[];
}

export interface IssuedToken {
  readonly tenantId: string;
  readonly clientId: string;
  readonly scope: string;
}

export interface EntraTokenStandin extends Standin {
  /** Who a bearer token was issued to, or undefined for a token this stand-in never issued. */
  verify(accessToken: string): IssuedToken | undefined;
}

/**
 * Entra ID (v2.0) stand-in: OpenID metadata and the client-credentials token endpoint, over HTTPS.
 * Point @azure/identity at it with `authorityHost: url`, `disableInstanceDiscovery: true` and the test CA.
 */
export async function startEntraTokenStandin(options: {
  clients: readonly RegisteredClient[];
}): Promise<EntraTokenStandin> {
  const issued = new Map<string, IssuedToken>();
  let baseUrl = '';

  const handle = async (call: RecordedCall): Promise<Reply> => {
    const url = new URL(call.path, baseUrl);
    const [tenantId, ...rest] = url.pathname.split('/').filter(Boolean);
    const route = rest.join('/');
    if (call.method === 'GET' && route === 'v2.0/.well-known/openid-configuration') return metadata(baseUrl, tenantId);
    if (call.method === 'POST' && route === 'oauth2/v2.0/token') {
      const form = new URLSearchParams(call.body);
      const client = options.clients.find((candidate) => candidate.clientId === form.get('client_id'));
      const tokenEndpoint = `${baseUrl}/${tenantId}/oauth2/v2.0/token`;
      if (
        !client ||
        !(client.tenants?.includes(tenantId) ?? true) ||
        !(await authenticates(client, form, tokenEndpoint))
      ) {
        return oauthError(401, 'invalid_client', 'AADSTS7000215: Invalid client secret provided.');
      }
      if (form.get('grant_type') !== 'client_credentials')
        return oauthError(400, 'unsupported_grant_type', 'AADSTS70003');
      const accessToken = `at-${randomUUID()}`;
      issued.set(accessToken, { tenantId, clientId: client.clientId, scope: form.get('scope') ?? '' });
      return {
        status: 200,
        json: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: accessToken },
      };
    }
    return oauthError(404, 'not_found', `no route ${call.method} ${url.pathname}`);
  };

  const standin = await startHttpsStandin(handle);
  baseUrl = standin.url;
  return { ...standin, verify: (token) => issued.get(token) };
}

function metadata(baseUrl: string, tenantId: string): Reply {
  const root = `${baseUrl}/${tenantId}`;
  return {
    status: 200,
    json: {
      issuer: `${root}/v2.0`,
      token_endpoint: `${root}/oauth2/v2.0/token`,
      authorization_endpoint: `${root}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${root}/oauth2/v2.0/devicecode`,
      end_session_endpoint: `${root}/oauth2/v2.0/logout`,
      jwks_uri: `${root}/discovery/v2.0/keys`,
    },
  };
}

async function authenticates(client: RegisteredClient, form: URLSearchParams, tokenEndpoint: string): Promise<boolean> {
  const secret = form.get('client_secret');
  if (secret !== null) return client.secret !== undefined && secret === client.secret;
  const assertion = form.get('client_assertion');
  if (assertion === null) return false;
  if (client.federatedToken !== undefined) return assertion === client.federatedToken;
  if (client.certificatePem === undefined) return false;
  try {
    const key = await importX509(client.certificatePem, 'PS256');
    await jwtVerify(assertion, key, {
      issuer: client.clientId,
      subject: client.clientId,
      audience: tokenEndpoint,
      clockTolerance: 5,
    });
    return true;
  } catch {
    return false;
  }
}

function oauthError(status: number, error: string, description: string): Reply {
  return {
    status,
    json: { error, error_description: description, error_codes: [], timestamp: new Date().toISOString() },
  };
}
