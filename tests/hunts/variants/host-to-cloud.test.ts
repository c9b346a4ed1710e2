import { describe, expect, it } from 'vitest';
import { ago, huntRows, type Row } from './support/run-on-rows.ts';
import { signIn } from './support/signin-rows.ts';

const sshd = (minutesAgo: number, message: string): Row => ({
  TimeGenerated: ago(minutesAgo),
  Computer: 'bastion01',
  HostName: 'bastion01',
  Facility: 'authpriv',
  SeverityLevel: 'info',
  ProcessName: 'sshd',
  ProcessID: 812,
  SyslogMessage: message,
});

const found = async (tables: Record<string, Row[]>) => (await huntRows('host-to-cloud', tables)).map((f) => f.ip);

describe('/hunt host-to-cloud on addresses as sshd and Entra ID write them', () => {
  it('follows an IPv6 address from failed SSH logons to a successful Entra ID sign-in', async () => {
    const attacker = '2001:db8:77::9';
    const failures = Array.from({ length: 8 }, (_, i) =>
      sshd(90 - i, `Failed password for root from ${attacker} port ${51_000 + i} ssh2`),
    );
    const signins = [signIn(40, 'hal@contoso.example', attacker, '0')];
    expect(await found({ Syslog: failures, SigninLogs: signins })).toEqual([attacker]);
  });

  it('reads an IPv4-mapped Source Network Address (::ffff:a.b.c.d) in Windows logon failures as the IPv4 address', async () => {
    const failures = Array.from({ length: 8 }, (_, i) => ({
      TimeGenerated: ago(90 - i),
      Computer: 'rds01.corp.contoso.example',
      EventID: 4625,
      Activity: '4625 - An account failed to log on.',
      AccountType: 'User',
      TargetUserName: 'administrator',
      LogonType: 3,
      Status: '0xc000006d',
      SubStatus: '0xc000006a',
      IpAddress: '::ffff:203.0.113.44',
    }));
    const signins = [signIn(40, 'jo@contoso.example', '203.0.113.44', '0')];
    expect(await found({ SecurityEvent: failures, SigninLogs: signins })).toEqual(['203.0.113.44']);
  });

  it('reports no IPv6 address that only failed on the host', async () => {
    const failures = Array.from({ length: 8 }, (_, i) =>
      sshd(90 - i, `Failed password for root from 2001:db8:77::10 port ${52_000 + i} ssh2`),
    );
    const signins = [signIn(40, 'ivy@contoso.example', '2001:db8:77::11', '0')];
    expect(await found({ Syslog: failures, SigninLogs: signins })).toEqual([]);
  });
});
