import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addLogCleared } from '../log-cleared-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

/** After the shadow copies, the Security and System logs of the file server are wiped. */
export const securityLogCleared: LibraryScenario = {
  kind: 'security-log-cleared',
  loosened: { includeOtherSources: 'yes' },
  attack: ({ logs, org, victim, end }) => {
    const time = floorTo(end - 2 * HOUR, MINUTE) + MINUTE;
    const account = `${org.netbios}\\${victim.samName}`;
    addLogCleared(logs, org, { time: at(time), host: org.fileServer, account, log: 'Security' });
    addLogCleared(logs, org, { time: at(time + 5_000), host: org.fileServer, account, log: 'System' });
    return {
      account,
      host: org.fileServer.fqdn,
      start: iso(time),
      end: iso(time + 5_000),
      description: `Defense evasion: the Security and System logs of ${org.fileServer.name} cleared.`,
    };
  },
  lookalike: ({ logs, org, end }) => {
    // The AD FS proxy on the web server writes its own auditing event 1102, which has nothing to do with clearing.
    const account = `${org.netbios}\\svc-adfs`;
    for (const hoursAgo of [30, 18, 4]) {
      addLogCleared(logs, org, {
        time: at(floorTo(end - hoursAgo * HOUR, MINUTE)),
        host: org.webServer,
        account,
        log: 'Security',
        source: 'AD FS Auditing',
      });
    }
    return {
      kind: 'adfs-auditing-1102',
      account,
      description: 'AD FS auditing events with id 1102 on the web server, which runs the AD FS proxy.',
    };
  },
};
