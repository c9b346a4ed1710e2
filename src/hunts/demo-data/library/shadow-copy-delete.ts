import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { sha256Of } from '../endpoint-rows.ts';
import { addDeviceProcess } from '../process-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

/** Ransomware's first move on the file server: every shadow copy deleted, quietly. */
export const shadowCopyDelete: LibraryScenario = {
  kind: 'shadow-copy-delete',
  loosened: { ignoredParents: 'none' },
  attack: ({ logs, org, victim, end }) => {
    const time = floorTo(end - 2 * HOUR, MINUTE);
    addDeviceProcess(logs, org, {
      time: at(time),
      device: org.fileServer,
      fileName: 'vssadmin.exe',
      commandLine: 'vssadmin.exe Delete Shadows /All /Quiet',
      sha256: sha256Of('vssadmin.exe'),
      parent: { fileName: 'cmd.exe', commandLine: 'cmd.exe /c', accountName: victim.samName },
    });
    return {
      account: victim.samName,
      host: org.fileServer.fqdn,
      start: iso(time),
      end: iso(time),
      description: `Inhibit recovery: all volume shadow copies deleted on ${org.fileServer.name}.`,
    };
  },
  lookalike: ({ logs, org, end }) => {
    // The backup agent prunes its oldest shadow copy on the backup server after each nightly job.
    addDeviceProcess(logs, org, {
      time: at(floorTo(end - 20 * HOUR, MINUTE)),
      device: org.backupServer,
      fileName: 'vssadmin.exe',
      commandLine: 'vssadmin.exe delete shadows /for=D: /oldest /quiet',
      sha256: sha256Of('vssadmin.exe'),
      parent: {
        fileName: 'VeeamAgent.exe',
        commandLine: '"VeeamAgent.exe" -job nightly',
        folderPath: 'c:\\program files\\veeam\\backup and replication\\veeamagent.exe',
        accountName: 'system',
      },
    });
    return {
      kind: 'backup-prunes-shadow-copy',
      account: 'system',
      host: org.backupServer.fqdn,
      description: 'The backup agent deleting its oldest shadow copy after the nightly job.',
    };
  },
};
