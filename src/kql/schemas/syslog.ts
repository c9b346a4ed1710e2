import { parseColumnSpec } from './column-spec.ts';

/** Linux syslog (Azure Monitor Logs table reference, plus TenantId). */
export const SYSLOG = parseColumnSpec(`
  TenantId:string, SourceSystem:string, TimeGenerated:datetime, Computer:string, EventTime:datetime,
  Facility:string, HostName:string, SeverityLevel:string, SyslogMessage:string, ProcessID:int, HostIP:string,
  ProcessName:string, CollectorHostName:string, Type:string, _ResourceId:string, _SubscriptionId:string
`);
