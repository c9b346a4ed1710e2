import type { DemoLogs } from './demo-logs.ts';
import { deviceEventBase, type InitiatingProcess } from './endpoint-rows.ts';
import type { DemoHost, DemoOrganisation } from './organisation.ts';

export interface DeviceProcess {
  readonly time: Date;
  readonly device: DemoHost;
  /** The process started. */
  readonly fileName: string;
  readonly commandLine: string;
  readonly folderPath?: string;
  readonly sha256: string;
  /** Its parent, which also names the account both run as. */
  readonly parent: InitiatingProcess;
}

/** Adds one Defender for Endpoint process creation (DeviceProcessEvents). */
export function addDeviceProcess(logs: DemoLogs, org: DemoOrganisation, process: DeviceProcess): void {
  const base = deviceEventBase(logs, org, 'DeviceProcessEvents', process.time, process.device, process.parent);
  logs.add('DeviceProcessEvents', process.time, {
    ...base,
    ActionType: 'ProcessCreated',
    AccountDomain: base.InitiatingProcessAccountDomain,
    AccountName: process.parent.accountName,
    FileName: process.fileName,
    FolderPath: process.folderPath ?? `c:\\windows\\system32\\${process.fileName}`,
    ProcessCommandLine: process.commandLine,
    ProcessId: logs.random.int(1000, 20000),
    ProcessCreationTime: process.time,
    SHA256: process.sha256,
  });
}
