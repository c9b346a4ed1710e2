import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addDirectoryChange } from '../audit-rows.ts';
import type { DemoLogs } from '../demo-logs.ts';
import type { DemoOrganisation } from '../organisation.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

/** A Temporary Access Pass is logged as security info an admin registered for the user. */
function addTemporaryAccessPass(
  logs: DemoLogs,
  org: DemoOrganisation,
  time: number,
  ip: string,
  target: { readonly upn: string; readonly userId: string },
) {
  addDirectoryChange(logs, org, {
    time: at(time),
    operation: 'Admin registered security info',
    category: 'UserManagement',
    service: 'Authentication Methods',
    actor: { upn: `helpdesk@${org.domain}`, userId: org.tenantId, ip },
    targets: [{ type: 'User', userPrincipalName: target.upn, id: target.userId, displayName: 'TemporaryAccessPass' }],
  });
}

/** The help desk's account, used from an unknown address, creates a TAP for a working account to take it over. */
export const tapCreated: LibraryScenario = {
  kind: 'tap-created',
  loosened: { minPriorSignins: '0' },
  attack: ({ logs, org, ip, victim, end }) => {
    const time = floorTo(end - 2 * HOUR, MINUTE);
    addTemporaryAccessPass(logs, org, time, ip, { upn: victim.upn, userId: victim.userId });
    return {
      account: victim.upn,
      start: iso(time),
      end: iso(time),
      description: 'Account takeover: a Temporary Access Pass created for an account that signs in every day.',
    };
  },
  lookalike: ({ logs, org, end }) => {
    // Onboarding: a TAP for a new joiner who has never signed in, as intended.
    const joiner = { upn: `new.joiner@${org.domain}`, userId: logs.random.guid() };
    addTemporaryAccessPass(logs, org, floorTo(end - 23 * HOUR, MINUTE), org.natIp, joiner);
    return {
      kind: 'joiner-tap',
      account: joiner.upn,
      description: 'A Temporary Access Pass for a new joiner on their first day.',
    };
  },
};
