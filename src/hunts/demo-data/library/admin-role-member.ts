import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addDirectoryChange } from '../audit-rows.ts';
import type { DemoOrganisation } from '../organisation.ts';
import { daysBetween, floorTo, HOUR, MINUTE } from '../time-grid.ts';

/** PIM lists the role first, its scope second and the user third; the hunt reads TargetResources[0] and [2]. */
const eligibility = (org: DemoOrganisation, role: string, upn: string) => [
  { type: 'Role', displayName: role, id: `role-${role.toLowerCase().replaceAll(' ', '-')}` },
  { type: 'Other', displayName: 'Directory', id: org.tenantId },
  { type: 'User', userPrincipalName: upn, id: upn },
];

/** With a stolen session, the attacker makes an account of their own eligible for Global Administrator. */
export const adminRoleMember: LibraryScenario = {
  kind: 'admin-role-member',
  loosened: { roleKeyword: 'reader' },
  attack: ({ logs, org, ip, victim, end }) => {
    const time = floorTo(end - 5 * HOUR, MINUTE);
    addDirectoryChange(logs, org, {
      time: at(time),
      operation: 'Add eligible member (permanent)',
      category: 'RoleManagement',
      actor: { upn: victim.upn, userId: victim.userId, ip },
      targets: eligibility(org, 'Global Administrator', `svc-sync-helper@${org.domain}`),
    });
    return {
      account: victim.upn,
      start: iso(time),
      end: iso(time),
      description: 'Privilege escalation: a new account made eligible for Global Administrator from an unknown IP.',
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // Directory sync updates everyone every day, and the help desk hands out a reader role: routine changes.
    for (const day of daysBetween(logs.start, end)) {
      for (const user of org.users) {
        addDirectoryChange(logs, org, {
          time: at(day + 2 * HOUR + logs.random.int(0, 59) * MINUTE),
          operation: 'Update user',
          category: 'UserManagement',
          targets: [{ type: 'User', userPrincipalName: user.upn, id: user.userId }],
        });
      }
    }
    addDirectoryChange(logs, org, {
      time: at(floorTo(end - 12 * HOUR, MINUTE)),
      operation: 'Add eligible member (permanent)',
      category: 'RoleManagement',
      actor: { upn: bystander.upn, userId: bystander.userId, ip: org.natIp },
      targets: eligibility(org, 'Reports Reader', org.users[0].upn),
    });
    return {
      kind: 'reader-role-member',
      account: bystander.upn,
      description: 'The help desk makes a colleague eligible for Reports Reader, which is not an admin role.',
    };
  },
};
