import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addDirectoryChange, modifiedProperty } from '../audit-rows.ts';
import type { DemoLogs } from '../demo-logs.ts';
import type { DemoOrganisation } from '../organisation.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

interface Consent {
  readonly time: number;
  readonly actor: { readonly upn: string; readonly userId: string; readonly ip: string };
  readonly app: string;
  /** AllPrincipals for tenant-wide admin consent, Principal for a user consenting for themselves. */
  readonly consentType: 'AllPrincipals' | 'Principal';
  readonly scopes: string;
}

/** "Consent to application" as Entra ID logs it: the grant is described in ConsentAction.Permissions. */
function addConsent(logs: DemoLogs, org: DemoOrganisation, consent: Consent) {
  const permissions = `[] => [[Id: ${logs.random.guid()}, ClientId: ${logs.random.guid()}, ConsentType: ${consent.consentType}, Scope: ${consent.scopes}, ]]`;
  addDirectoryChange(logs, org, {
    time: at(consent.time),
    operation: 'Consent to application',
    category: 'ApplicationManagement',
    actor: consent.actor,
    targets: [
      {
        type: 'ServicePrincipal',
        displayName: consent.app,
        id: logs.random.guid(),
        modifiedProperties: [
          modifiedProperty('ConsentContext.IsAdminConsent', '', String(consent.consentType === 'AllPrincipals')),
          modifiedProperty('ConsentAction.Permissions', '', permissions),
        ],
      },
    ],
  });
}

/** A phished admin grants a malicious mail app tenant-wide access to every mailbox. */
export const adminConsent: LibraryScenario = {
  kind: 'admin-consent',
  loosened: { consentType: 'Principal' },
  attack: ({ logs, org, ip, victim, end }) => {
    const time = floorTo(end - 8 * HOUR, MINUTE);
    addConsent(logs, org, {
      time,
      actor: { upn: victim.upn, userId: victim.userId, ip },
      app: 'MailSync Pro',
      consentType: 'AllPrincipals',
      scopes: 'Mail.ReadWrite Files.Read.All offline_access',
    });
    return {
      account: victim.upn,
      start: iso(time),
      end: iso(time),
      description: 'Illicit consent grant: tenant-wide consent to an unknown mail app, from an unknown address.',
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // A user allowing a meeting app to read their own calendar: consent for one person, themselves.
    addConsent(logs, org, {
      time: floorTo(end - 18 * HOUR, MINUTE),
      actor: { upn: bystander.upn, userId: bystander.userId, ip: org.natIp },
      app: 'Zoom for Outlook',
      consentType: 'Principal',
      scopes: 'Calendars.ReadWrite User.Read',
    });
    return {
      kind: 'user-consent',
      account: bystander.upn,
      description: 'A user consenting for themselves to a meeting add-in reading their calendar.',
    };
  },
};
