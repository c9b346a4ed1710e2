import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addServiceInstall } from '../service-install-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

const DEFENDER_PLATFORM = 'C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.24090.11-0';

/** A payload dropped in the public profile and installed as a service with a harmless-looking name. */
export const serviceFromUserDirectory: LibraryScenario = {
  kind: 'service-from-user-directory',
  loosened: { includeDefenderPlatform: 'yes' },
  attack: ({ logs, org, victim, end }) => {
    const time = floorTo(end - 9 * HOUR, MINUTE);
    addServiceInstall(logs, {
      time: at(time),
      host: org.fileServer,
      serviceName: 'WinUpdateHelper',
      imagePath: 'C:\\Users\\Public\\Libraries\\svchost.exe -k netsvcs',
      userName: `${org.netbios}\\${victim.samName}`,
    });
    return {
      account: `${org.netbios}\\${victim.samName}`,
      host: org.fileServer.fqdn,
      start: iso(time),
      end: iso(time),
      description: `Service persistence: a service running C:\\Users\\Public\\...\\svchost.exe installed on ${org.fileServer.name}.`,
    };
  },
  lookalike: ({ logs, org, end }) => {
    // Defender's platform update reinstalls its services from ProgramData on every machine: the classic false positive.
    const start = floorTo(end - 30 * HOUR, HOUR);
    org.users.forEach((user, index) => {
      addServiceInstall(logs, {
        time: at(start + index * 7 * MINUTE),
        host: user.workstation,
        serviceName: 'WdNisSvc',
        imagePath: `"${DEFENDER_PLATFORM}\\NisSrv.exe"`,
        userName: 'NT AUTHORITY\\SYSTEM',
      });
    });
    return {
      kind: 'defender-platform-update',
      account: 'NT AUTHORITY\\SYSTEM',
      description: "Defender's platform update installing its network inspection service from ProgramData everywhere.",
    };
  },
};
