import { describe, expect, it } from 'vitest';
import { ago, huntRows, type Row } from './support/run-on-rows.ts';

/** A forwarded event in the WindowsEvent table (AMA, Windows Forwarded Events): EventData is parsed (dynamic). */
const forwarded = (minutesAgo: number, computer: string, eventId: number, provider: string, data: Row): Row => ({
  TimeGenerated: ago(minutesAgo),
  Computer: computer,
  Channel: 'Security',
  Provider: provider,
  EventID: eventId,
  EventData: data,
});

const found = async (rows: Row[]) =>
  (await huntRows('security-log-cleared', { WindowsEvent: rows })).map((f) => `${f.host} ${f.account}`);

describe('/hunt security-log-cleared on forwarded Windows events', () => {
  it('finds the Security log cleared on a machine whose events are forwarded (WindowsEvent 1102)', async () => {
    const rows = [
      forwarded(20, 'dc02.corp.contoso.example', 1102, 'Microsoft-Windows-Eventlog', {
        SubjectUserSid: 'S-1-5-21-1004336348-1177238915-682003330-1107',
        SubjectUserName: 'eve',
        SubjectDomainName: 'CONTOSO',
        SubjectLogonId: '0x3e7a2c1',
      }),
    ];
    expect(await found(rows)).toEqual(['dc02.corp.contoso.example CONTOSO\\eve']);
  });

  it('reports no AD FS auditing event that reuses id 1102', async () => {
    const rows = [forwarded(20, 'adfs01.corp.contoso.example', 1102, 'AD FS Auditing', { Data: 'token issued' })];
    expect(await found(rows)).toEqual([]);
  });
});
