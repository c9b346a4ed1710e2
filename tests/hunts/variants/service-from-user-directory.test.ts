import { describe, expect, it } from 'vitest';
import { ago, huntRows, type Row } from './support/run-on-rows.ts';

/** System event 7045 as the agent stores it in Event: the service's fields in EventData's XML. */
function serviceInstalled(minutesAgo: number, computer: string, name: string, imagePath: string): Row {
  const data = [
    ['ServiceName', name],
    ['ImagePath', imagePath],
    ['ServiceType', 'user mode service'],
    ['StartType', 'demand start'],
    ['AccountName', 'LocalSystem'],
  ]
    .map(([key, value]) => `<Data Name="${key}">${value}</Data>`)
    .join('');
  return {
    TimeGenerated: ago(minutesAgo),
    Source: 'Service Control Manager',
    EventLog: 'System',
    EventID: 7045,
    Computer: computer,
    UserName: 'NT AUTHORITY\\SYSTEM',
    RenderedDescription: `A service was installed in the system. Service Name: ${name}`,
    EventData: `<DataItem type="System.XmlData" time="${ago(minutesAgo)}" sourceHealthServiceId="0"><EventData xmlns="http://schemas.microsoft.com/win/2004/08/events/event">${data}</EventData></DataItem>`,
  };
}

const found = async (rows: Row[]) =>
  (await huntRows('service-from-user-directory', { Event: rows })).map((f) => f.fields.ServiceName).sort();

describe('/hunt service-from-user-directory on the writable places services are installed from', () => {
  it('finds services run from C:\\Windows\\Temp (remote execution tools drop there), C:\\PerfLogs, or given as \\??\\C:\\Users\\…', async () => {
    const rows = [
      serviceInstalled(50, 'srv01.corp.contoso.example', 'tmpsvc', 'C:\\Windows\\Temp\\svc.exe'),
      serviceInstalled(40, 'srv02.corp.contoso.example', 'perf', 'C:\\PerfLogs\\p.exe'),
      serviceInstalled(30, 'srv03.corp.contoso.example', 'drv', '\\??\\C:\\Users\\Public\\d.sys'),
      serviceInstalled(20, 'srv04.corp.contoso.example', 'sysroot', '%SystemRoot%\\Temp\\x.exe'),
    ];
    expect(await found(rows)).toEqual(['drv', 'perf', 'sysroot', 'tmpsvc']);
  });

  it('reports no service installed from System32 or Program Files', async () => {
    const rows = [
      serviceInstalled(50, 'srv05.corp.contoso.example', 'agent', '"C:\\Program Files\\Contoso\\agent.exe"'),
      serviceInstalled(40, 'srv06.corp.contoso.example', 'wuauserv2', 'C:\\Windows\\System32\\svchost.exe -k netsvcs'),
    ];
    expect(await found(rows)).toEqual([]);
  });
});
