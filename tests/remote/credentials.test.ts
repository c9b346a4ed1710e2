import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenantCredential, RemoteConfigError, resolveCloud } from '../../src/remote/index.ts';
import { type EntraTokenStandin, startEntraTokenStandin } from '../standins/entra-token.ts';
import { testClientCertificate, testTls } from '../standins/tls.ts';

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const CERT_CLIENT_ID = '66666666-2222-3333-4444-555555555555';
const WORKLOAD_CLIENT_ID = '77777777-2222-3333-4444-555555555555';

describe('createTenantCredential', () => {
  let entra: EntraTokenStandin;
  const certificate = testClientCertificate();
  beforeAll(async () => {
    entra = await startEntraTokenStandin({
      clients: [
        { clientId: CLIENT_ID, secret: 's3cret', tenants: ['tenant-a-id', 'tenant-b-id'] },
        { clientId: CERT_CLIENT_ID, certificatePem: certificate.certificatePem },
        { clientId: WORKLOAD_CLIENT_ID, federatedToken: 'federated.k8s.token' },
      ],
    });
  });
  afterAll(() => entra.close());

  const cloud = () => resolveCloud({ authorityHost: entra.url, caFile: testTls().caFile });
  const tenant = (entraTenantId: string, secretEnv = 'HUNTOPS_TEST_SECRET') => ({
    entraTenantId,
    credentials: { kind: 'clientSecret' as const, clientId: CLIENT_ID, secretEnv },
  });

  it('gets real tokens from the token endpoint for each tenant of one multi-tenant app', async () => {
    const env = { HUNTOPS_TEST_SECRET: 's3cret' };
    for (const tenantId of ['tenant-a-id', 'tenant-b-id']) {
      const token = await createTenantCredential(tenant(tenantId), cloud(), env).getToken(
        'https://api.loganalytics.io/.default',
      );
      expect(entra.verify(token?.token ?? '')).toEqual({
        tenantId,
        clientId: CLIENT_ID,
        scope: 'https://api.loganalytics.io/.default',
      });
    }
    const tokenPosts = entra.calls.filter((call) => call.path.includes('/oauth2/v2.0/token'));
    expect(tokenPosts.map((call) => call.path.split('/')[1])).toEqual(['tenant-a-id', 'tenant-b-id']);
    expect(new URLSearchParams(tokenPosts[0].body).get('grant_type')).toBe('client_credentials');
  });

  it('signs in with a certificate (PS256 client assertion verified by the stand-in)', async () => {
    const tenant = {
      entraTenantId: 'tenant-c-id',
      credentials: { kind: 'certificate' as const, clientId: CERT_CLIENT_ID, certificatePath: certificate.pemFile },
    };
    const token = await createTenantCredential(tenant, cloud(), {}).getToken('https://graph.microsoft.com/.default');
    expect(entra.verify(token?.token ?? '')).toMatchObject({ tenantId: 'tenant-c-id', clientId: CERT_CLIENT_ID });
    const form = new URLSearchParams(
      entra.calls.filter((call) => call.path.startsWith('/tenant-c-id/oauth2')).at(-1)?.body,
    );
    expect(form.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    expect(form.get('client_secret')).toBeNull();
  });

  it('signs in with a workload identity (federated token file as client assertion)', async () => {
    const tokenFilePath = join(mkdtempSync(join(tmpdir(), 'huntops-wi-')), 'token');
    writeFileSync(tokenFilePath, 'federated.k8s.token');
    const tenant = {
      entraTenantId: 'tenant-d-id',
      credentials: { kind: 'workloadIdentity' as const, clientId: WORKLOAD_CLIENT_ID, tokenFilePath },
    };
    const token = await createTenantCredential(tenant, cloud(), {}).getToken('https://api.loganalytics.io/.default');
    expect(entra.verify(token?.token ?? '')).toMatchObject({ tenantId: 'tenant-d-id', clientId: WORKLOAD_CLIENT_ID });
  });

  it('refuses a tenant the multi-tenant app is not consented in', async () => {
    const credential = createTenantCredential(tenant('tenant-z-id'), cloud(), { HUNTOPS_TEST_SECRET: 's3cret' });
    await expect(credential.getToken('https://graph.microsoft.com/.default')).rejects.toThrow(/invalid_client/);
  });

  it('surfaces a wrong secret as an authentication error', async () => {
    const credential = createTenantCredential(tenant('tenant-a-id'), cloud(), { HUNTOPS_TEST_SECRET: 'wrong' });
    await expect(credential.getToken('https://graph.microsoft.com/.default')).rejects.toThrow(/invalid_client/);
  });

  it('names the missing environment variable without crashing', () => {
    expect(() => createTenantCredential(tenant('tenant-a-id', 'HUNTOPS_MISSING'), cloud(), {})).toThrow(
      RemoteConfigError,
    );
    expect(() => createTenantCredential(tenant('tenant-a-id', 'HUNTOPS_MISSING'), cloud(), {})).toThrow(
      /HUNTOPS_MISSING/,
    );
  });
});

describe('resolveCloud', () => {
  it('has sovereign presets and lets explicit URLs override them', () => {
    expect(resolveCloud('usgov').logAnalyticsEndpoint).toBe('https://api.loganalytics.us/v1');
    expect(resolveCloud('china').authorityHost).toBe('https://login.chinacloudapi.cn');
    const custom = resolveCloud({ preset: 'usgov', graphBaseUrl: 'https://graph.example.test/' });
    expect(custom.graphBaseUrl).toBe('https://graph.example.test');
    expect(custom.graphScope).toBe('https://graph.microsoft.us/.default');
    expect(custom.disableInstanceDiscovery).toBe(false);
    expect(resolveCloud({ authorityHost: 'https://login.example.test' }).disableInstanceDiscovery).toBe(true);
  });

  it('rejects http endpoints and unreadable CA files with a message naming the field', () => {
    expect(() => resolveCloud({ logAnalyticsEndpoint: 'http://127.0.0.1:1/v1' })).toThrow(
      /logAnalyticsEndpoint.*https/,
    );
    expect(() => resolveCloud({ caFile: '/nonexistent/ca.pem' })).toThrow(/caFile/);
  });
});
