import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { sha256Of } from '../endpoint-rows.ts';
import { addDeviceProcess } from '../process-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

/** On the file server, rundll32 calls comsvcs.dll's MiniDump on LSASS's process id: no tool on disk. */
export const lsassDump: LibraryScenario = {
  kind: 'lsass-dump',
  loosened: { dumpTargets: 'lsass,w3wp' },
  attack: ({ logs, org, victim, end }) => {
    const time = floorTo(end - 8 * HOUR, MINUTE);
    addDeviceProcess(logs, org, {
      time: at(time),
      device: org.fileServer,
      fileName: 'rundll32.exe',
      commandLine: 'rundll32.exe C:\\Windows\\System32\\comsvcs.dll, MiniDump 724 C:\\Windows\\Temp\\wer7A1.tmp full',
      sha256: sha256Of('rundll32.exe'),
      parent: { fileName: 'powershell.exe', commandLine: 'powershell.exe', accountName: victim.samName },
    });
    return {
      account: victim.samName,
      host: org.fileServer.fqdn,
      start: iso(time),
      end: iso(time),
      description: `Credential dumping: comsvcs.dll MiniDump of LSASS on ${org.fileServer.name}.`,
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // A web developer dumps a hung IIS worker process for the vendor's support case.
    addDeviceProcess(logs, org, {
      time: at(floorTo(end - 13 * HOUR, MINUTE)),
      device: org.webServer,
      fileName: 'procdump64.exe',
      commandLine: 'procdump64.exe -accepteula -ma w3wp.exe D:\\dumps\\w3wp-hang.dmp',
      folderPath: 'd:\\tools\\sysinternals\\procdump64.exe',
      sha256: sha256Of('procdump64.exe'),
      parent: { fileName: 'cmd.exe', commandLine: 'cmd.exe', accountName: bystander.samName },
    });
    return {
      kind: 'procdump-iis-worker',
      account: bystander.samName,
      description: 'A developer dumping a hung IIS worker process (w3wp.exe) with procdump for a support case.',
    };
  },
};
