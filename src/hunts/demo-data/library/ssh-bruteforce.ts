import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addSshEvent } from '../syslog-rows.ts';
import { floorTo, HOUR, MINUTE, SECOND } from '../time-grid.ts';

const GUESSED_USERS = ['admin', 'oracle', 'test', 'ubuntu', 'postgres', 'git', 'pi', 'ftpuser'];

/** Forty guesses at user names that do not exist on the database server, within half an hour. */
export const sshBruteforce: LibraryScenario = {
  kind: 'ssh-bruteforce',
  loosened: { threshold: '2' },
  attack: ({ logs, org, ip, end }) => {
    const host = org.linuxServers[1];
    const start = floorTo(end - 6 * HOUR, MINUTE);
    let time = start;
    for (let attempt = 0; attempt < 40; attempt += 1) {
      addSshEvent(logs, org, { time: at(time), host, outcome: 'invalid-user', user: GUESSED_USERS[attempt % 8], ip });
      time += logs.random.int(20, 60) * SECOND;
    }
    return {
      host: host.name,
      start: iso(start),
      end: iso(time),
      description: `SSH brute force: 40 invalid-user guesses on ${host.name} from one IP in 30 minutes.`,
    };
  },
  lookalike: ({ logs, org, end }) => {
    // An admin's script with a typo in the user name fails a few times on both servers before it is fixed.
    const start = floorTo(end - 20 * HOUR, MINUTE);
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const host = org.linuxServers[attempt % 2];
      addSshEvent(logs, org, {
        time: at(start + attempt * 4 * MINUTE),
        host,
        outcome: 'invalid-user',
        user: 'ubunut',
        ip: org.adminIp,
      });
    }
    return {
      kind: 'ssh-typo',
      ip: org.adminIp,
      description: 'An admin script with a mistyped SSH user name: six invalid-user failures from the admin host.',
    };
  },
};
