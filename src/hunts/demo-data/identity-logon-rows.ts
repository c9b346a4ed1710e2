import type { DemoLogs } from './demo-logs.ts';
import type { DemoHost, DemoOrganisation, DemoUser } from './organisation.ts';

export interface KerberosTicket {
  readonly time: Date;
  readonly user: DemoUser;
  /** The machine that asked for the ticket. */
  readonly device: DemoHost;
  /** The service principal name the ticket is for, such as cifs/srv-fs01. */
  readonly spn: string;
}

/** Adds one Kerberos service ticket request, as Defender for Identity records it on the domain controller. */
export function addKerberosTicket(logs: DemoLogs, org: DemoOrganisation, ticket: KerberosTicket): void {
  logs.add('IdentityLogonEvents', ticket.time, {
    TenantId: org.tenantId,
    Timestamp: ticket.time,
    TimeGenerated: ticket.time,
    ActionType: 'LogonSuccess',
    Application: 'Active Directory',
    LogonType: 'Resource access',
    Protocol: 'Kerberos',
    AccountName: ticket.user.samName,
    AccountDomain: org.domain,
    AccountUpn: ticket.user.upn,
    AccountSid: ticket.user.sid,
    AccountDisplayName: ticket.user.displayName,
    DeviceName: ticket.device.name,
    IPAddress: ticket.device.ip,
    DestinationDeviceName: 'dc01',
    ISP: 'INTERNAL_NETWORK',
    ReportId: String(logs.random.int(1000, 999999)),
    AdditionalFields: { Spns: [ticket.spn], EncryptionType: 'Aes256CtsHmacSha196' },
    Type: 'IdentityLogonEvents',
  });
}
