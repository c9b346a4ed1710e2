import { parseColumnSpec } from './column-spec.ts';

// Column lists follow the Azure Monitor Logs table reference (learn.microsoft.com,
// azure/azure-monitor/reference/tables/<table>), plus TenantId where the page omits it.

/**
 * Windows Security event log. The reference page lists 216 columns; real exports (the ASIM
 * sample in data/sentinel-samples) carry 18 more, declared on the last lines here.
 */
export const SECURITY_EVENT = parseColumnSpec(`
  TenantId:string, TimeGenerated:datetime, SourceSystem:string, Account:string, AccountType:string,
  Computer:string, EventSourceName:string, Channel:string, Task:int, Level:string, EventData:string,
  EventID:int, Activity:string, StorageAccount:string, AzureDeploymentID:string, AccessMask:string,
  AccountDomain:string, AccountExpires:string, AccountName:string, AccountSessionIdentifier:string,
  AdditionalInfo:string, AdditionalInfo2:string, AllowedToDelegateTo:string, Attributes:string,
  AuditPolicyChanges:string, AuditsDiscarded:int, AuthenticationLevel:int, AuthenticationPackageName:string,
  AuthenticationProvider:string, AuthenticationServer:string, AuthenticationService:int,
  AuthenticationType:string, CACertificateHash:string, CalledStationID:string, CallerProcessId:string,
  CallerProcessName:string, CallingStationID:string, CAPublicKeyHash:string, CategoryId:string,
  CertificateDatabaseHash:string, ClassId:string, ClassName:string, ClientAddress:string, ClientIPAddress:string,
  ClientName:string, CommandLine:string, CompatibleIds:string, DCDNSName:string, DeviceDescription:string,
  DeviceId:string, DisplayName:string, Disposition:string, DomainBehaviorVersion:string, DomainName:string,
  DomainPolicyChanged:string, DomainSid:string, EAPType:string, ElevatedToken:string, ErrorCode:int,
  ExtendedQuarantineState:string, FailureReason:string, FileHash:string, FilePath:string, FilePathNoUser:string,
  Filter:string, ForceLogoff:string, Fqbn:string, FullyQualifiedSubjectMachineName:string,
  FullyQualifiedSubjectUserName:string, GroupMembership:string, HandleId:string, HardwareIds:string,
  HomeDirectory:string, HomePath:string, InterfaceUuid:string, IpAddress:string, IpPort:string, KeyLength:int,
  LmPackageName:string, LocationInformation:string, LockoutDuration:string, LockoutObservationWindow:string,
  LockoutThreshold:string, LoggingResult:string, LogonGuid:string, LogonHours:string, LogonID:string,
  LogonProcessName:string, LogonType:int, LogonTypeName:string, MachineAccountQuota:string,
  MachineInventory:string, MachineLogon:string, ManagementGroupName:string, MandatoryLabel:string,
  MaxPasswordAge:string, MemberName:string, MemberSid:string, MinPasswordAge:string, MinPasswordLength:string,
  MixedDomainMode:string, NASIdentifier:string, NASIPv4Address:string, NASIPv6Address:string, NASPort:string,
  NASPortType:string, NetworkPolicyName:string, NewDate:string, NewMaxUsers:string, NewProcessId:string,
  NewProcessName:string, NewRemark:string, NewShareFlags:string, NewTime:string, NewUacValue:string,
  NewValue:string, NewValueType:string, ObjectName:string, ObjectServer:string, ObjectType:string,
  ObjectValueName:string, OemInformation:string, OldMaxUsers:string, OldRemark:string, OldShareFlags:string,
  OldUacValue:string, OldValue:string, OldValueType:string, OperationType:string, PackageName:string,
  ParentProcessName:string, PasswordHistoryLength:string, PasswordLastSet:string, PasswordProperties:string,
  PreviousDate:string, PreviousTime:string, PrimaryGroupId:string, PrivateKeyUsageCount:string,
  PrivilegeList:string, Process:string, ProcessId:string, ProcessName:string, ProfilePath:string,
  Properties:string, ProtocolSequence:string, ProxyPolicyName:string, QuarantineHelpURL:string,
  QuarantineSessionID:string, QuarantineSessionIdentifier:string, QuarantineState:string,
  QuarantineSystemHealthResult:string, RelativeTargetName:string, RemoteIpAddress:string, RemotePort:string,
  Requester:string, RequestId:string, RestrictedAdminMode:string, RowsDeleted:string, SamAccountName:string,
  ScriptPath:string, SecurityDescriptor:string, ServiceAccount:string, ServiceFileName:string,
  ServiceName:string, ServiceStartType:int, ServiceType:string, SessionName:string, ShareLocalPath:string,
  ShareName:string, SidHistory:string, SourceComputerId:string, Status:string, SubcategoryGuid:string,
  SubcategoryId:string, Subject:string, SubjectAccount:string, SubjectDomainName:string,
  SubjectKeyIdentifier:string, SubjectLogonId:string, SubjectMachineName:string, SubjectMachineSID:string,
  SubjectUserName:string, SubjectUserSid:string, SubStatus:string, TableId:string, TargetAccount:string,
  TargetDomainName:string, TargetInfo:string, TargetLinkedLogonId:string, TargetLogonGuid:string,
  TargetLogonId:string, TargetOutboundDomainName:string, TargetOutboundUserName:string,
  TargetServerName:string, TargetSid:string, TargetUser:string, TargetUserName:string, TargetUserSid:string,
  TemplateContent:string, TemplateDSObjectFQDN:string, TemplateInternalName:string, TemplateOID:string,
  TemplateSchemaVersion:string, TemplateVersion:string, TokenElevationType:string, TransmittedServices:string,
  UserAccountControl:string, UserParameters:string, UserPrincipalName:string, UserWorkstations:string,
  VendorIds:string, VirtualAccount:string, Workstation:string, WorkstationName:string, Type:string,
  _ResourceId:string, _SubscriptionId:string,
  PartitionKey:string, RowKey:string, AzureTableName:string, AccessList:string, AccessReason:string,
  ImpersonationLevel:string, EventLevelName:string, EventOriginId:string, MG:string, TimeCollected:datetime,
  SystemUserId:string, Version:int, Opcode:string, Keywords:string, Correlation:string, SystemProcessId:int,
  SystemThreadId:int, EventRecordId:string
`);

/** Windows events collected by AMA with parsed EventData (dynamic), unlike SecurityEvent's string EventData. */
export const WINDOWS_EVENT = parseColumnSpec(`
  TenantId:string, TimeGenerated:datetime, Channel:string, Computer:string, Correlation:string,
  EventData:dynamic, EventID:int, EventLevel:int, EventLevelName:string, EventOriginId:string,
  EventRecordId:string, Keywords:string, ManagementGroupName:string, Opcode:string, Provider:string,
  RawEventData:string, SystemProcessId:int, SystemThreadId:int, SystemUserId:string, Task:int, Version:int,
  Type:string, _ResourceId:string, _SubscriptionId:string
`);
