import { describe, expect, it } from 'vitest';
import { deviceLogon } from './support/logon-rows.ts';
import { huntRows, type Row } from './support/run-on-rows.ts';

const failures = (count: number, remoteIp: string, type: string): Row[] =>
  Array.from({ length: count }, (_, i) => deviceLogon(60 - i, `guess${i}`, remoteIp, type, false));

const found = async (rows: Row[]) => (await huntRows('bruteforce', { DeviceLogonEvents: rows })).map((f) => f.ip);

describe('/hunt bruteforce on remote addresses as Defender writes them', () => {
  it('finds a public IPv4 client written as an IPv4-mapped address (FourToSixMapping)', async () => {
    expect(await found(failures(15, '::ffff:203.0.113.130', 'FourToSixMapping'))).toEqual(['203.0.113.130']);
  });

  it('reports no IPv4-mapped private address', async () => {
    expect(await found(failures(30, '::ffff:10.0.0.7', 'FourToSixMapping'))).toEqual([]);
  });
});
