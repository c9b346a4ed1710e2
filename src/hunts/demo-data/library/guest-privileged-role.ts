import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addDirectoryChange } from '../audit-rows.ts';
import type { DemoLogs } from '../demo-logs.ts';
import type { DemoOrganisation } from '../organisation.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

interface RoleGrant {
  readonly time: number;
  readonly actor: { readonly upn: string; readonly userId: string; readonly ip: string };
  readonly role: string;
  readonly memberUpn: string;
}

/** "Add member to role." (a permanent directory role outside PIM): the role first, then the user. */
function addRoleMember(logs: DemoLogs, org: DemoOrganisation, grant: RoleGrant) {
  addDirectoryChange(logs, org, {
    time: at(grant.time),
    operation: 'Add member to role.',
    category: 'RoleManagement',
    service: 'Core Directory',
    actor: grant.actor,
    targets: [
      { type: 'Role', displayName: grant.role, id: logs.random.guid() },
      { type: 'User', userPrincipalName: grant.memberUpn, id: logs.random.guid() },
    ],
  });
}

/** A guest the attacker invited gets Global Administrator: admin access that survives the victim's password reset. */
export const guestPrivilegedRole: LibraryScenario = {
  kind: 'guest-privileged-role',
  loosened: { extraRole: 'Reports Reader' },
  attack: ({ logs, org, ip, victim, end }) => {
    const time = floorTo(end - 4 * HOUR, MINUTE);
    const guest = `it-support_outlook.example#EXT#@${org.domain}`;
    addRoleMember(logs, org, {
      time,
      actor: { upn: victim.upn, userId: victim.userId, ip },
      role: 'Global Administrator',
      memberUpn: guest,
    });
    return {
      account: guest,
      start: iso(time),
      end: iso(time),
      description: 'A guest account made Global Administrator from an unknown address.',
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // An auditor from the accounting firm gets a read-only reporting role.
    const auditor = `auditor_fabrikam-audit.example#EXT#@${org.domain}`;
    addRoleMember(logs, org, {
      time: floorTo(end - 19 * HOUR, MINUTE),
      actor: { upn: bystander.upn, userId: bystander.userId, ip: org.natIp },
      role: 'Reports Reader',
      memberUpn: auditor,
    });
    return {
      kind: 'guest-auditor-role',
      account: auditor,
      description: 'An external auditor given the read-only Reports Reader role.',
    };
  },
};
