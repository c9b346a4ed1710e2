import type { DemoLogs } from './demo-logs.ts';
import { deviceEventBase, type InitiatingProcess } from './endpoint-rows.ts';
import type { DemoHost, DemoOrganisation } from './organisation.ts';

export interface DeviceConnection {
  readonly time: Date;
  readonly device: DemoHost;
  readonly remoteUrl: string;
  readonly remoteIp: string;
  readonly initiating: InitiatingProcess;
}

/** Adds one successful outbound HTTPS connection seen by Defender for Endpoint (DeviceNetworkEvents). */
export function addDeviceConnection(logs: DemoLogs, org: DemoOrganisation, connection: DeviceConnection): void {
  logs.add('DeviceNetworkEvents', connection.time, {
    ...deviceEventBase(logs, org, 'DeviceNetworkEvents', connection.time, connection.device, connection.initiating),
    ActionType: 'ConnectionSuccess',
    LocalIP: connection.device.ip,
    LocalIPType: 'Private',
    LocalPort: logs.random.int(49152, 65535),
    Protocol: 'Tcp',
    RemoteIP: connection.remoteIp,
    RemoteIPType: 'Public',
    RemotePort: 443,
    RemoteUrl: connection.remoteUrl,
  });
}
