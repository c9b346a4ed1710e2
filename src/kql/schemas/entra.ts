import { parseColumnSpec } from './column-spec.ts';

// Column lists follow the Azure Monitor Logs table reference (learn.microsoft.com,
// azure/azure-monitor/reference/tables/<table>), plus the standard columns every Log
// Analytics table carries (TenantId, _ResourceId, _SubscriptionId) where the page omits them.

/** Interactive sign-ins. LocationDetails, DeviceDetail, Status, MfaDetail and ConditionalAccessPolicies are dynamic here. */
export const SIGNIN_LOGS = parseColumnSpec(`
  TenantId:string, SourceSystem:string, TimeGenerated:datetime, ResourceId:string, OperationName:string,
  OperationVersion:string, Category:string, ResultType:string, ResultSignature:string, ResultDescription:string,
  DurationMs:long, CorrelationId:string, Resource:string, ResourceGroup:string, ResourceProvider:string,
  Identity:string, Level:string, Location:string, AADTenantId:string, AlternateSignInName:string,
  AppDisplayName:string, AppId:string, AppliedConditionalAccessPolicies:string, AppliedEventListeners:dynamic,
  AuthenticationContextClassReferences:string, AuthenticationDetails:string, AuthenticationMethodsUsed:string,
  AuthenticationProcessingDetails:string, AuthenticationProtocol:string, AuthenticationRequirement:string,
  AuthenticationRequirementPolicies:string, AutonomousSystemNumber:string, ClientAppUsed:string,
  ConditionalAccessPolicies:dynamic, ConditionalAccessStatus:string, CreatedDateTime:datetime,
  CrossTenantAccessType:string, DeviceDetail:dynamic, FlaggedForReview:bool, HomeTenantId:string, Id:string,
  IPAddress:string, IPAddressFromResourceProvider:string, IsInteractive:bool, IsRisky:bool,
  LocationDetails:dynamic, MfaDetail:dynamic, NetworkLocationDetails:string, OriginalRequestId:string,
  ProcessingTimeInMilliseconds:string, ResourceDisplayName:string, ResourceIdentity:string,
  ResourceServicePrincipalId:string, ResourceTenantId:string, RiskDetail:string, RiskEventTypes:string,
  RiskEventTypes_V2:string, RiskLevel:string, RiskLevelAggregated:string, RiskLevelDuringSignIn:string,
  RiskState:string, ServicePrincipalId:string, ServicePrincipalName:string, SessionLifetimePolicies:string,
  SignInIdentifier:string, SignInIdentifierType:string, Status:dynamic, TokenIssuerName:string,
  TokenIssuerType:string, UniqueTokenIdentifier:string, UserAgent:string, UserDisplayName:string, UserId:string,
  UserPrincipalName:string, UserType:string, Type:string, _ResourceId:string, _SubscriptionId:string
`);

/** Non-interactive sign-ins. The same details columns are plain strings here (a real difference from SigninLogs). */
export const AAD_NON_INTERACTIVE_USER_SIGNIN_LOGS = parseColumnSpec(`
  TenantId:string, SourceSystem:string, TimeGenerated:datetime, OperationName:string, OperationVersion:string,
  Category:string, ResultType:string, ResultSignature:string, ResultDescription:string, DurationMs:long,
  CorrelationId:string, ResourceGroup:string, Identity:string, Level:string, Location:string,
  AlternateSignInName:string, AppDisplayName:string, AppId:string, AppliedEventListeners:dynamic,
  AuthenticationContextClassReferences:string, AuthenticationDetails:string, AuthenticationMethodsUsed:string,
  AuthenticationProcessingDetails:string, AuthenticationProtocol:string, AuthenticationRequirement:string,
  AuthenticationRequirementPolicies:string, AutonomousSystemNumber:string, ClientAppUsed:string,
  ConditionalAccessPolicies:string, ConditionalAccessStatus:string, CreatedDateTime:datetime,
  CrossTenantAccessType:string, DeviceDetail:string, HomeTenantId:string, Id:string, IPAddress:string,
  IsInteractive:bool, IsRisky:bool, LocationDetails:string, MfaDetail:string, NetworkLocationDetails:string,
  OriginalRequestId:string, ProcessingTimeInMs:string, ResourceDisplayName:string, ResourceIdentity:string,
  ResourceServicePrincipalId:string, ResourceTenantId:string, RiskDetail:string, RiskEventTypes:string,
  RiskEventTypes_V2:string, RiskLevelAggregated:string, RiskLevelDuringSignIn:string, RiskState:string,
  ServicePrincipalId:string, SessionLifetimePolicies:string, SignInEventTypes:string, SignInIdentifierType:string,
  Status:string, TokenIssuerName:string, TokenIssuerType:string, UniqueTokenIdentifier:string, UserAgent:string,
  UserDisplayName:string, UserId:string, UserPrincipalName:string, UserType:string, Type:string,
  _ResourceId:string, _SubscriptionId:string
`);

/** Entra ID directory audit events. */
export const AUDIT_LOGS = parseColumnSpec(`
  TenantId:string, SourceSystem:string, TimeGenerated:datetime, ResourceId:string, OperationName:string,
  OperationVersion:string, Category:string, ResultType:string, ResultSignature:string, ResultDescription:string,
  DurationMs:long, CorrelationId:string, Resource:string, ResourceGroup:string, ResourceProvider:string,
  Identity:string, Level:string, Location:string, AdditionalDetails:dynamic, Id:string, InitiatedBy:dynamic,
  LoggedByService:string, Result:string, ResultReason:string, TargetResources:dynamic, AADTenantId:string,
  ActivityDisplayName:string, ActivityDateTime:datetime, AADOperationType:string, Type:string,
  _ResourceId:string, _SubscriptionId:string
`);
