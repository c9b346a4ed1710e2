import { describe, expect, it } from 'vitest';
import { deviceLogon } from './support/logon-rows.ts';
import { huntRows, type Row } from './support/run-on-rows.ts';

const found = async (rows: Row[]) =>
  (await huntRows('rdp-from-internet', { DeviceLogonEvents: rows })).map((f) => f.ip);

describe('/hunt rdp-from-internet on remote addresses as Defender writes them', () => {
  it('finds a first Remote Desktop logon from a public IPv4 client written ::ffff:a.b.c.d (FourToSixMapping)', async () => {
    const rows = [deviceLogon(45, 'administrator', '::ffff:203.0.113.140', 'FourToSixMapping', true)];
    expect(await found(rows)).toEqual(['203.0.113.140']);
  });

  it('knows a home address seen before the window, whether written plain or IPv4-mapped', async () => {
    const rows = [
      deviceLogon(3 * 24 * 60, 'nora', '192.0.2.50', 'Public', true),
      deviceLogon(45, 'nora', '::ffff:192.0.2.50', 'FourToSixMapping', true),
    ];
    expect(await found(rows)).toEqual([]);
  });
});
