import type { DemoLogs } from './demo-logs.ts';
import type { DemoHost, DemoOrganisation } from './organisation.ts';

export interface SshEvent {
  readonly time: Date;
  readonly host: DemoHost;
  readonly outcome: 'accepted' | 'failed' | 'invalid-user';
  readonly user: string;
  readonly ip: string;
}

/** Adds one sshd authentication message to Syslog, worded as OpenSSH writes it. */
export function addSshEvent(logs: DemoLogs, org: DemoOrganisation, event: SshEvent): void {
  const port = logs.random.int(32768, 60999);
  const message = {
    accepted: `Accepted publickey for ${event.user} from ${event.ip} port ${port} ssh2: ED25519 SHA256:q8Nf3kbnRk4uYb0d`,
    failed: `Failed password for ${event.user} from ${event.ip} port ${port} ssh2`,
    'invalid-user': `Failed password for invalid user ${event.user} from ${event.ip} port ${port} ssh2`,
  }[event.outcome];
  logs.add('Syslog', event.time, {
    TenantId: org.tenantId,
    SourceSystem: 'Linux',
    TimeGenerated: event.time,
    EventTime: event.time,
    Computer: event.host.name,
    HostName: event.host.name,
    HostIP: event.host.ip,
    Facility: 'authpriv',
    SeverityLevel: event.outcome === 'accepted' ? 'info' : 'notice',
    ProcessName: 'sshd',
    ProcessID: logs.random.int(1000, 65000),
    SyslogMessage: message,
    Type: 'Syslog',
  });
}
