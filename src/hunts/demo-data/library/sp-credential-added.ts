import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addDirectoryChange } from '../audit-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

const addCredentials = 'Add service principal credentials';

/** With a stolen admin session, the attacker adds their own secret to the payroll connector's service principal. */
export const spCredentialAdded: LibraryScenario = {
  kind: 'sp-credential-added',
  loosened: { lookback: '1h' },
  windowDays: 1,
  attack: ({ logs, org, ip, victim, end }) => {
    const time = floorTo(end - 12 * HOUR, MINUTE);
    addDirectoryChange(logs, org, {
      time: at(time),
      operation: addCredentials,
      category: 'ApplicationManagement',
      actor: { upn: victim.upn, userId: victim.userId, ip },
      targets: [{ type: 'ServicePrincipal', displayName: 'Payroll Connector', id: logs.random.guid() }],
    });
    return {
      account: victim.upn,
      start: iso(time),
      end: iso(time),
      description: 'Backdoor credential: a secret added to a service principal by someone who never did that before.',
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // The platform engineer who rotates the backup app's certificate: they did it two days ago too.
    for (const hoursAgo of [44, 9]) {
      addDirectoryChange(logs, org, {
        time: at(floorTo(end - hoursAgo * HOUR, MINUTE)),
        operation: addCredentials,
        category: 'ApplicationManagement',
        actor: { upn: bystander.upn, userId: bystander.userId, ip: org.natIp },
        targets: [{ type: 'ServicePrincipal', displayName: 'Backup Uploader', id: org.tenantId }],
      });
    }
    return {
      kind: 'certificate-rotation',
      account: bystander.upn,
      description: 'An engineer rotating an app certificate, as they did before the window.',
    };
  },
};
