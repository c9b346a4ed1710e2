import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defenderLink, logAnalyticsLink } from '../../src/cards/index.ts';

const QUERY = 'SigninLogs\n| where ResultType != "0" and UserPrincipalName has "zoë"\n| summarize count() by IPAddress';
const WORKSPACE =
  '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-soc/providers/Microsoft.OperationalInsights/workspaces/la-west';

describe('portal deep links', () => {
  it('Log Analytics: the workspace and the gzip+base64 query ride in URL-encoded path segments', () => {
    const link = logAnalyticsLink({
      tenantId: 'contoso.onmicrosoft.com',
      workspaceResourceId: WORKSPACE,
      query: QUERY,
      window: { start: '2026-11-19T10:00:00Z', end: '2026-11-20T10:00:00Z' },
    });
    expect(link.label).toBe('Open in Log Analytics');
    const match =
      /^https:\/\/portal\.azure\.com\/#@contoso\.onmicrosoft\.com\/blade\/Microsoft_Azure_Monitoring_Logs\/LogsBlade\/resourceId\/([^/]+)\/source\/LogsBlade\.AnalyticsShareLinkToQuery\/q\/([^/]+)\/timespan\/([^/]+)$/.exec(
        link.url,
      );
    expect(match).not.toBeNull();
    const [, resource, query, timespan] = match!;
    expect(decodeURIComponent(resource)).toBe(WORKSPACE);
    expect(gunzipSync(Buffer.from(decodeURIComponent(query), 'base64')).toString('utf8')).toBe(QUERY);
    expect(decodeURIComponent(timespan)).toBe('2026-11-19T10:00:00Z/2026-11-20T10:00:00Z');
  });

  it('Defender: query gzip+base64url in ?query= and the tenant in ?tid=', () => {
    const link = defenderLink({ tenantId: '11111111-2222-3333-4444-555555555555', query: QUERY });
    const url = new URL(link.url);
    expect(url.origin + url.pathname).toBe('https://security.microsoft.com/v2/advanced-hunting');
    expect(url.searchParams.get('tid')).toBe('11111111-2222-3333-4444-555555555555');
    const encoded = url.searchParams.get('query') ?? '';
    expect(encoded).toMatch(/^H4sI[A-Za-z0-9_-]+$/);
    expect(gunzipSync(Buffer.from(encoded, 'base64url')).toString('utf8')).toBe(QUERY);
  });
});
