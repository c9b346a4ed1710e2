import type { DemoLogs } from './demo-logs.ts';
import type { DemoHost, DemoOrganisation } from './organisation.ts';

export interface LogCleared {
  readonly time: Date;
  readonly host: DemoHost;
  /** DOMAIN\user who cleared it. */
  readonly account: string;
  /** Security is event 1102 in SecurityEvent; System is event 104 in the Event table. */
  readonly log: 'Security' | 'System';
  /** The provider that wrote the event: the event log service, or another that reuses id 1102 (AD FS auditing). */
  readonly source?: string;
}

/** Adds a "log was cleared" event where the agent stores it. */
export function addLogCleared(logs: DemoLogs, org: DemoOrganisation, cleared: LogCleared): void {
  const source = cleared.source ?? 'Microsoft-Windows-Eventlog';
  if (cleared.log === 'System') {
    logs.add('Event', cleared.time, {
      TimeGenerated: cleared.time,
      SourceSystem: 'OpsManager',
      Source: source,
      EventLog: 'System',
      Computer: cleared.host.fqdn,
      EventLevel: 4,
      EventLevelName: 'Information',
      EventID: 104,
      UserName: cleared.account,
      RenderedDescription: 'The System log file was cleared.',
      Type: 'Event',
    });
    return;
  }
  logs.add('SecurityEvent', cleared.time, {
    TenantId: org.tenantId,
    TimeGenerated: cleared.time,
    SourceSystem: 'OpsManager',
    Computer: cleared.host.fqdn,
    EventSourceName: source,
    Channel: 'Security',
    EventID: 1102,
    Activity: '1102 - The audit log was cleared.',
    Account: cleared.account,
    AccountType: 'User',
    Type: 'SecurityEvent',
  });
}
