import { at, iso, type LibraryScenario } from '../attack-context.ts';
import type { DemoLogs } from '../demo-logs.ts';
import { addDeviceEvent } from '../device-event-rows.ts';
import type { InitiatingProcess } from '../endpoint-rows.ts';
import { sha256Of } from '../endpoint-rows.ts';
import { addDeviceFile } from '../file-rows.ts';
import type { DemoHost, DemoOrganisation } from '../organisation.ts';
import { floorTo, HOUR, MINUTE, SECOND } from '../time-grid.ts';

/** A process opens LSASS and, `delay` later, writes `written`. */
function openLsassThenWrite(
  logs: DemoLogs,
  org: DemoOrganisation,
  device: DemoHost,
  time: number,
  delay: number,
  process: InitiatingProcess,
  written: { folderPath: string; fileName: string },
): void {
  addDeviceEvent(logs, org, {
    time: at(time),
    device,
    actionType: 'OpenProcessApiCall',
    fileName: 'lsass.exe',
    folderPath: 'c:\\windows\\system32\\lsass.exe',
    additionalFields: { DesiredAccess: 0x1010 },
    initiating: process,
  });
  addDeviceFile(logs, org, {
    time: at(time + delay),
    device,
    actionType: 'FileCreated',
    ...written,
    sha256: sha256Of(written.fileName),
    initiating: process,
  });
}

/** A renamed dumping tool opens LSASS on the RD gateway and writes the dump a few seconds later. */
export const lsassAccess: LibraryScenario = {
  kind: 'lsass-access',
  loosened: { writeWithin: '10m' },
  attack: ({ logs, org, victim, end }) => {
    const time = floorTo(end - 12 * HOUR, MINUTE);
    const tool = 'c:\\programdata\\perflogs\\perfhost64.exe';
    openLsassThenWrite(
      logs,
      org,
      org.rdGateway,
      time,
      4 * SECOND,
      {
        fileName: 'perfhost64.exe',
        commandLine: 'perfhost64.exe -p 688 -o c:\\programdata\\perflogs\\perf.etl',
        folderPath: tool,
        sha256: sha256Of(tool),
        processId: 7312,
        accountName: victim.samName,
      },
      { folderPath: 'c:\\programdata\\perflogs', fileName: 'perf.etl' },
    );
    return {
      account: victim.samName,
      host: org.rdGateway.fqdn,
      start: iso(time),
      end: iso(time + 4 * SECOND),
      description: `LSASS opened by a renamed tool on ${org.rdGateway.name}, which writes a file 4 seconds later.`,
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // The backup agent reads LSASS-protected state at the start of its job and writes its log at the end.
    const agent = 'c:\\program files\\contoso backup\\bkagent.exe';
    openLsassThenWrite(
      logs,
      org,
      bystander.workstation,
      floorTo(end - 14 * HOUR, MINUTE),
      6 * MINUTE,
      {
        fileName: 'bkagent.exe',
        commandLine: '"bkagent.exe" --service',
        folderPath: agent,
        sha256: sha256Of(agent),
        processId: 2240,
        parentFileName: 'services.exe',
        accountName: 'system',
      },
      { folderPath: 'c:\\programdata\\contoso backup\\logs', fileName: 'job.log' },
    );
    return {
      kind: 'backup-agent-reads-lsass',
      account: 'system',
      description: 'A backup agent opening LSASS and writing its job log six minutes later.',
    };
  },
};
