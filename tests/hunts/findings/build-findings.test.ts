import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { QueryResult } from '../../../src/backends/index.ts';
import { buildFindings, buildHuntReport, findingIocs, findTemplate, loadTemplates } from '../../../src/hunts/index.ts';

const templates = loadTemplates();

describe('buildFindings', () => {
  it('reads IP and Account entities through the entity mappings and ranks by the summary columns', () => {
    const spray = findTemplate(templates, 'spray');
    const columns = [
      { name: 'IPAddress', type: 'string' },
      { name: 'FailedUsers', type: 'long' },
      { name: 'FailedAttempts', type: 'long' },
      { name: 'FirstFailure', type: 'datetime' },
      { name: 'LastSuccess', type: 'datetime' },
      { name: 'FirstSuccessfulUser', type: 'string' },
      { name: 'AccountName', type: 'string' },
      { name: 'AccountUPNSuffix', type: 'string' },
    ] as const;
    const rows = [
      ['203.0.113.9', 5, 40, '2026-11-22T01:00:00Z', '2026-11-22T01:10:00Z', 'a@contoso.com', 'a', 'contoso.com'],
      ['203.0.113.7', 30, 30, '2026-11-22T03:02:00Z', '2026-11-22T03:09:00Z', 'b@contoso.com', 'b', 'contoso.com'],
      ['203.0.113.8', 5, 60, '2026-11-22T02:00:00Z', null, '', 'c', 'contoso.com'],
    ];
    const findings = buildFindings(spray, { columns, rows });
    expect(findings.map(({ ip, account, count, first, last }) => ({ ip, account, count, first, last }))).toEqual([
      {
        ip: '203.0.113.7',
        account: 'b@contoso.com',
        count: 30,
        first: '2026-11-22T03:02:00Z',
        last: '2026-11-22T03:09:00Z',
      },
      { ip: '203.0.113.8', account: 'c@contoso.com', count: 60, first: '2026-11-22T02:00:00Z', last: undefined },
      {
        ip: '203.0.113.9',
        account: 'a@contoso.com',
        count: 40,
        first: '2026-11-22T01:00:00Z',
        last: '2026-11-22T01:10:00Z',
      },
    ]);
    expect(findings[0].fields.FailedUsers).toBe(30);
  });

  it('reads Host and NT-style accounts (logon-burst) and keeps every column in fields', () => {
    const burst = findTemplate(templates, 'logon-burst');
    const columns = [
      'Computer',
      'TargetAccount',
      'TargetUserName',
      'TargetDomainName',
      'IpAddress',
      'FailedLogonCount',
      'HostName',
    ].map((name) => ({ name, type: name === 'FailedLogonCount' ? 'long' : 'string' }) as const);
    const rows = [['srv-fs01.contoso.local', 'CONTOSO\\jdoe', 'jdoe', 'CONTOSO', '203.0.113.4', 26, 'srv-fs01']];
    const [finding] = buildFindings(burst, { columns, rows });
    expect(finding).toMatchObject({
      host: 'srv-fs01.contoso.local',
      account: 'CONTOSO\\jdoe',
      ip: '203.0.113.4',
      count: 26,
    });
    expect(Object.keys(finding.fields)).toEqual(columns.map((column) => column.name));
  });

  it('reads URL, FileHash and DNS entities as indicators of the finding besides the IP', () => {
    const drops = findTemplate(
      loadTemplates([fileURLToPath(new URL('../../fixtures/hunts/ioc-drops/templates', import.meta.url))]),
      'ioc-drops',
    );
    const columns = ['FileOriginUrl', 'OriginDomain', 'SHA256', 'HashAlgorithm', 'DeviceName', 'Events'].map(
      (name) => ({ name, type: name === 'Events' ? 'long' : 'string' }) as const,
    );
    const url = 'https://cdn-invoices.example/dl/invoice.exe';
    const sha256 = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
    const [finding] = buildFindings(drops, {
      columns,
      rows: [[url, 'cdn-invoices.example', sha256, 'SHA256', 'ws-042', 2]],
    });
    expect(finding).toMatchObject({ url, domain: 'cdn-invoices.example', fileHash: sha256, host: 'ws-042', count: 2 });
    expect(findingIocs(finding!)).toEqual([url, sha256, 'cdn-invoices.example']);
  });

  it('buildHuntReport carries the backend, window, row count, truncation and warnings', () => {
    const result: QueryResult = {
      backend: 'local',
      columns: [
        { name: 'RemoteIP', type: 'string' },
        { name: 'DeviceName', type: 'string' },
        { name: 'FailedCount', type: 'long' },
      ],
      rows: [['203.0.113.5', 'srv-web01', 60]],
      warnings: ['partial'],
      truncated: true,
    };
    const window = { start: new Date('2026-11-21T08:00:00Z'), end: new Date('2026-11-22T08:00:00Z') };
    const report = buildHuntReport(findTemplate(templates, 'bruteforce'), { tenant: 'tenant-a', window, result });
    expect(report).toMatchObject({
      template: 'bruteforce',
      tenant: 'tenant-a',
      backend: 'local',
      window: { start: '2026-11-21T08:00:00.000Z', end: '2026-11-22T08:00:00.000Z' },
      rowCount: 1,
      truncated: true,
      warnings: ['partial'],
    });
    expect(report.findings[0]).toMatchObject({ ip: '203.0.113.5', host: 'srv-web01', count: 60 });
  });
});
