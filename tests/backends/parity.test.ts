import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, QuotaRegistry } from '../../src/backends/index.ts';
import { jsonBody } from '../standins/https-standin.ts';
import { FIXTURE_NOW, type Services, startServices, WINDOW, WORKSPACE_B } from './support/harness.ts';

const SPRAY_HUNT = `SigninLogs
| where ResultType == "50126"
| summarize Attempts = count(), Users = dcount(UserPrincipalName), FirstSeen = min(TimeGenerated), LastSeen = max(TimeGenerated) by IPAddress
| where Users >= 2
| order by IPAddress asc`;

const RAW_ROWS = `SigninLogs
| project TimeGenerated, UserPrincipalName, IPAddress, ResultType, LocationDetails, Status
| order by TimeGenerated asc, UserPrincipalName asc`;

const DEVICE_LOGONS = `DeviceLogonEvents
| where ActionType == "LogonFailed"
| summarize Failures = count(), Accounts = make_set(AccountName), Last = max(Timestamp) by RemoteIP, DeviceName
| order by RemoteIP asc, DeviceName asc`;

describe('the same hunt gives the same rows on every backend', () => {
  let services: Services;
  beforeAll(async () => {
    services = await startServices();
  });
  afterAll(() => services.close());

  const run = (kind: 'local' | 'logAnalytics' | 'defender', query: string) =>
    createBackend(kind, services.tenant(), { ...services.deps, quotas: new QuotaRegistry() }).query({
      tenant: 'tenant-a',
      query,
      window: WINDOW,
    });

  it.each([
    ['spray summary', SPRAY_HUNT],
    ['raw rows with dynamic columns', RAW_ROWS],
  ])('Log Analytics (real SDK over HTTPS) and local agree: %s', async (_name, query) => {
    const [remote, local] = await Promise.all([run('logAnalytics', query), run('local', query)]);
    expect(remote.rows.length).toBeGreaterThan(0);
    expect(remote.columns).toEqual(local.columns);
    expect(remote.rows).toEqual(local.rows);
    expect(remote.warnings).toEqual([]);
    expect(remote.backend).toBe('logAnalytics');
  });

  it('Defender (Graph client over HTTPS) and local agree on DeviceLogonEvents', async () => {
    const [remote, local] = await Promise.all([run('defender', DEVICE_LOGONS), run('local', DEVICE_LOGONS)]);
    expect(remote.rows.length).toBeGreaterThan(0);
    expect(remote.columns).toEqual(local.columns);
    expect(remote.rows).toEqual(local.rows);
  });

  it('applies the window on the service and locally: rows outside it are not seen', async () => {
    const query = 'SigninLogs | summarize Rows = count(), Earliest = min(TimeGenerated)';
    const [remote, local] = await Promise.all([run('logAnalytics', query), run('local', query)]);
    expect(remote.rows).toEqual(local.rows);
    const [rows, earliest] = remote.rows[0] as [number, string];
    expect(rows).toBeLessThan(60); // the fixture holds 60 rows over three days
    expect(new Date(earliest).getTime()).toBeGreaterThanOrEqual(WINDOW.start.getTime());
  });

  it('sends the documented Log Analytics request: window as timespan, server timeout, tenant token', async () => {
    const backend = createBackend('logAnalytics', services.tenant(), services.deps);
    await backend.query({ tenant: 'tenant-a', query: 'SigninLogs | take 1', window: WINDOW, correlationId: 'hunt-42' });
    const call = services.logAnalytics.calls.at(-1);
    expect(call?.headers['x-ms-client-request-id']).toBe('hunt-42');
    expect(call?.path).toMatch(/^\/v1\/workspaces\/[0-9a-f-]+\/query$/);
    expect(call?.headers.prefer).toContain('wait=180');
    expect(jsonBody(call!)).toMatchObject({ timespan: `${WINDOW.start.toISOString()}/${WINDOW.end.toISOString()}` });
    const token = String(call?.headers.authorization).replace('Bearer ', '');
    expect(services.entra.verify(token)?.scope).toBe('https://api.loganalytics.io/.default');
  });

  it('reports the rows Log Analytics scanned from its query statistics, as the local engine counts the rows it read', async () => {
    const query = 'SigninLogs | where ResultType == "50126" | summarize Attempts = count() by IPAddress';
    const [remote, local] = await Promise.all([run('logAnalytics', query), run('local', query)]);
    expect(services.logAnalytics.calls.at(-1)?.headers.prefer).toContain('include-statistics=true');
    expect(remote.rowsScanned).toBe(local.rowsScanned);
    // Every sign-in of the window was read; only the failures' IPs came back.
    expect(remote.rowsScanned).toBeGreaterThan(remote.rows.length);
    const all = await run('local', 'SigninLogs | count');
    expect(local.rowsScanned).toBe(all.rows[0][0]);
  });

  it('queries the additional workspaces too', async () => {
    const tenant = services.tenant({
      logAnalytics: { workspaceId: '00000000-0000-0000-0000-00000000000a', additionalWorkspaces: [WORKSPACE_B] },
    });
    const backend = createBackend('logAnalytics', tenant, services.deps);
    const both = await backend.query({ tenant: 'tenant-a', query: 'SigninLogs | summarize count()', window: WINDOW });
    const single = await run('logAnalytics', 'SigninLogs | summarize count()');
    expect(jsonBody(services.logAnalytics.calls.at(-2)!)).toMatchObject({ workspaces: [WORKSPACE_B] });
    expect(both.rows[0][0]).toBeGreaterThan(single.rows[0][0] as number);
  });

  it('sends Defender the PascalCase body and caps the window at 30 days', async () => {
    const longWindow = { start: new Date(FIXTURE_NOW.getTime() - 90 * 86_400_000), end: FIXTURE_NOW };
    const backend = createBackend('defender', services.tenant(), services.deps);
    const result = await backend.query({
      tenant: 'tenant-a',
      query: 'DeviceLogonEvents | take 1',
      window: longWindow,
      correlationId: 'hunt-43',
    });
    expect(services.graph.calls.at(-1)?.headers['client-request-id']).toBe('hunt-43');
    const body = jsonBody(services.graph.calls.at(-1)!) as { Query: string; Timespan: string };
    expect(body.Query).toBe('DeviceLogonEvents | take 1');
    const [start, end] = body.Timespan.split('/').map((text) => new Date(text).getTime());
    expect(end - start).toBe(30 * 86_400_000);
    expect(result.warnings.join(' ')).toMatch(/30 days/);
  });
});
