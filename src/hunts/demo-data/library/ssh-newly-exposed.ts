import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addSshEvent } from '../syslog-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

/**
 * A port forward left open on the database server: someone signs in as postgres from the internet, where
 * before only the admins' jump host (a private address) ever did.
 */
export const sshNewlyExposed: LibraryScenario = {
  kind: 'ssh-newly-exposed',
  loosened: { lookback: '1h' },
  windowDays: 1,
  attack: ({ logs, org, ip, end }) => {
    const host = org.linuxServers[1];
    const start = floorTo(end - 3 * HOUR, MINUTE);
    for (const minutes of [0, 7, 31]) {
      addSshEvent(logs, org, { time: at(start + minutes * MINUTE), host, outcome: 'accepted', user: 'postgres', ip });
    }
    return {
      account: 'postgres',
      host: host.name,
      start: iso(start),
      end: iso(start + 31 * MINUTE),
      description: `New SSH exposure: ${host.name} accepts sign-ins as postgres from the internet.`,
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // An admin on call signs in to the app server from home now and then, through its published SSH port.
    for (const hoursAgo of [42, 5]) {
      addSshEvent(logs, org, {
        time: at(floorTo(end - hoursAgo * HOUR, MINUTE)),
        host: org.linuxServers[0],
        outcome: 'accepted',
        user: 'ops',
        ip: bystander.homeIp,
      });
    }
    return {
      kind: 'on-call-ssh-from-home',
      ip: bystander.homeIp,
      description: 'An on-call admin signing in to the app server from home, as they did before the hunt window.',
    };
  },
};
