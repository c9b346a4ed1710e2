import type { DemoLogs } from './demo-logs.ts';
import type { DemoOrganisation } from './organisation.ts';

export interface InboundEmail {
  readonly time: Date;
  readonly recipient: string;
  readonly sender: string;
  readonly senderIp: string;
  readonly subject: string;
  readonly urls: readonly string[];
  /** What Defender for Office 365 concluded: '' for clean mail, 'Phish', 'Malware', 'Spam'. */
  readonly threatTypes?: string;
}

/** Adds one delivered inbound message (EmailEvents) and its links (EmailUrlInfo); returns its NetworkMessageId. */
export function addInboundEmail(logs: DemoLogs, org: DemoOrganisation, email: InboundEmail): string {
  const messageId = logs.random.guid();
  const common = {
    TenantId: org.tenantId,
    Timestamp: email.time,
    TimeGenerated: email.time,
    NetworkMessageId: messageId,
  };
  logs.add('EmailEvents', email.time, {
    ...common,
    InternetMessageId: `<${logs.random.guid()}@${email.sender.split('@')[1]}>`,
    RecipientEmailAddress: email.recipient,
    SenderFromAddress: email.sender,
    SenderFromDomain: email.sender.split('@')[1],
    SenderMailFromAddress: email.sender,
    SenderIPv4: email.senderIp,
    Subject: email.subject,
    EmailDirection: 'Inbound',
    DeliveryAction: 'Delivered',
    DeliveryLocation: 'Inbox/folder',
    ThreatTypes: email.threatTypes ?? '',
    UrlCount: email.urls.length,
    AttachmentCount: 0,
    ReportId: logs.random.guid(),
    Type: 'EmailEvents',
  });
  for (const url of email.urls) {
    logs.add('EmailUrlInfo', email.time, {
      ...common,
      Url: url,
      UrlDomain: new URL(url).hostname,
      UrlLocation: 'Body',
      ReportId: logs.random.guid(),
      Type: 'EmailUrlInfo',
    });
  }
  return messageId;
}

export interface UrlClick {
  readonly time: Date;
  readonly upn: string;
  readonly ip: string;
  readonly url: string;
  readonly networkMessageId: string;
  /** Safe Links' verdict: ClickAllowed, ClickBlocked or ClickBlockedByTenantPolicy. */
  readonly actionType: 'ClickAllowed' | 'ClickBlocked';
  /** The user clicked through a Safe Links warning page. */
  readonly clickedThrough?: boolean;
}

/** Adds one Safe Links click on a link in an email (UrlClickEvents). */
export function addUrlClick(logs: DemoLogs, org: DemoOrganisation, click: UrlClick): void {
  logs.add('UrlClickEvents', click.time, {
    TenantId: org.tenantId,
    Timestamp: click.time,
    TimeGenerated: click.time,
    AccountUpn: click.upn,
    ActionType: click.actionType,
    IPAddress: click.ip,
    IsClickedThrough: click.clickedThrough ?? false,
    NetworkMessageId: click.networkMessageId,
    Url: click.url,
    UrlChain: JSON.stringify([click.url]),
    Workload: 'Email',
    ThreatTypes: click.actionType === 'ClickBlocked' ? 'Phish' : '',
    DetectionMethods: '',
    ReportId: logs.random.guid(),
    Type: 'UrlClickEvents',
  });
}
