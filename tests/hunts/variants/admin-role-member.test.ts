import { describe, expect, it } from 'vitest';
import { directoryChange } from './support/audit-rows.ts';
import { huntRows, type Row } from './support/run-on-rows.ts';

/**
 * A PIM assignment as AuditLogs holds it: the role first, then the PIM request, then the user. Entra ID's
 * security operations guide names the operations "Add eligible member to role in PIM completed (permanent)",
 * "… (timebound)" and "Add member to role in PIM completed (…)".
 */
function assignment(minutesAgo: number, operation: string, role: string, user: string, ip: string): Row {
  return directoryChange(minutesAgo, operation, 'RoleManagement', { upn: 'it.lead@contoso.example', ip }, [
    { id: 'role-id', displayName: role, type: 'Role' },
    { id: 'request-id', displayName: 'Request', type: 'Request' },
    { id: 'user-id', displayName: user, type: 'User', userPrincipalName: user },
  ]);
}

const found = async (rows: Row[]) =>
  (await huntRows('admin-role-member', { AuditLogs: rows })).map((f) => f.fields.AddedUser).sort();

describe('/hunt admin-role-member on PIM operation names as Entra ID writes them', () => {
  it('finds eligible and active assignments completed in PIM, permanent or timebound', async () => {
    const rows = [
      assignment(
        50,
        'Add eligible member to role in PIM completed (permanent)',
        'Global Administrator',
        'oli@contoso.example',
        '203.0.113.150',
      ),
      assignment(
        40,
        'Add eligible member to role in PIM completed (timebound)',
        'Exchange Administrator',
        'pat@contoso.example',
        '203.0.113.150',
      ),
      assignment(
        30,
        'Add member to role in PIM completed (permanent)',
        'Security Administrator',
        'quin@contoso.example',
        '203.0.113.150',
      ),
    ];
    expect(await found(rows)).toEqual(['oli@contoso.example', 'pat@contoso.example', 'quin@contoso.example']);
  });

  it('reports no request still waiting, nor a reader role', async () => {
    const rows = [
      assignment(
        50,
        'Add eligible member to role in PIM requested (permanent)',
        'Global Administrator',
        'ray@contoso.example',
        '192.0.2.150',
      ),
      assignment(
        40,
        'Add eligible member to role in PIM completed (permanent)',
        'Global Reader',
        'sam@contoso.example',
        '192.0.2.150',
      ),
    ];
    expect(await found(rows)).toEqual([]);
  });
});
