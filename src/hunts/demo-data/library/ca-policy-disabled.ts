import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addDirectoryChange, modifiedProperty } from '../audit-rows.ts';
import type { DemoLogs } from '../demo-logs.ts';
import type { DemoOrganisation } from '../organisation.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

interface PolicyStateChange {
  readonly time: number;
  readonly actor: { readonly upn: string; readonly userId: string; readonly ip: string };
  readonly policy: string;
  readonly from: string;
  readonly to: string;
}

function addPolicyStateChange(logs: DemoLogs, org: DemoOrganisation, change: PolicyStateChange) {
  addDirectoryChange(logs, org, {
    time: at(change.time),
    operation: 'Update conditional access policy',
    category: 'Policy',
    service: 'Conditional Access',
    actor: change.actor,
    targets: [
      {
        type: 'Policy',
        displayName: change.policy,
        id: logs.random.guid(),
        modifiedProperties: [modifiedProperty('State', change.from, change.to)],
      },
    ],
  });
}

/** With a stolen admin session, the attacker switches off the policy that requires MFA. */
export const caPolicyDisabled: LibraryScenario = {
  kind: 'ca-policy-disabled',
  loosened: { newState: 'enabled' },
  attack: ({ logs, org, ip, victim, end }) => {
    const time = floorTo(end - 14 * HOUR, MINUTE);
    addPolicyStateChange(logs, org, {
      time,
      actor: { upn: victim.upn, userId: victim.userId, ip },
      policy: 'Require MFA for all users',
      from: 'enabled',
      to: 'disabled',
    });
    return {
      account: victim.upn,
      start: iso(time),
      end: iso(time),
      description: 'Defense evasion: the Conditional Access policy requiring MFA switched off.',
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // The identity team turning on a policy they prepared: a state change, in the safe direction.
    addPolicyStateChange(logs, org, {
      time: floorTo(end - 22 * HOUR, MINUTE),
      actor: { upn: bystander.upn, userId: bystander.userId, ip: org.natIp },
      policy: 'Block legacy authentication',
      from: 'disabled',
      to: 'enabled',
    });
    return {
      kind: 'ca-policy-enabled',
      account: bystander.upn,
      description: 'The identity team enabling a Conditional Access policy.',
    };
  },
};
