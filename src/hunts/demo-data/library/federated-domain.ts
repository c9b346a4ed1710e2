import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addDirectoryChange, modifiedProperty } from '../audit-rows.ts';
import type { DemoLogs } from '../demo-logs.ts';
import type { DemoOrganisation } from '../organisation.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

interface DomainAuthenticationChange {
  readonly time: number;
  readonly actor: { readonly upn: string; readonly userId: string; readonly ip: string };
  readonly domain: string;
  readonly from: 'Managed' | 'Federated';
  readonly to: 'Managed' | 'Federated';
}

function addDomainAuthentication(logs: DemoLogs, org: DemoOrganisation, change: DomainAuthenticationChange) {
  addDirectoryChange(logs, org, {
    time: at(change.time),
    operation: 'Set domain authentication',
    category: 'DirectoryManagement',
    actor: change.actor,
    targets: [
      {
        type: 'Other',
        displayName: change.domain,
        id: logs.random.guid(),
        modifiedProperties: [modifiedProperty('LiveType', change.from, change.to)],
      },
    ],
  });
}

/** The attacker federates a domain of the tenant with their own token issuer (golden SAML). */
export const federatedDomain: LibraryScenario = {
  kind: 'federated-domain',
  loosened: { authentication: 'Managed' },
  attack: ({ logs, org, ip, victim, end }) => {
    const time = floorTo(end - 16 * HOUR, MINUTE);
    addDomainAuthentication(logs, org, {
      time,
      actor: { upn: victim.upn, userId: victim.userId, ip },
      domain: `partners.${org.domain}`,
      from: 'Managed',
      to: 'Federated',
    });
    return {
      account: victim.upn,
      start: iso(time),
      end: iso(time),
      description: 'Persistence: a domain of the tenant switched to federated authentication from an unknown address.',
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // The identity team moving a domain off the old ADFS farm: authentication back to Entra ID.
    addDomainAuthentication(logs, org, {
      time: floorTo(end - 20 * HOUR, MINUTE),
      actor: { upn: bystander.upn, userId: bystander.userId, ip: org.natIp },
      domain: `legacy.${org.domain}`,
      from: 'Federated',
      to: 'Managed',
    });
    return {
      kind: 'domain-defederated',
      account: bystander.upn,
      description: 'The identity team moving a domain from ADFS back to managed authentication.',
    };
  },
};
