import { ago, type Row } from './run-on-rows.ts';

/**
 * A DeviceLogonEvents row. RemoteIPType is Defender's classification (Public, Private, Reserved, Loopback, Teredo,
 * FourToSixMapping, Broadcast): an IPv4 client on a dual-stack socket comes as ::ffff:a.b.c.d, FourToSixMapping.
 */
export function deviceLogon(
  minutesAgo: number,
  account: string,
  remoteIp: string,
  remoteIpType: string,
  ok: boolean,
  extra: Row = {},
): Row {
  return {
    Timestamp: ago(minutesAgo),
    DeviceId: 'd3v1ce00000000000000000000000000000000b2',
    DeviceName: 'rds01.corp.contoso.example',
    ActionType: ok ? 'LogonSuccess' : 'LogonFailed',
    LogonType: 'RemoteInteractive',
    AccountDomain: 'contoso',
    AccountName: account,
    RemoteIP: remoteIp,
    RemoteIPType: remoteIpType,
    ...extra,
  };
}
