import { describe, expect, it } from 'vitest';
import { ago, huntRows, type Row } from './support/run-on-rows.ts';

/**
 * sshd's own wording (OpenSSH auth.c, auth2.c): `Failed password for root from …` for an existing user,
 * `… for invalid user …` for a guessed one, `Failed keyboard-interactive/pam …` where PAM asks, and since OpenSSH
 * 9.8 the per-connection process logs as `sshd-session`. rsyslog folds identical lines into
 * `message repeated N times: [ … ]`. A client offering several keys is no guessing.
 */
function sshd(minutesAgo: number, message: string, process = 'sshd'): Row {
  return {
    TimeGenerated: ago(minutesAgo),
    Computer: 'web01',
    HostName: 'web01',
    HostIP: '10.20.0.5',
    Facility: 'auth',
    SeverityLevel: 'info',
    ProcessName: process,
    ProcessID: 2211,
    SyslogMessage: message,
  };
}

const guesses = (count: number, line: (i: number) => string, process?: string) =>
  Array.from({ length: count }, (_, i) => sshd(120 - i * 0.2, line(i), process));

const found = async (rows: Row[]) => (await huntRows('ssh-bruteforce', { Syslog: rows })).map((f) => f.ip);

describe('/hunt ssh-bruteforce on sshd lines as OpenSSH writes them', () => {
  it('finds guessing of an existing account (root)', async () => {
    const rows = guesses(20, (i) => `Failed password for root from 203.0.113.7 port ${40_000 + i} ssh2`);
    expect(await found(rows)).toContain('203.0.113.7');
  });

  it('finds guessing through keyboard-interactive/pam', async () => {
    const rows = guesses(
      20,
      (i) => `Failed keyboard-interactive/pam for invalid user admin from 203.0.113.8 port ${41_000 + i} ssh2`,
    );
    expect(await found(rows)).toContain('203.0.113.8');
  });

  it('finds guessing logged by sshd-session (OpenSSH 9.8 and later)', async () => {
    const rows = guesses(
      20,
      (i) => `Failed password for invalid user oracle from 203.0.113.9 port ${42_000 + i} ssh2`,
      'sshd-session',
    );
    expect(await found(rows)).toContain('203.0.113.9');
  });

  it('counts the attempts rsyslog folded into "message repeated N times"', async () => {
    const rows = [0, 1, 2, 3].flatMap((connection) => [
      sshd(100 - connection, `Failed password for root from 198.51.100.20 port ${50_000 + connection} ssh2`),
      sshd(
        100 - connection,
        `message repeated 5 times: [ Failed password for root from 198.51.100.20 port ${50_000 + connection} ssh2]`,
      ),
    ]);
    expect(await found(rows)).toContain('198.51.100.20');
  });

  it('finds guessing from an IPv6 address', async () => {
    const rows = guesses(
      20,
      (i) => `Failed password for invalid user test from 2001:db8:85a3::7 port ${43_000 + i} ssh2`,
    );
    expect(await found(rows)).toContain('2001:db8:85a3::7');
  });

  it('reports no client that offers several keys before its own, nor an admin who mistypes twice', async () => {
    const rows = [
      ...guesses(30, (i) => `Failed publickey for git from 192.0.2.44 port ${44_000 + i} ssh2: RSA SHA256:abc${i % 3}`),
      ...guesses(30, (i) => `Accepted publickey for git from 192.0.2.44 port ${44_000 + i} ssh2: ED25519 SHA256:def`),
      ...guesses(2, (i) => `Failed password for alice from 192.0.2.45 port ${45_000 + i} ssh2`),
    ];
    expect(await found(rows)).toEqual([]);
  });
});
