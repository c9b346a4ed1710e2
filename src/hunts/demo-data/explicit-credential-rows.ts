import type { DemoLogs } from './demo-logs.ts';
import type { DemoHost, DemoOrganisation } from './organisation.ts';

export interface ExplicitCredentialUse {
  readonly time: Date;
  /** Where the process ran (the event is logged here). */
  readonly host: DemoHost;
  readonly subjectUser: string;
  readonly subjectSid: string;
  /** The account whose credentials were typed or passed. */
  readonly targetUser: string;
  readonly targetServer: DemoHost;
  /** The service class of the SPN in TargetInfo, e.g. cifs, host, RPCSS, TERMSRV. */
  readonly protocol: string;
  readonly process: string;
}

/** Adds a 4648 event ("A logon was attempted using explicit credentials") to SecurityEvent. */
export function addExplicitCredentialUse(logs: DemoLogs, org: DemoOrganisation, use: ExplicitCredentialUse): void {
  const subject = `${org.netbios}\\${use.subjectUser}`;
  logs.add('SecurityEvent', use.time, {
    TenantId: org.tenantId,
    TimeGenerated: use.time,
    SourceSystem: 'OpsManager',
    Computer: use.host.fqdn,
    EventSourceName: 'Microsoft-Windows-Security-Auditing',
    Channel: 'Security',
    Task: 12544,
    Level: '8',
    EventID: 4648,
    Activity: '4648 - A logon was attempted using explicit credentials.',
    Account: subject,
    AccountType: 'User',
    SubjectAccount: subject,
    SubjectUserName: use.subjectUser,
    SubjectDomainName: org.netbios,
    SubjectUserSid: use.subjectSid,
    TargetAccount: `${org.netbios}\\${use.targetUser}`,
    TargetUserName: use.targetUser,
    TargetDomainName: org.netbios,
    TargetServerName: use.targetServer.name,
    TargetInfo: `${use.protocol}/${use.targetServer.fqdn}`,
    Process: use.process,
    ProcessName: use.process,
    IpAddress: use.targetServer.ip,
    IpPort: use.protocol === 'cifs' ? '445' : '135',
    SourceComputerId: use.host.deviceId,
    Type: 'SecurityEvent',
  });
}
