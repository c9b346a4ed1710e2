import type { DemoLogs } from './demo-logs.ts';
import type { DemoOrganisation } from './organisation.ts';

export interface MailboxChange {
  readonly time: Date;
  readonly upn: string;
  readonly ip: string;
  /** New-InboxRule, Set-InboxRule or Set-Mailbox. */
  readonly operation: string;
  /** The cmdlet's parameters, in the order they were given. */
  readonly parameters: Readonly<Record<string, string>>;
}

/** Adds one Exchange admin/mailbox cmdlet audit record to OfficeActivity, with its parameters as Exchange logs them. */
export function addMailboxChange(logs: DemoLogs, org: DemoOrganisation, change: MailboxChange): void {
  logs.add('OfficeActivity', change.time, {
    TenantId: org.tenantId,
    TimeGenerated: change.time,
    RecordType: 'ExchangeAdmin',
    OfficeWorkload: 'Exchange',
    Operation: change.operation,
    ResultStatus: 'True',
    UserId: change.upn,
    UserType: 'Regular',
    ClientIP: `${change.ip}:${logs.random.int(10000, 60000)}`,
    OriginatingServer: `AM${logs.random.int(1, 9)}PR0${logs.random.int(1, 9)}MB${logs.random.int(1000, 9999)} (15.20.7000.000)`,
    OfficeObjectId: change.upn,
    OfficeTenantId: org.tenantId,
    Parameters: JSON.stringify(Object.entries(change.parameters).map(([Name, Value]) => ({ Name, Value }))),
    Type: 'OfficeActivity',
  });
}

export interface SharePointFileAction {
  readonly time: Date;
  readonly upn: string;
  readonly ip: string;
  /** FileDeleted, FileRecycled, FileAccessed, … */
  readonly operation: string;
  readonly site: string;
  readonly fileName: string;
}

/** Adds one SharePoint/OneDrive file activity record to OfficeActivity. */
export function addSharePointFileAction(logs: DemoLogs, org: DemoOrganisation, action: SharePointFileAction): void {
  logs.add('OfficeActivity', action.time, {
    TenantId: org.tenantId,
    TimeGenerated: action.time,
    RecordType: 'SharePointFileOperation',
    OfficeWorkload: action.site.includes('-my.') ? 'OneDrive' : 'SharePoint',
    Operation: action.operation,
    UserId: action.upn,
    UserType: 'Regular',
    ClientIP: action.ip,
    Site_Url: action.site,
    SourceFileName: action.fileName,
    SourceRelativeUrl: 'Shared Documents',
    OfficeObjectId: `${action.site}Shared Documents/${action.fileName}`,
    OfficeTenantId: org.tenantId,
    UserAgent:
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
    Type: 'OfficeActivity',
  });
}
