import type { DemoLogs } from './demo-logs.ts';
import type { DemoOrganisation } from './organisation.ts';

export interface DirectoryChange {
  readonly time: Date;
  readonly operation: string;
  readonly category: 'UserManagement' | 'RoleManagement' | 'ApplicationManagement' | 'Policy' | 'DirectoryManagement';
  /** The Entra ID service that logged it; default PIM for role changes, Core Directory otherwise. */
  readonly service?: string;
  /** Who made the change and from where; absent for changes by a service (directory sync). */
  readonly actor?: { readonly upn: string; readonly userId: string; readonly ip: string };
  /** As Entra ID lists them: for PIM role changes, the role first and the user third. */
  readonly targets: readonly Record<string, unknown>[];
}

/** Adds one Entra ID audit event to AuditLogs. */
export function addDirectoryChange(logs: DemoLogs, org: DemoOrganisation, change: DirectoryChange): void {
  const initiatedBy = change.actor
    ? { user: { id: change.actor.userId, userPrincipalName: change.actor.upn, ipAddress: change.actor.ip } }
    : { app: { displayName: 'Microsoft Azure AD Cloud Sync', servicePrincipalId: org.tenantId } };
  logs.add('AuditLogs', change.time, {
    TimeGenerated: change.time,
    ActivityDateTime: change.time,
    AADTenantId: org.tenantId,
    Id: logs.random.guid(),
    CorrelationId: logs.random.guid(),
    Category: change.category,
    OperationName: change.operation,
    ActivityDisplayName: change.operation,
    AADOperationType: change.category === 'RoleManagement' ? 'CreateRequestEligibleRole' : 'Update',
    LoggedByService: change.service ?? (change.category === 'RoleManagement' ? 'PIM' : 'Core Directory'),
    Result: 'success',
    ResultType: '',
    Identity: change.actor?.upn ?? 'Microsoft Azure AD Cloud Sync',
    InitiatedBy: initiatedBy,
    TargetResources: change.targets,
    AdditionalDetails: [],
    Level: '4',
    Location: '',
    SourceSystem: 'Azure AD',
    Type: 'AuditLogs',
  });
}

/** One entry of a target's modifiedProperties: Entra ID writes old and new values as JSON text. */
export function modifiedProperty(displayName: string, oldValue: unknown, newValue: unknown) {
  return { displayName, oldValue: JSON.stringify(oldValue), newValue: JSON.stringify(newValue) };
}
