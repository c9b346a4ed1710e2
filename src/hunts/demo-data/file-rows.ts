import type { DemoLogs } from './demo-logs.ts';
import { deviceEventBase, type InitiatingProcess } from './endpoint-rows.ts';
import type { DemoHost, DemoOrganisation } from './organisation.ts';

export interface DeviceFile {
  readonly time: Date;
  readonly device: DemoHost;
  readonly actionType: 'FileCreated' | 'FileModified' | 'FileRenamed';
  readonly fileName: string;
  readonly folderPath: string;
  readonly sha256: string;
  /** Where a downloaded file came from (mark of the web). */
  readonly originUrl?: string;
  readonly initiating: InitiatingProcess;
}

/** Adds one Defender for Endpoint file event (DeviceFileEvents). */
export function addDeviceFile(logs: DemoLogs, org: DemoOrganisation, file: DeviceFile): void {
  logs.add('DeviceFileEvents', file.time, {
    ...deviceEventBase(logs, org, 'DeviceFileEvents', file.time, file.device, file.initiating),
    ActionType: file.actionType,
    FileName: file.fileName,
    FolderPath: file.folderPath,
    SHA256: file.sha256,
    FileSize: logs.random.int(20_000, 4_000_000),
    FileOriginUrl: file.originUrl ?? '',
  });
}
