import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addSecurityEventProcess } from '../security-process-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

const SCHTASKS = 'C:\\Windows\\System32\\schtasks.exe';

/** From the victim's workstation, a task on the file server that runs the payload as SYSTEM at every start. */
export const remoteScheduledTask: LibraryScenario = {
  kind: 'remote-scheduled-task',
  loosened: { ignoredAccounts: 'none' },
  attack: ({ logs, org, victim, end }) => {
    const time = floorTo(end - 7 * HOUR, MINUTE);
    addSecurityEventProcess(logs, org, {
      time: at(time),
      host: victim.workstation,
      userName: victim.samName,
      newProcessName: SCHTASKS,
      commandLine: `schtasks.exe /create /s ${org.fileServer.name} /ru SYSTEM /tn "Microsoft\\Windows\\WinSAT\\Refresh" /tr "C:\\Users\\Public\\Libraries\\wsat.exe" /sc onstart /f`,
      parentProcessName: 'C:\\Windows\\System32\\cmd.exe',
    });
    return {
      account: victim.samName,
      host: victim.workstation.fqdn,
      start: iso(time),
      end: iso(time),
      description: `Lateral movement: a SYSTEM task created on ${org.fileServer.name} from ${victim.workstation.name}.`,
    };
  },
  lookalike: ({ logs, org, end }) => {
    // The deployment service account schedules the monthly patch reboot on each server from the admin host.
    const start = floorTo(end - 21 * HOUR, MINUTE);
    [org.fileServer, org.webServer, org.rdGateway].forEach((server, index) => {
      addSecurityEventProcess(logs, org, {
        time: at(start + index * MINUTE),
        host: org.backupServer,
        userName: 'svc-deploy',
        newProcessName: SCHTASKS,
        commandLine: `schtasks.exe /create /s ${server.name} /ru SYSTEM /tn "Patching\\Reboot" /tr "shutdown.exe /r /t 0" /sc once /st 23:00 /f`,
        parentProcessName: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
      });
    });
    return {
      kind: 'patch-reboot-tasks',
      account: 'svc-deploy',
      description: 'The deployment account scheduling the patch reboot on three servers.',
    };
  },
};
