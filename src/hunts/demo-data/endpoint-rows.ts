import { createHash } from 'node:crypto';
import type { DemoLogs, DemoTable } from './demo-logs.ts';
import type { DemoHost, DemoOrganisation } from './organisation.ts';

/** The process that did something on a device, as Defender for Endpoint names it in every Device* table. */
export interface InitiatingProcess {
  readonly fileName: string;
  readonly commandLine: string;
  readonly folderPath?: string;
  readonly sha256?: string;
  readonly parentFileName?: string;
  readonly processId?: number;
  /** The account the process runs as (sAMAccountName); `system` for services. */
  readonly accountName: string;
}

/** What every Defender for Endpoint device event carries: when, where, and which process did it. */
export function deviceEventBase(
  logs: DemoLogs,
  org: DemoOrganisation,
  table: DemoTable,
  time: Date,
  device: DemoHost,
  initiating: InitiatingProcess,
): Record<string, unknown> {
  const system = initiating.accountName === 'system';
  return {
    TenantId: org.tenantId,
    Timestamp: time,
    TimeGenerated: time,
    DeviceId: device.deviceId,
    DeviceName: device.fqdn,
    ReportId: logs.random.int(1000, 999999),
    InitiatingProcessFileName: initiating.fileName,
    InitiatingProcessCommandLine: initiating.commandLine,
    InitiatingProcessFolderPath: initiating.folderPath ?? `c:\\windows\\system32\\${initiating.fileName}`,
    InitiatingProcessSHA256: initiating.sha256 ?? '',
    InitiatingProcessParentFileName: initiating.parentFileName ?? 'explorer.exe',
    InitiatingProcessId: initiating.processId ?? logs.random.int(1000, 20000),
    InitiatingProcessAccountDomain: system ? 'nt authority' : org.netbios.toLowerCase(),
    InitiatingProcessAccountName: initiating.accountName,
    Type: table,
  };
}

/** A stable stand-in for a file's SHA256: the hash of its name, so the same program has the same hash everywhere. */
export function sha256Of(fileName: string): string {
  return createHash('sha256').update(fileName.toLowerCase()).digest('hex');
}

/** A program as the Device* tables name it: file name, command line and folder path, from its path. */
export function program(folderPath: string, commandLine?: string): Omit<InitiatingProcess, 'accountName'> {
  const fileName = folderPath.split('\\').at(-1) ?? folderPath;
  return { fileName, commandLine: commandLine ?? `"${fileName}"`, folderPath };
}

/** Microsoft Edge, which opens every link and downloads every file in the demo. */
export const EDGE = program('c:\\program files (x86)\\microsoft\\edge\\application\\msedge.exe');
