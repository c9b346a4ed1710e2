import type { PivotCardInput, PivotQueryRun } from '../../../src/cards/index.ts';
import type { Finding } from '../../../src/hunts/index.ts';

/** Builders for pivot cards of any size; `long` and `unicode` make the nastiest text a tenant's logs could hold. */
export interface PivotShape {
  readonly events: number;
  readonly tenants: number;
  readonly long?: boolean;
  readonly unicode?: boolean;
}

const QUERIES = ['Entra ID sign-ins from an IP address', 'Device logons from an IP address', 'Email sent from an IP'];

function eventAt(index: number, shape: PivotShape): Finding {
  const detail = shape.unicode ? `Ünïcødé app 渡辺 🦊 <!channel> *bold* from BR` : 'Office 365 Exchange Online from BR';
  const account = shape.unicode ? `zoë${index}@contoso.example` : `user${index % 30}@contoso.example`;
  return {
    ip: '203.0.113.5',
    account,
    ...(index % 4 === 0 ? { host: `ws-${index % 17}.contoso.local` } : {}),
    count: (index % 9) + 1,
    first: `2026-11-20T0${index % 10}:00:00Z`,
    last: `2026-11-20T0${index % 10}:30:00Z`,
    fields: {
      Activity: index % 3 ? 'sign-in failure' : 'sign-in success',
      Outcome: index % 3 ? 'failure' : 'success',
      Detail: shape.long ? detail.repeat(40) : detail,
    },
  };
}

export function pivotInput(shape: PivotShape): PivotCardInput {
  const runs: PivotQueryRun[] = [];
  for (let tenant = 0; tenant < shape.tenants; tenant += 1) {
    for (const [queryIndex, name] of QUERIES.entries()) {
      const events = Array.from({ length: shape.events }, (_, index) => index).filter(
        (index) => index % (shape.tenants * QUERIES.length) === tenant * QUERIES.length + queryIndex,
      );
      const key = `tenant-${tenant}`;
      runs.push({
        tenant: { key, displayName: shape.unicode ? `Kunde ${tenant} 株式会社` : `Customer ${tenant}` },
        name,
        ...(queryIndex === 2 && tenant === 0
          ? { error: 'the tenant has no Defender backend configured' }
          : {
              report: {
                template: 'pivot-ip-signins',
                tenant: key,
                backend: 'logAnalytics',
                window: { start: '2026-11-19T10:00:00Z', end: '2026-11-20T10:00:00Z' },
                rowCount: events.length,
                truncated: false,
                warnings: [],
                findings: events.map((index) => eventAt(index, shape)),
              },
              deepLink: {
                label: 'Open in Log Analytics',
                url: `https://portal.azure.com/#@contoso/blade/${key}/${queryIndex}`,
              },
            }),
      });
    }
  }
  return {
    entity: 'ip',
    value: '203.0.113.5',
    scope: shape.tenants > 1 ? 'all' : 'tenant-0',
    window: { start: '2026-11-19T10:00:00Z', end: '2026-11-20T10:00:00Z' },
    runs,
    scores: [
      { indicator: '203.0.113.5', score: 88, band: 'high', reasons: ['In 12 OTX pulses'], country: 'BR', asn: 'AS1' },
    ],
    intelUnavailable: shape.unicode,
    blocks: [
      {
        tenant: { key: 'tenant-0', displayName: 'Customer 0' },
        indicator: '203.0.113.5',
        state: 'blocked',
        expiresAt: '2026-12-20T10:00:00Z',
      },
    ],
    runId: 'pivot-1',
    durationMs: 2_300,
  };
}
