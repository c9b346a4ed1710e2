import { describe, expect, it } from 'vitest';
import { ago, huntRows, type Row } from './support/run-on-rows.ts';

/** `Accepted <method> for <user> from <address> port <n> ssh2`, from sshd or (OpenSSH 9.8+) sshd-session. */
function accepted(host: string, minutesAgo: number, from: string, process = 'sshd'): Row {
  return {
    TimeGenerated: ago(minutesAgo),
    Computer: host,
    HostName: host,
    Facility: 'authpriv',
    SeverityLevel: 'info',
    ProcessName: process,
    ProcessID: 3100,
    SyslogMessage: `Accepted password for deploy from ${from} port 61522 ssh2`,
  };
}

const found = async (rows: Row[]) =>
  (await huntRows('ssh-newly-exposed', { Syslog: rows })).map((finding) => `${finding.host} ${finding.ip}`);

describe('/hunt ssh-newly-exposed on sshd lines as OpenSSH writes them', () => {
  it('finds a first sign-in from the internet over IPv6', async () => {
    expect(await found([accepted('app01', 30, '2001:db8:4::17')])).toEqual(['app01 2001:db8:4::17']);
  });

  it('finds a first sign-in logged by sshd-session (OpenSSH 9.8 and later)', async () => {
    expect(await found([accepted('app02', 30, '203.0.113.61', 'sshd-session')])).toEqual(['app02 203.0.113.61']);
  });

  it('reports no sign-in from the inside (IPv6 link-local, unique-local or loopback)', async () => {
    const inside = ['fe80::1c2b:3aff:fe4d:5e6f', 'fd12:3456:789a::5', '::1', '10.0.0.8'];
    expect(await found(inside.map((address, i) => accepted(`db0${i}`, 30, address)))).toEqual([]);
  });
});
