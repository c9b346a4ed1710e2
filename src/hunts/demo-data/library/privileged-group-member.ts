import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addLocalGroupMember } from '../group-membership-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

/** With the victim's credentials, the attacker makes the victim's account a local admin of the file server. */
export const privilegedGroupMember: LibraryScenario = {
  kind: 'privileged-group-member',
  loosened: { excludedGroupSid: 'S-1-5-32-000' },
  attack: ({ logs, org, victim, end }) => {
    const time = floorTo(end - 5 * HOUR, MINUTE);
    addLocalGroupMember(logs, org, {
      time: at(time),
      host: org.fileServer,
      subject: victim,
      member: victim,
      group: { name: 'Administrators', sid: 'S-1-5-32-544' },
    });
    return {
      account: `${org.netbios}\\${victim.samName}`,
      host: org.fileServer.fqdn,
      start: iso(time),
      end: iso(time),
      description: 'Persistence: an ordinary user account added to the local Administrators group of the file server.',
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // The help desk lets someone use Remote Desktop on their own workstation: a built-in group, no admin rights.
    addLocalGroupMember(logs, org, {
      time: at(floorTo(end - 17 * HOUR, MINUTE)),
      host: bystander.workstation,
      subject: bystander,
      member: bystander,
      group: { name: 'Remote Desktop Users', sid: 'S-1-5-32-555' },
    });
    return {
      kind: 'remote-desktop-users',
      account: `${org.netbios}\\${bystander.samName}`,
      host: bystander.workstation.fqdn,
      description: 'A user added to Remote Desktop Users on their own workstation.',
    };
  },
};
