import type { DemoLogs } from './demo-logs.ts';
import type { DemoHost } from './organisation.ts';

export interface ServiceInstall {
  readonly time: Date;
  readonly host: DemoHost;
  readonly serviceName: string;
  readonly imagePath: string;
  /** DOMAIN\user, or NT AUTHORITY\SYSTEM for installs by the system itself. */
  readonly userName: string;
}

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Adds a System-log 7045 event ("A service was installed in the system") to the Event table, as the agent stores it. */
// The Event table has no TenantId column, so unlike the other row builders this one needs no organisation.
export function addServiceInstall(logs: DemoLogs, install: ServiceInstall): void {
  const data = [
    ['ServiceName', install.serviceName],
    ['ImagePath', install.imagePath],
    ['ServiceType', 'user mode service'],
    ['StartType', 'auto start'],
    ['AccountName', 'LocalSystem'],
  ]
    .map(([name, value]) => `<Data Name="${name}">${escapeXml(value)}</Data>`)
    .join('');
  logs.add('Event', install.time, {
    TimeGenerated: install.time,
    SourceSystem: 'OpsManager',
    Source: 'Service Control Manager',
    EventLog: 'System',
    Computer: install.host.fqdn,
    EventLevel: 4,
    EventLevelName: 'Information',
    EventID: 7045,
    EventCategory: 0,
    UserName: install.userName,
    EventData: `<DataItem type="System.XmlData" time="${install.time.toISOString()}" sourceHealthServiceId="${install.host.deviceId}"><EventData xmlns="http://schemas.microsoft.com/win/2004/08/events/event">${data}</EventData></DataItem>`,
    RenderedDescription: `A service was installed in the system. Service Name: ${install.serviceName} Service File Name: ${install.imagePath}`,
    Type: 'Event',
  });
}
