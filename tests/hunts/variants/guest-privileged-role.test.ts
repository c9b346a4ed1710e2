import { describe, expect, it } from 'vitest';
import { directoryChange } from './support/audit-rows.ts';
import { huntRows, type Row } from './support/run-on-rows.ts';

/**
 * A direct role assignment as AuditLogs holds it: OperationName "Add member to role" (the unified audit log's
 * copy ends in a full stop, AuditLogs' does not), the user as target, and the role named in the user's
 * modifiedProperties (Role.DisplayName, a JSON string).
 */
function roleAdded(minutesAgo: number, operation: string, role: string, user: string, ip: string): Row {
  const property = (displayName: string, value: string) => ({ displayName, oldValue: null, newValue: `"${value}"` });
  return directoryChange(minutesAgo, operation, 'RoleManagement', { upn: 'it.lead@contoso.example', ip }, [
    {
      id: '9d2c7e51-0000-4000-8000-000000000002',
      displayName: null,
      type: 'User',
      userPrincipalName: user,
      modifiedProperties: [
        property('Role.ObjectID', 'b1f0c3a2-0000-4000-8000-000000000003'),
        property('Role.DisplayName', role),
        property('Role.TemplateId', '62e90394-69f5-4237-9190-012177145e10'),
        property('Role.WellKnownObjectName', 'TenantAdmins'),
      ],
    },
  ]);
}

const GUEST = 'mallory_evil.example#EXT#@contoso.onmicrosoft.com';
const found = async (rows: Row[]) =>
  (await huntRows('guest-privileged-role', { AuditLogs: rows })).map((f) => f.fields.GuestUPN);

describe('/hunt guest-privileged-role on role assignments as AuditLogs holds them', () => {
  it('finds a guest made Global Administrator, the role named in the target user’s modified properties', async () => {
    const rows = [roleAdded(30, 'Add member to role', 'Global Administrator', GUEST, '203.0.113.160')];
    expect(await found(rows)).toEqual([GUEST]);
  });

  it('reports no guest given a role outside the privileged list', async () => {
    const rows = [
      roleAdded(
        30,
        'Add member to role',
        'Message Center Reader',
        'partner_supplier.example#EXT#@contoso.onmicrosoft.com',
        '192.0.2.160',
      ),
    ];
    expect(await found(rows)).toEqual([]);
  });
});
