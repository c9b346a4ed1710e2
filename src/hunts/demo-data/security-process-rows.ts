import type { DemoLogs } from './demo-logs.ts';
import type { DemoHost, DemoOrganisation } from './organisation.ts';

export interface WindowsProcess {
  readonly time: Date;
  readonly host: DemoHost;
  readonly userName: string;
  readonly newProcessName: string;
  readonly commandLine: string;
  readonly parentProcessName: string;
}

/** Adds a 4688 event ("A new process has been created", with command line auditing on) to SecurityEvent. */
export function addSecurityEventProcess(logs: DemoLogs, org: DemoOrganisation, process: WindowsProcess): void {
  logs.add('SecurityEvent', process.time, {
    TenantId: org.tenantId,
    TimeGenerated: process.time,
    SourceSystem: 'OpsManager',
    Computer: process.host.fqdn,
    EventSourceName: 'Microsoft-Windows-Security-Auditing',
    Channel: 'Security',
    Task: 13312,
    Level: '8',
    EventID: 4688,
    Activity: '4688 - A new process has been created.',
    Account: `${org.netbios}\\${process.userName}`,
    AccountType: 'User',
    SubjectUserName: process.userName,
    SubjectDomainName: org.netbios,
    NewProcessName: process.newProcessName,
    Process: process.newProcessName.split('\\').at(-1),
    CommandLine: process.commandLine,
    ParentProcessName: process.parentProcessName,
    TokenElevationType: '%%1936',
    SourceComputerId: process.host.deviceId,
    Type: 'SecurityEvent',
  });
}
