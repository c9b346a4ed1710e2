import { describe, expect, it } from 'vitest';
import type { QueryBackend, QueryRequest } from '../../src/backends/index.ts';
import { findTemplate, HuntError, loadTemplates, runHunt } from '../../src/hunts/index.ts';

const spray = findTemplate(loadTemplates(), 'spray');
const window = { start: new Date('2026-11-15T08:00:00Z'), end: new Date('2026-11-22T08:00:00Z') };

/** A backend that records the request and answers with one spray row. */
function recordingBackend(requests: QueryRequest[]): QueryBackend {
  return {
    kind: 'logAnalytics',
    async query(request) {
      requests.push(request);
      return {
        backend: 'logAnalytics',
        columns: [
          { name: 'IPAddress', type: 'string' },
          { name: 'FailedUsers', type: 'long' },
          { name: 'FailedAttempts', type: 'long' },
          { name: 'FirstSuccessfulUser', type: 'string' },
        ],
        rows: [['203.0.113.7', 30, 30, 'b@contoso.com']],
        warnings: [],
        truncated: false,
      };
    },
  };
}

describe('runHunt', () => {
  it('sends the rendered query and window to the backend and reports its findings', async () => {
    const requests: QueryRequest[] = [];
    const report = await runHunt(spray, recordingBackend(requests), {
      tenant: 'tenant-a',
      window,
      values: { minFailedUsersFromIP: '3' },
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ tenant: 'tenant-a', window });
    expect(requests[0].query).toContain('let minFailedUsersFromIP = int(3);');
    expect(requests[0].query).toContain("todatetime('2026-11-15T08:00:00.000Z')");
    expect(report).toMatchObject({ template: 'spray', tenant: 'tenant-a', backend: 'logAnalytics', rowCount: 1 });
    expect(report.findings[0]).toMatchObject({ ip: '203.0.113.7', account: 'b@contoso.com', count: 30 });
  });

  it('never calls the backend when a parameter is bad', async () => {
    const requests: QueryRequest[] = [];
    await expect(
      runHunt(spray, recordingBackend(requests), {
        tenant: 'tenant-a',
        window,
        values: { minFailedUsersFromIP: '1;SigninLogs|take 1' },
      }),
    ).rejects.toBeInstanceOf(HuntError);
    expect(requests).toEqual([]);
  });
});
