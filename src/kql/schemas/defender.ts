import { parseColumnSpec } from './column-spec.ts';

// Defender XDR advanced hunting tables. Advanced hunting calls the event time `Timestamp`;
// the same tables streamed into Sentinel call it `TimeGenerated`. Both are declared so
// queries written for either portal bind; the loader fills whichever one a file lacks.

/** Defender for Endpoint logon events (advanced hunting schema reference + the Sentinel copy's columns). */
export const DEVICE_LOGON_EVENTS = parseColumnSpec(`
  TenantId:string, Timestamp:datetime, TimeGenerated:datetime, DeviceId:string, DeviceName:string,
  ActionType:string, LogonType:string, AccountDomain:string, AccountName:string, AccountSid:string,
  Protocol:string, FailureReason:string, IsLocalAdmin:bool, LogonId:long, RemoteDeviceName:string,
  RemoteIP:string, RemoteIPType:string, RemotePort:int, InitiatingProcessAccountDomain:string,
  InitiatingProcessAccountName:string, InitiatingProcessAccountSid:string, InitiatingProcessAccountUpn:string,
  InitiatingProcessAccountObjectId:string, InitiatingProcessIntegrityLevel:string,
  InitiatingProcessTokenElevation:string, InitiatingProcessSHA1:string, InitiatingProcessSHA256:string,
  InitiatingProcessMD5:string, InitiatingProcessFileName:string, InitiatingProcessFileSize:long,
  InitiatingProcessVersionInfoCompanyName:string, InitiatingProcessVersionInfoProductName:string,
  InitiatingProcessVersionInfoProductVersion:string, InitiatingProcessVersionInfoInternalFileName:string,
  InitiatingProcessVersionInfoOriginalFileName:string, InitiatingProcessVersionInfoFileDescription:string,
  InitiatingProcessId:long, InitiatingProcessCommandLine:string, InitiatingProcessCreationTime:datetime,
  InitiatingProcessFolderPath:string, InitiatingProcessParentId:long, InitiatingProcessParentFileName:string,
  InitiatingProcessParentCreationTime:datetime, AppGuardContainerId:string, MachineGroup:string,
  ReportId:long, AdditionalFields:dynamic, SourceSystem:string, Type:string
`);

/** Defender for Identity authentication events against on-premises AD. */
export const IDENTITY_LOGON_EVENTS = parseColumnSpec(`
  TenantId:string, Timestamp:datetime, TimeGenerated:datetime, ActionType:string, Application:string,
  LogonType:string, Protocol:string, FailureReason:string, AccountName:string, AccountDomain:string,
  AccountUpn:string, AccountSid:string, AccountObjectId:string, AccountDisplayName:string, DeviceName:string,
  DeviceType:string, OSPlatform:string, IPAddress:string, Port:string, DestinationDeviceName:string,
  DestinationIPAddress:string, DestinationPort:string, TargetDeviceName:string, TargetAccountDisplayName:string,
  Location:string, ISP:string, ReportId:string, AdditionalFields:dynamic, SourceSystem:string, Type:string
`);
