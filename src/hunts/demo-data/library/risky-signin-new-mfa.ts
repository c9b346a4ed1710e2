import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addDirectoryChange, modifiedProperty } from '../audit-rows.ts';
import type { DemoLogs } from '../demo-logs.ts';
import type { DemoOrganisation, DemoUser } from '../organisation.ts';
import { addSignIn, signedInAs } from '../signin-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

/** Registering an authenticator app shows up as "Update user" with the phone-app detail changed. */
function addAuthenticatorApp(logs: DemoLogs, org: DemoOrganisation, user: DemoUser, time: number, ip: string) {
  addDirectoryChange(logs, org, {
    time: at(time),
    operation: 'Update user',
    category: 'UserManagement',
    actor: { upn: user.upn, userId: user.userId, ip },
    targets: [
      {
        type: 'User',
        userPrincipalName: user.upn,
        id: user.userId,
        modifiedProperties: [modifiedProperty('StrongAuthenticationPhoneAppDetail', [], [{ DeviceName: 'Pixel 7' }])],
      },
    ],
  });
}

/** A high-risk sign-in with a stolen password, then the attacker's phone registered as the account's MFA. */
export const riskySigninNewMfa: LibraryScenario = {
  kind: 'risky-signin-new-mfa',
  loosened: { minimumRisk: 'low' },
  attack: ({ logs, org, ip, victim, end }) => {
    const time = floorTo(end - 7 * HOUR, MINUTE);
    addSignIn(logs, org, { time: at(time), ...signedInAs(victim), ip, resultType: '0', riskLevel: 'high' });
    addAuthenticatorApp(logs, org, victim, time + 25 * MINUTE, ip);
    return {
      account: victim.upn,
      start: iso(time),
      end: iso(time + 25 * MINUTE),
      description: 'High-risk sign-in, then a new authenticator app registered on the account 25 minutes later.',
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // A new phone: a low-risk sign-in from home (unfamiliar device), then the user registers the new app.
    const time = floorTo(end - 16 * HOUR, MINUTE);
    addSignIn(logs, org, {
      time: at(time),
      ...signedInAs(bystander),
      ip: bystander.homeIp,
      resultType: '0',
      riskLevel: 'low',
    });
    addAuthenticatorApp(logs, org, bystander, time + 10 * MINUTE, bystander.homeIp);
    return {
      kind: 'new-phone',
      ip: bystander.homeIp,
      account: bystander.upn,
      description: 'A low-risk sign-in from a new phone, then the user registers it for MFA.',
    };
  },
};
