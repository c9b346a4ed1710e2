import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/config/index.ts';
import type { HuntRunner } from '../../src/hunts/index.ts';
import { huntPort } from '../../src/server/hunt-port.ts';

const WORKSPACE =
  '/subscriptions/0f0f0f0f-1111-4222-8333-444444444444/resourceGroups/soc/providers/Microsoft.OperationalInsights/workspaces/la';
const tenant = (key: string, cloud: string) => `  ${key}:
    displayName: ${key}
    entraTenantId: 11111111-2222-4333-8444-555555555555
    cloud: ${cloud}
    backend: logAnalytics
    logAnalytics: { workspaceId: 6b2c0f6e-8a3d-4a8e-9a5b-2f7c1d2e3f40, workspaceResourceId: ${WORKSPACE} }
    defender: { enabled: true }
`;
const config = parseConfigText(
  `tenants:\n${tenant('pub', 'public')}${tenant('gov', 'usgov')}${tenant('cn', 'china')}${tenant('govcustom', '{ preset: usgov, authorityHost: "https://login.example.test" }')}`,
  'test',
);

/** A runner that answers every hunt from `backend` without running anything: only the link is under test. */
function runnerOn(backend: 'logAnalytics' | 'defender'): HuntRunner {
  return {
    templates: [],
    defaultWindow: '24h',
    run: async (request) => ({
      report: {
        template: request.template,
        tenant: request.tenant,
        backend,
        window: { start: '2026-06-14T07:00:00.000Z', end: '2026-06-15T07:00:00.000Z' },
        rowCount: 0,
        truncated: false,
        warnings: [],
        findings: [],
      },
      runId: 'run-1',
      durationMs: 12,
      query: 'SigninLogs | take 1',
      backend,
    }),
  };
}

const linkOf = async (backend: 'logAnalytics' | 'defender', tenantKey: string) =>
  (
    await huntPort(runnerOn(backend), config).run({
      template: 'spray',
      tenant: tenantKey,
      params: [],
      correlationId: 'c',
    })
  ).deepLink?.url;

describe('deep links open the portal of the tenant’s cloud', () => {
  it.each([
    ['pub', 'https://portal.azure.com/#@'],
    ['gov', 'https://portal.azure.us/#@'],
    ['govcustom', 'https://portal.azure.us/#@'],
    ['cn', 'https://portal.azure.cn/#@'],
  ])('Log Analytics for %s', async (key, prefix) => {
    expect(await linkOf('logAnalytics', key)).toMatch(new RegExp(`^${prefix.replaceAll('.', '\\.')}`));
  });

  it.each([
    ['pub', 'https://security.microsoft.com/v2/advanced-hunting?'],
    ['gov', 'https://security.microsoft.us/v2/advanced-hunting?'],
  ])('Defender for %s', async (key, prefix) => {
    expect((await linkOf('defender', key))?.startsWith(prefix)).toBe(true);
  });

  it('no Defender link where the cloud has no Defender portal (Azure China)', async () => {
    expect(await linkOf('defender', 'cn')).toBeUndefined();
  });
});
