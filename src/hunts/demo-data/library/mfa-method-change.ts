import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addDirectoryChange } from '../audit-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

/** A compromised help-desk account registers the attacker's phone as security info on three accounts. */
export const mfaMethodChange: LibraryScenario = {
  kind: 'mfa-method-change',
  loosened: { minModifiedAccounts: '1' },
  attack: ({ logs, org, ip, victim, end }) => {
    const start = floorTo(end - 10 * HOUR, MINUTE);
    const targets = ['finance', 'payroll', 'ceo-office'].map((mailbox) => `${mailbox}@${org.domain}`);
    targets.forEach((upn, index) => {
      addDirectoryChange(logs, org, {
        time: at(start + index * 2 * MINUTE),
        operation: 'Admin registered security info',
        category: 'UserManagement',
        actor: { upn: victim.upn, userId: victim.userId, ip },
        targets: [{ type: 'User', userPrincipalName: upn }],
      });
    });
    return {
      account: victim.upn,
      start: iso(start),
      end: iso(start + 4 * MINUTE),
      description: "MFA manipulation: one account registers a phone as security info on three others' accounts.",
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // Someone registering their own new authenticator app: one account, their own.
    addDirectoryChange(logs, org, {
      time: at(floorTo(end - 13 * HOUR, MINUTE)),
      operation: 'User registered security info',
      category: 'UserManagement',
      actor: { upn: bystander.upn, userId: bystander.userId, ip: bystander.homeIp },
      targets: [{ type: 'User', userPrincipalName: bystander.upn, id: bystander.userId }],
    });
    return {
      kind: 'own-security-info',
      ip: bystander.homeIp,
      account: bystander.upn,
      description: 'A user registering their own new authenticator app.',
    };
  },
};
