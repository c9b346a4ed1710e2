import type { DemoLogs } from './demo-logs.ts';
import type { DemoHost, DemoOrganisation } from './organisation.ts';

export interface DeviceLogon {
  readonly time: Date;
  readonly device: DemoHost;
  readonly success: boolean;
  readonly accountName: string;
  readonly logonType: 'Interactive' | 'Network' | 'RemoteInteractive' | 'Unlock';
  /** Empty for local logons. */
  readonly remoteIp?: string;
  readonly remoteIpType?: 'Public' | 'Private' | 'Loopback';
}

/** Adds one Defender for Endpoint logon event. Both Timestamp (advanced hunting) and TimeGenerated (Sentinel) are set. */
export function addDeviceLogon(logs: DemoLogs, org: DemoOrganisation, logon: DeviceLogon): void {
  logs.add('DeviceLogonEvents', logon.time, {
    TenantId: org.tenantId,
    Timestamp: logon.time,
    TimeGenerated: logon.time,
    DeviceId: logon.device.deviceId,
    DeviceName: logon.device.fqdn,
    ActionType: logon.success ? 'LogonSuccess' : 'LogonFailed',
    LogonType: logon.logonType,
    AccountDomain: org.netbios.toLowerCase(),
    AccountName: logon.accountName,
    AccountSid: '',
    Protocol: logon.logonType === 'Network' ? 'NTLM' : 'Negotiate',
    FailureReason: logon.success ? '' : 'InvalidUserNameOrPassword',
    IsLocalAdmin: false,
    LogonId: logs.random.int(100000, 9999999),
    RemoteDeviceName: '',
    RemoteIP: logon.remoteIp ?? '',
    RemoteIPType: logon.remoteIp ? (logon.remoteIpType ?? 'Private') : '',
    RemotePort: logon.remoteIp ? logs.random.int(49152, 65535) : null,
    InitiatingProcessFileName: 'lsass.exe',
    InitiatingProcessAccountName: 'system',
    ReportId: logs.random.int(1000, 999999),
    AdditionalFields: {},
    Type: 'DeviceLogonEvents',
  });
}
