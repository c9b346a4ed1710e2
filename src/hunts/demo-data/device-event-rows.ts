import type { DemoLogs } from './demo-logs.ts';
import { deviceEventBase, type InitiatingProcess } from './endpoint-rows.ts';
import type { DemoHost, DemoOrganisation } from './organisation.ts';

export interface DeviceEvent {
  readonly time: Date;
  readonly device: DemoHost;
  /** OpenProcessApiCall, ServiceInstalled, … */
  readonly actionType: string;
  /** The target: the process opened, the service's program. */
  readonly fileName: string;
  readonly folderPath?: string;
  readonly additionalFields?: Record<string, unknown>;
  readonly initiating: InitiatingProcess;
}

/** Adds one Defender for Endpoint miscellaneous event (DeviceEvents). */
export function addDeviceEvent(logs: DemoLogs, org: DemoOrganisation, event: DeviceEvent): void {
  const base = deviceEventBase(logs, org, 'DeviceEvents', event.time, event.device, event.initiating);
  logs.add('DeviceEvents', event.time, {
    ...base,
    ActionType: event.actionType,
    AccountDomain: base.InitiatingProcessAccountDomain,
    AccountName: event.initiating.accountName,
    FileName: event.fileName,
    FolderPath: event.folderPath ?? '',
    AdditionalFields: event.additionalFields ?? {},
  });
}
