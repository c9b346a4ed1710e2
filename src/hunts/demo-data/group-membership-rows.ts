import type { DemoLogs } from './demo-logs.ts';
import type { DemoHost, DemoOrganisation, DemoUser } from './organisation.ts';

export interface LocalGroupChange {
  readonly time: Date;
  /** The machine whose local group changed (the event is logged there). */
  readonly host: DemoHost;
  /** Who made the change. */
  readonly subject: DemoUser;
  /** The account added to the group. */
  readonly member: DemoUser;
  /** The group's name and well-known SID, e.g. Administrators / S-1-5-32-544. */
  readonly group: { readonly name: string; readonly sid: string };
}

/** Adds a 4732 event ("A member was added to a security-enabled local group") to SecurityEvent. */
export function addLocalGroupMember(logs: DemoLogs, org: DemoOrganisation, change: LocalGroupChange): void {
  const subject = `${org.netbios}\\${change.subject.samName}`;
  logs.add('SecurityEvent', change.time, {
    TenantId: org.tenantId,
    TimeGenerated: change.time,
    SourceSystem: 'OpsManager',
    Computer: change.host.fqdn,
    EventSourceName: 'Microsoft-Windows-Security-Auditing',
    Channel: 'Security',
    Task: 13826,
    Level: '8',
    EventID: 4732,
    Activity: '4732 - A member was added to a security-enabled local group.',
    Account: subject,
    AccountType: 'User',
    SubjectAccount: subject,
    SubjectUserName: change.subject.samName,
    SubjectDomainName: org.netbios,
    SubjectUserSid: change.subject.sid,
    MemberName: '-',
    MemberSid: change.member.sid,
    TargetAccount: `Builtin\\${change.group.name}`,
    TargetUserName: change.group.name,
    TargetDomainName: 'Builtin',
    TargetSid: change.group.sid,
    SourceComputerId: change.host.deviceId,
    Type: 'SecurityEvent',
  });
}
