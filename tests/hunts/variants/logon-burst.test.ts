import { describe, expect, it } from 'vitest';
import { ago, huntRows, type Row } from './support/run-on-rows.ts';

/**
 * Event 4625 as SecurityEvent holds it: a wrong password is Status 0xc000006d with SubStatus 0xc000006a; once
 * the lockout threshold is crossed the same guesses come back as Status 0xc0000234 (account locked out) with
 * SubStatus 0x0.
 */
function failed(minutesAgo: number, user: string, ip: string, status: string, subStatus: string): Row {
  return {
    TimeGenerated: ago(minutesAgo),
    Computer: 'fs01.corp.contoso.example',
    EventID: 4625,
    Activity: '4625 - An account failed to log on.',
    Account: `CONTOSO\\${user}`,
    AccountType: 'User',
    TargetAccount: `CONTOSO\\${user}`,
    TargetUserName: user,
    TargetDomainName: 'CONTOSO',
    LogonType: 3,
    LogonTypeName: '3 - Network',
    Status: status,
    SubStatus: subStatus,
    IpAddress: ip,
    WorkstationName: 'KALI',
  };
}

const guesses = (count: number, from: number, user: string, ip: string, status: string, subStatus: string) =>
  Array.from({ length: count }, (_, i) => failed(from - i * 0.2, user, ip, status, subStatus));

const found = async (rows: Row[]) =>
  (await huntRows('logon-burst', { SecurityEvent: rows })).map((finding) => finding.fields.TargetUserName);

describe('/hunt logon-burst on guesses that run into the account lockout', () => {
  it('counts the guesses made after the lockout with those before it', async () => {
    const rows = [
      ...guesses(10, 36, 'svc-backup', '203.0.113.60', '0xc000006d', '0xc000006a'),
      ...guesses(15, 33.5, 'svc-backup', '203.0.113.60', '0xc0000234', '0x0'),
    ];
    expect(await found(rows)).toEqual(['svc-backup']);
  });

  it('reports no user who locks themself out and tries a few more times', async () => {
    const rows = [
      ...guesses(5, 36, 'kim', '10.1.2.3', '0xc000006d', '0xc000006a'),
      ...guesses(6, 34, 'kim', '10.1.2.3', '0xc0000234', '0x0'),
    ];
    expect(await found(rows)).toEqual([]);
  });
});
