import type { HuntCardInput, IocScoreSlice, ProposalView } from '../../../src/cards/index.ts';
import type { Finding, HuntReport } from '../../../src/hunts/index.ts';

/** Builders for hunt reports of any size; `unicode` and `long` make the nastiest text a tenant could produce. */
export interface ReportShape {
  readonly findings: number;
  readonly accountsPerFinding?: number;
  readonly long?: boolean;
  readonly unicode?: boolean;
  readonly proposals?: number;
}

const UNICODE_NAME = 'zoë.łukasz.渡辺.أحمد.🦊';
const LONG_REASON = 'Reported in 48 OTX pulses incl. "Brute force campaign against Microsoft 365 tenants" — '.repeat(
  40,
);

export function ipAt(index: number): string {
  return index % 5 === 4
    ? `2001:db8:${(index >> 8).toString(16)}::${(index & 0xff).toString(16)}`
    : `203.0.${index >> 8}.${index & 0xff}`;
}

function accountName(index: number, shape: ReportShape): string {
  const base = shape.unicode ? `${UNICODE_NAME}${index}` : `user${index}`;
  const name = `${base}@contoso.example`;
  return shape.long ? `${name}${'x'.repeat(300)}` : name;
}

export function findingAt(index: number, shape: ReportShape): Finding {
  const accounts = Array.from({ length: shape.accountsPerFinding ?? 5 }, (_, n) => accountName(index * 100 + n, shape));
  return {
    ip: ipAt(index),
    count: 1000 - index,
    first: '2026-11-20T08:00:00Z',
    last: '2026-11-20T09:45:00Z',
    fields: {
      IPAddress: ipAt(index),
      FailedAttempts: 1000 - index,
      FailedUsers: accounts.length + 3,
      FailedUserSet: accounts,
    },
  };
}

export function bigReport(shape: ReportShape): HuntReport {
  return {
    template: 'spray',
    tenant: 'tenant-a',
    backend: 'logAnalytics',
    window: { start: '2026-11-19T10:00:00Z', end: '2026-11-20T10:00:00Z' },
    rowCount: 123_456,
    truncated: shape.findings > 100,
    warnings: shape.long ? ['Workspace "la-west" did not answer: partial results '.repeat(30)] : [],
    findings: Array.from({ length: shape.findings }, (_, index) => findingAt(index, shape)),
  };
}

export function scoresFor(report: HuntReport, shape: ReportShape): IocScoreSlice[] {
  const bands = ['high', 'medium', 'low', 'unknown', 'internal'] as const;
  return report.findings.map((finding, index) => ({
    indicator: finding.ip ?? '',
    score: index % 5 === 3 ? null : 100 - (index % 100),
    band: bands[index % 5],
    reasons: [
      shape.long
        ? LONG_REASON
        : shape.unicode
          ? `Listed by 渡辺 feed 🦊 <!channel> *bold* [x](http://evil)`
          : 'In 12 OTX pulses',
    ],
    country: shape.unicode ? 'Česko' : 'DE',
    asn: 'AS3320 Deutsche Telekom AG',
  }));
}

export function proposalsFor(report: HuntReport, count: number): ProposalView[] {
  return report.findings.slice(0, count).map((finding, index) => ({
    id: `p-${index}-${'0'.repeat(24)}`,
    indicator: finding.ip ?? '',
    state: 'proposed',
    requestedBy: 'alice@contoso.example',
    expiresAt: '2026-11-21T10:00:00Z',
  }));
}

export function huntInput(shape: ReportShape): HuntCardInput {
  const report = bigReport(shape);
  return {
    report,
    tenant: { key: 'tenant-a', displayName: shape.unicode ? 'Contoso Ünïcødé 株式会社' : 'Contoso' },
    template: { command: 'spray', name: 'Password spray', severity: 'High', techniques: ['T1110.003', 'T1078'] },
    scores: scoresFor(report, shape),
    proposals: proposalsFor(report, shape.proposals ?? 3),
    deepLink: { label: 'Open in Log Analytics', url: 'https://portal.azure.com/#@contoso/blade/x' },
    runId: 'run-20261120-0001',
    durationMs: 12_400,
  };
}
