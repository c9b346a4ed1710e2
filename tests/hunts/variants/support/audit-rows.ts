import { ago, type Row } from './run-on-rows.ts';

/** An Entra ID AuditLogs row: a change made by a signed-in user from an address, on the given targets. */
export function directoryChange(
  minutesAgo: number,
  operation: string,
  category: string,
  actor: { upn: string; ip: string },
  targets: readonly Row[],
): Row {
  return {
    TimeGenerated: ago(minutesAgo),
    OperationName: operation,
    Category: category,
    Result: 'success',
    ResultReason: '',
    LoggedByService: category === 'RoleManagement' ? 'PIM' : 'Core Directory',
    CorrelationId: `c0ffee00-0000-4000-8000-${String(Math.round(minutesAgo * 1000)).padStart(12, '0')}`,
    InitiatedBy: {
      user: { userPrincipalName: actor.upn, ipAddress: actor.ip, id: '6f1c2b7a-0000-4000-8000-000000000001' },
    },
    TargetResources: targets,
    AdditionalDetails: [],
    Type: 'AuditLogs',
  };
}
