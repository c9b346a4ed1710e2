import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addDirectoryChange } from '../audit-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

/** With a stolen session, the attacker turns off per-user MFA on the account so the password alone will do. */
export const mfaDisabled: LibraryScenario = {
  kind: 'mfa-disabled',
  loosened: { operationName: 'Enable Strong Authentication' },
  attack: ({ logs, org, ip, victim, end }) => {
    const time = floorTo(end - 3 * HOUR, MINUTE);
    addDirectoryChange(logs, org, {
      time: at(time),
      operation: 'Disable Strong Authentication',
      category: 'UserManagement',
      actor: { upn: victim.upn, userId: victim.userId, ip },
      targets: [{ type: 'User', userPrincipalName: victim.upn, id: victim.userId }],
    });
    return {
      account: victim.upn,
      start: iso(time),
      end: iso(time),
      description: 'Defense evasion: per-user MFA disabled on an account from an unknown IP.',
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // The help desk turns MFA on for someone: the same kind of change, in the safe direction.
    addDirectoryChange(logs, org, {
      time: at(floorTo(end - 14 * HOUR, MINUTE)),
      operation: 'Enable Strong Authentication',
      category: 'UserManagement',
      actor: { upn: `helpdesk@${org.domain}`, userId: org.tenantId, ip: org.natIp },
      targets: [{ type: 'User', userPrincipalName: bystander.upn, id: bystander.userId }],
    });
    return {
      kind: 'mfa-enabled',
      account: bystander.upn,
      description: 'The help desk enabling MFA for a colleague.',
    };
  },
};
