import type { DemoLogs } from './demo-logs.ts';
import type { DemoHost, DemoOrganisation } from './organisation.ts';

export interface WindowsLogon {
  readonly time: Date;
  readonly host: DemoHost;
  readonly success: boolean;
  readonly userName: string;
  readonly userSid?: string;
  readonly logonType: 2 | 3 | 7 | 10;
  readonly ip: string;
  readonly workstation?: string;
  /** For failures: 0xc000006a bad password, 0xc0000064 no such user, 0xc0000234 locked out. */
  readonly subStatus?: string;
  /** Service and machine accounts are not "User" accounts in 4625 events. */
  readonly accountType?: 'User' | 'Machine';
}

const LOGON_TYPE_NAMES: Record<number, string> = {
  2: '2 - Interactive',
  3: '3 - Network',
  7: '7 - Unlock',
  10: '10 - RemoteInteractive',
};

/** Adds a 4624 / 4625 event to SecurityEvent (the Security log collected by the Azure Monitor agent). */
export function addSecurityEventLogon(logs: DemoLogs, org: DemoOrganisation, logon: WindowsLogon): void {
  const account = `${org.netbios}\\${logon.userName}`;
  const status = logon.success ? '' : logon.subStatus === '0xc0000234' ? '0xc0000234' : '0xc000006d';
  logs.add('SecurityEvent', logon.time, {
    TenantId: org.tenantId,
    TimeGenerated: logon.time,
    SourceSystem: 'OpsManager',
    Computer: logon.host.fqdn,
    EventSourceName: 'Microsoft-Windows-Security-Auditing',
    Channel: 'Security',
    Task: 12544,
    Level: logon.success ? '8' : '16',
    EventID: logon.success ? 4624 : 4625,
    Activity: logon.success ? '4624 - An account was successfully logged on.' : '4625 - An account failed to log on.',
    Account: account,
    AccountType: logon.accountType ?? 'User',
    TargetAccount: account,
    TargetUserName: logon.userName,
    TargetDomainName: org.netbios,
    TargetUserSid: logon.success ? (logon.userSid ?? '') : 'S-1-0-0',
    LogonType: logon.logonType,
    LogonTypeName: LOGON_TYPE_NAMES[logon.logonType],
    LogonProcessName: logon.logonType === 3 ? 'NtLmSsp ' : 'User32 ',
    AuthenticationPackageName: logon.logonType === 3 ? 'NTLM' : 'Negotiate',
    Status: status,
    SubStatus: logon.success ? '' : (logon.subStatus ?? '0xc000006a'),
    IpAddress: logon.ip,
    IpPort: String(logs.random.int(49152, 65535)),
    WorkstationName: logon.workstation ?? '',
    SourceComputerId: logon.host.deviceId,
    Type: 'SecurityEvent',
  });
}

/** Adds a 4624 / 4625 event to WindowsEvent (Windows Event Forwarding), where the details live in EventData. */
export function addWindowsEventLogon(logs: DemoLogs, org: DemoOrganisation, logon: WindowsLogon): void {
  logs.add('WindowsEvent', logon.time, {
    TenantId: org.tenantId,
    TimeGenerated: logon.time,
    Computer: logon.host.fqdn,
    Channel: 'Security',
    Provider: 'Microsoft-Windows-Security-Auditing',
    EventID: logon.success ? 4624 : 4625,
    EventLevel: 0,
    EventLevelName: 'Information',
    EventData: {
      SubjectUserSid: 'S-1-5-18',
      TargetUserName: logon.userName,
      TargetDomainName: org.netbios,
      TargetUserSid: logon.success ? (logon.userSid ?? '') : 'S-1-0-0',
      Status: logon.success ? '0x0' : '0xc000006d',
      SubStatus: logon.success ? '0x0' : (logon.subStatus ?? '0xc000006a'),
      LogonType: String(logon.logonType),
      LogonProcessName: 'User32 ',
      WorkstationName: logon.workstation ?? logon.host.name.toUpperCase(),
      IpAddress: logon.ip,
      IpPort: '0',
    },
    Type: 'WindowsEvent',
  });
}
