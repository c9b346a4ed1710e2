import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addDirectoryChange, modifiedProperty } from '../audit-rows.ts';
import type { DemoLogs } from '../demo-logs.ts';
import type { DemoOrganisation } from '../organisation.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

interface AppRegistration {
  readonly time: number;
  readonly actor: { readonly upn: string; readonly userId: string; readonly ip: string };
  readonly app: string;
  readonly replyUrls: readonly string[];
}

function addApplication(logs: DemoLogs, org: DemoOrganisation, registration: AppRegistration) {
  addDirectoryChange(logs, org, {
    time: at(registration.time),
    operation: 'Add application',
    category: 'ApplicationManagement',
    actor: registration.actor,
    targets: [
      {
        type: 'Application',
        displayName: registration.app,
        id: logs.random.guid(),
        modifiedProperties: [modifiedProperty('ReplyUrls', [], registration.replyUrls)],
      },
    ],
  });
}

/** A new OAuth app whose redirect URI is the attacker's server: every consent hands them a code. */
export const appExternalRedirect: LibraryScenario = {
  kind: 'app-external-redirect',
  loosened: { localRedirects: 'report' },
  attack: ({ logs, org, ip, victim, end }) => {
    const time = floorTo(end - 15 * HOUR, MINUTE);
    addApplication(logs, org, {
      time,
      actor: { upn: victim.upn, userId: victim.userId, ip },
      app: 'Document Viewer',
      replyUrls: ['https://docs-viewer.example.net/oauth/callback'],
    });
    return {
      account: victim.upn,
      start: iso(time),
      end: iso(time),
      description: 'New OAuth app registered with a redirect URI on a server outside the company.',
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // A developer registering the app they are building, redirecting to their own machine.
    addApplication(logs, org, {
      time: floorTo(end - 21 * HOUR, MINUTE),
      actor: { upn: bystander.upn, userId: bystander.userId, ip: org.natIp },
      app: 'Expense Tracker (dev)',
      replyUrls: ['https://localhost:5001/signin-oidc', 'https://login.microsoftonline.com/common/oauth2/nativeclient'],
    });
    return {
      kind: 'developer-app',
      account: bystander.upn,
      description: 'A developer registering an app that redirects to localhost.',
    };
  },
};
