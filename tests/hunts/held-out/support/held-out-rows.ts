import type { Machine, Person, World } from './held-out-world.ts';

export type Row = Record<string, unknown>;

/** The held-out logs, table by table; written as `<Table>.jsonl` for the local engine's folder loader. */
export class HeldOutLogs {
  readonly tables = new Map<string, Row[]>();
  constructor(readonly world: World) {}

  add(table: string, time: number, row: Row): void {
    if (time < this.world.start || time >= this.world.end) return;
    const stamp = new Date(time).toISOString();
    const rows = this.tables.get(table) ?? [];
    rows.push({ TimeGenerated: stamp, ...row, Type: table });
    this.tables.set(table, rows);
  }

  /** Defender XDR tables carry Timestamp beside TimeGenerated. */
  addDefender(table: string, time: number, row: Row): void {
    this.add(table, time, { Timestamp: new Date(time).toISOString(), TenantId: this.world.tenantId, ...row });
  }
}

export interface SignIn {
  readonly who: Person | { readonly upn: string; readonly objectId?: string };
  readonly ip: string;
  /** Entra error code as text; "0" is success. */
  readonly result?: string;
  readonly description?: string;
  readonly app?: string;
  readonly country?: string;
  readonly interactive?: boolean;
  readonly extra?: Row;
}

export function signIn(logs: HeldOutLogs, time: number, signin: SignIn): void {
  const country = signin.country ?? 'NL';
  const result = signin.result ?? '0';
  logs.add(signin.interactive === false ? 'AADNonInteractiveUserSignInLogs' : 'SigninLogs', time, {
    TenantId: logs.world.tenantId,
    UserPrincipalName: signin.who.upn,
    UserId: signin.who.objectId ?? '',
    IPAddress: signin.ip,
    ResultType: result,
    ResultDescription: signin.description ?? (result === '0' ? '' : 'Invalid username or password.'),
    AppDisplayName: signin.app ?? 'Office 365 Exchange Online',
    ClientAppUsed: 'Browser',
    Location: country,
    LocationDetails: { city: country === 'NL' ? 'Rotterdam' : 'Elsewhere', state: '', countryOrRegion: country },
    DeviceDetail: { operatingSystem: 'Windows 11', browser: 'Edge 132.0' },
    UserAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/132.0',
    AuthenticationRequirement: 'singleFactorAuthentication',
    Category: signin.interactive === false ? 'NonInteractiveUserSignInLogs' : 'SignInLogs',
    ...signin.extra,
  });
}

export interface Logon {
  readonly host: Machine;
  readonly user: string;
  readonly ok: boolean;
  readonly type: number;
  readonly ip: string;
  readonly subStatus?: string;
}

/** 4624 / 4625 in SecurityEvent. */
export function windowsLogon(logs: HeldOutLogs, time: number, logon: Logon): void {
  logs.add('SecurityEvent', time, {
    Computer: logon.host.fqdn,
    EventID: logon.ok ? 4624 : 4625,
    Activity: logon.ok ? '4624 - An account was successfully logged on.' : '4625 - An account failed to log on.',
    Account: `${logs.world.netbios}\\${logon.user}`,
    AccountType: 'User',
    TargetAccount: `${logs.world.netbios}\\${logon.user}`,
    TargetUserName: logon.user,
    TargetDomainName: logs.world.netbios,
    LogonType: logon.type,
    LogonTypeName: String(logon.type),
    Status: logon.ok ? '' : '0xc000006d',
    SubStatus: logon.ok ? '' : (logon.subStatus ?? '0xc000006a'),
    IpAddress: logon.ip,
    WorkstationName: '',
  });
}

/** Any other SecurityEvent (4648, 4688, …): the caller names the event's own fields. */
export function securityEvent(logs: HeldOutLogs, time: number, host: Machine, eventId: number, fields: Row): void {
  logs.add('SecurityEvent', time, { Computer: host.fqdn, EventID: eventId, Activity: String(eventId), ...fields });
}

export function sshd(logs: HeldOutLogs, time: number, host: Machine, message: string): void {
  logs.add('Syslog', time, {
    Computer: host.name,
    HostName: host.name,
    HostIP: host.ip,
    Facility: 'auth',
    SeverityLevel: 'info',
    ProcessName: 'sshd',
    ProcessID: 4242,
    SyslogMessage: message,
    EventTime: new Date(time).toISOString(),
  });
}

export interface DeviceLogon {
  readonly host: Machine;
  readonly user: string;
  readonly ok: boolean;
  readonly logonType: string;
  readonly remoteIp: string;
  readonly remoteIpType: string;
}

export function deviceLogon(logs: HeldOutLogs, time: number, logon: DeviceLogon): void {
  logs.addDefender('DeviceLogonEvents', time, {
    DeviceId: logon.host.id,
    DeviceName: logon.host.fqdn,
    ActionType: logon.ok ? 'LogonSuccess' : 'LogonFailed',
    LogonType: logon.logonType,
    AccountDomain: logs.world.netbios.toLowerCase(),
    AccountName: logon.user,
    RemoteIP: logon.remoteIp,
    RemoteIPType: logon.remoteIpType,
  });
}

/** The process behind a Defender event: its image, command line and account. */
export interface Actor {
  readonly image: string;
  readonly commandLine?: string;
  readonly user: string;
  readonly pid?: number;
  readonly sha256?: string;
}

const baseName = (path: string) => path.split('\\').at(-1) ?? path;

function initiating(logs: HeldOutLogs, host: Machine, actor: Actor): Row {
  const system = actor.user === 'system';
  return {
    DeviceId: host.id,
    DeviceName: host.fqdn,
    InitiatingProcessFileName: baseName(actor.image),
    InitiatingProcessFolderPath: actor.image,
    InitiatingProcessCommandLine: actor.commandLine ?? baseName(actor.image),
    InitiatingProcessId: actor.pid ?? 5000,
    InitiatingProcessSHA256: actor.sha256 ?? '',
    InitiatingProcessAccountName: actor.user,
    InitiatingProcessAccountDomain: system ? 'nt authority' : logs.world.netbios.toLowerCase(),
    AccountName: actor.user,
    AccountDomain: system ? 'nt authority' : logs.world.netbios.toLowerCase(),
  };
}

/** A process started by `parent` (DeviceProcessEvents). */
export function processStart(
  logs: HeldOutLogs,
  time: number,
  host: Machine,
  parent: Actor,
  child: { image: string; commandLine: string; sha256?: string },
): void {
  logs.addDefender('DeviceProcessEvents', time, {
    ...initiating(logs, host, parent),
    ActionType: 'ProcessCreated',
    FileName: baseName(child.image),
    FolderPath: child.image,
    ProcessCommandLine: child.commandLine,
    SHA256: child.sha256 ?? '',
  });
}

export function deviceEvent(logs: HeldOutLogs, time: number, host: Machine, actor: Actor, fields: Row): void {
  logs.addDefender('DeviceEvents', time, { ...initiating(logs, host, actor), ...fields });
}

export function fileEvent(logs: HeldOutLogs, time: number, host: Machine, actor: Actor, fields: Row): void {
  logs.addDefender('DeviceFileEvents', time, {
    ...initiating(logs, host, actor),
    ActionType: 'FileCreated',
    ...fields,
  });
}

export function connection(
  logs: HeldOutLogs,
  time: number,
  host: Machine,
  actor: Actor,
  url: string,
  ip: string,
): void {
  logs.addDefender('DeviceNetworkEvents', time, {
    ...initiating(logs, host, actor),
    ActionType: 'ConnectionSuccess',
    RemoteUrl: url,
    RemoteIP: ip,
    RemoteIPType: 'Public',
    RemotePort: 443,
    LocalIP: host.ip,
  });
}

/** A delivered message and its links; returns its NetworkMessageId. */
export function email(
  logs: HeldOutLogs,
  time: number,
  mail: { to: string; from: string; senderIp: string; subject: string; urls: readonly string[]; threats?: string },
): string {
  const id = `${logs.world.dice.hex(8)}-${logs.world.dice.hex(4)}-${logs.world.dice.hex(4)}`;
  logs.addDefender('EmailEvents', time, {
    NetworkMessageId: id,
    RecipientEmailAddress: mail.to,
    SenderFromAddress: mail.from,
    SenderFromDomain: mail.from.split('@')[1],
    SenderIPv4: mail.senderIp,
    Subject: mail.subject,
    EmailDirection: 'Inbound',
    DeliveryAction: 'Delivered',
    ThreatTypes: mail.threats ?? '',
    UrlCount: mail.urls.length,
  });
  for (const url of mail.urls) {
    logs.addDefender('EmailUrlInfo', time, { NetworkMessageId: id, Url: url, UrlDomain: new URL(url).hostname });
  }
  return id;
}

export function click(
  logs: HeldOutLogs,
  time: number,
  what: { upn: string; ip: string; url: string; messageId: string; action: string; through?: boolean },
): void {
  logs.addDefender('UrlClickEvents', time, {
    AccountUpn: what.upn,
    IPAddress: what.ip,
    Url: what.url,
    NetworkMessageId: what.messageId,
    ActionType: what.action,
    IsClickedThrough: what.through ?? false,
    Workload: 'Email',
  });
}

/** An Office 365 audit record (OfficeActivity). */
export function officeAudit(logs: HeldOutLogs, time: number, fields: Row): void {
  logs.add('OfficeActivity', time, { TenantId: logs.world.tenantId, ResultStatus: 'Succeeded', ...fields });
}

/** An Entra ID audit record (AuditLogs). */
export function directoryAudit(logs: HeldOutLogs, time: number, fields: Row): void {
  logs.add('AuditLogs', time, { AADTenantId: logs.world.tenantId, Result: 'success', ...fields });
}

/** A Kerberos service ticket as Defender for Identity records it (IdentityLogonEvents). */
export function kerberosTicket(
  logs: HeldOutLogs,
  time: number,
  who: { upn: string; sam: string },
  device: Machine,
  spn: string,
): void {
  logs.addDefender('IdentityLogonEvents', time, {
    ActionType: 'LogonSuccess',
    Protocol: 'Kerberos',
    AccountUpn: who.upn,
    AccountName: who.sam,
    DeviceName: device.name,
    IPAddress: device.ip,
    ISP: 'INTERNAL_NETWORK',
    AdditionalFields: { Spns: [spn] },
  });
}
