import type { HeldOutCases } from '../held-out-case.ts';
import { deviceLogon, type HeldOutLogs, kerberosTicket, securityEvent } from '../held-out-rows.ts';
import type { Machine } from '../held-out-world.ts';

const SECOND = 1000;

/** 4648: `subject` on `host` used `target`'s credentials for `spn`. */
function explicitLogon(
  logs: HeldOutLogs,
  time: number,
  host: Machine,
  subject: string,
  target: string,
  spn: string,
): void {
  const { netbios } = logs.world;
  securityEvent(logs, time, host, 4648, {
    SubjectAccount: `${netbios}\\${subject}`,
    SubjectUserSid: 'S-1-5-21-88231-5521-1902-4411',
    TargetAccount: `${netbios}\\${target}`,
    TargetServerName: spn.split('/')[1],
    TargetInfo: spn,
    Process: 'C:\\Windows\\System32\\svchost.exe',
  });
}

/** A 7045 "service installed" event in the Event table, with EventData as the agent stores it. */
function serviceInstalled(
  logs: HeldOutLogs,
  time: number,
  host: Machine,
  name: string,
  image: string,
  by: string,
): void {
  logs.add('Event', time, {
    Computer: host.fqdn,
    Source: 'Service Control Manager',
    EventLog: 'System',
    EventID: 7045,
    UserName: by,
    EventData: `<DataItem><EventData><Data Name="ServiceName">${name}</Data><Data Name="ImagePath">${image}</Data><Data Name="StartType">demand start</Data></EventData></DataItem>`,
  });
}

function schtasks(logs: HeldOutLogs, time: number, host: Machine, user: string, commandLine: string): void {
  securityEvent(logs, time, host, 4688, {
    SubjectUserName: user,
    SubjectDomainName: logs.world.netbios,
    NewProcessName: 'c:\\windows\\syswow64\\schtasks.exe',
    CommandLine: commandLine,
    ParentProcessName: 'C:\\Windows\\System32\\cmd.exe',
  });
}

export const WINDOWS_CASES: HeldOutCases = {
  'explicit-credentials': {
    attack: (logs) => {
      const victim = logs.world.nextPerson();
      const { files, sql, dc } = logs.world.servers;
      const start = logs.world.ago(10);
      [
        ['svc-sql', `cifs/${files.name}`],
        ['adm-legacy', `host/${sql.name}`],
        ['svc-backup', `RPCSS/${dc.name}`],
        ['svc-sql', `host/${files.name}`],
      ].forEach(([target, spn], index) => {
        explicitLogon(logs, start + index * 20 * SECOND, victim.laptop, victim.sam, target, spn);
      });
      return { account: `${logs.world.netbios}\\${victim.sam}`.toLowerCase(), host: victim.laptop.fqdn };
    },
    // An admin opens Remote Desktop to two servers with their separate admin account.
    lookalike: (logs) => {
      const admin = logs.world.nextPerson();
      const { files, sql } = logs.world.servers;
      for (const [index, server] of [files, sql].entries()) {
        explicitLogon(
          logs,
          logs.world.ago(22) + index * 5 * 60 * SECOND,
          admin.laptop,
          admin.sam,
          `adm-${admin.sam}`,
          `TERMSRV/${server.name}`,
        );
      }
      return { account: `${logs.world.netbios}\\${admin.sam}`.toLowerCase() };
    },
  },
  'rdp-from-internet': {
    windowDays: 1,
    attack: (logs) => {
      const ip = logs.world.attackerIp();
      const victim = logs.world.nextPerson();
      const host = logs.world.servers.rds;
      deviceLogon(logs, logs.world.ago(3), {
        host,
        user: victim.sam,
        ok: true,
        logonType: 'RemoteInteractive',
        remoteIp: ip,
        remoteIpType: 'Public',
      });
      return { ip, host: host.fqdn };
    },
    lookalike: (logs) => {
      const person = logs.world.nextPerson();
      for (const hoursAgo of [60, 7]) {
        deviceLogon(logs, logs.world.ago(hoursAgo), {
          host: logs.world.servers.rds,
          user: person.sam,
          ok: true,
          logonType: 'RemoteInteractive',
          remoteIp: person.homeIp,
          remoteIpType: 'Public',
        });
      }
      return { ip: person.homeIp };
    },
  },
  'service-from-user-directory': {
    attack: (logs) => {
      const host = logs.world.servers.sql;
      serviceInstalled(
        logs,
        logs.world.ago(15),
        host,
        'SqlTelemetryHelper',
        'C:\\ProgramData\\SqlTel\\sqltel.exe -svc',
        `${logs.world.netbios}\\adm-x`,
      );
      return { host: host.fqdn };
    },
    // Defender's platform update reinstalls its service on laptops from ProgramData.
    lookalike: (logs) => {
      for (const person of logs.world.people.slice(0, 5)) {
        serviceInstalled(
          logs,
          logs.world.ago(50),
          person.laptop,
          'WdNisSvc',
          '"C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.25010.7-0\\NisSrv.exe"',
          'NT AUTHORITY\\SYSTEM',
        );
      }
      return { account: 'NT AUTHORITY\\SYSTEM' };
    },
  },
  'remote-scheduled-task': {
    attack: (logs) => {
      const victim = logs.world.nextPerson();
      schtasks(
        logs,
        logs.world.ago(6),
        victim.laptop,
        victim.sam,
        `schtasks -create -S ${logs.world.servers.dc.name} -RU SYSTEM -TN "Updater" -TR "c:\\perflogs\\u.exe" -SC ONLOGON`,
      );
      return { host: victim.laptop.fqdn };
    },
    // Someone checks which tasks a server has: a remote schtasks that creates nothing.
    lookalike: (logs) => {
      const admin = logs.world.nextPerson();
      schtasks(
        logs,
        logs.world.ago(29),
        admin.laptop,
        admin.sam,
        `schtasks /query /s ${logs.world.servers.files.name} /fo LIST /v`,
      );
      return { host: admin.laptop.fqdn };
    },
  },
  kerberoasting: {
    attack: (logs) => {
      const victim = logs.world.nextPerson();
      const start = logs.world.ago(16);
      for (let index = 0; index < 12; index += 1) {
        const spn = `${['MSSQLSvc', 'HTTP', 'CIFS', 'ldap'][index % 4]}/bw-svc-${index}.${logs.world.adDomain}`;
        kerberosTicket(logs, start + index * 9 * SECOND, victim, victim.laptop, spn);
      }
      return { account: victim.upn, host: victim.laptop.name };
    },
    // The file sync service asks for tickets to its six file servers every night.
    lookalike: (logs) => {
      const sync = { upn: `svc-sync@${logs.world.domain}`, sam: 'svc-sync' };
      for (const hoursAgo of [60, 36, 12]) {
        for (let server = 1; server <= 6; server += 1) {
          kerberosTicket(
            logs,
            logs.world.ago(hoursAgo) + server * SECOND,
            sync,
            logs.world.servers.backup,
            `cifs/bwfs0${server}.${logs.world.adDomain}`,
          );
        }
      }
      return { account: sync.upn };
    },
  },
  'security-log-cleared': {
    // wevtutil cl Security on the domain controller; this agent leaves Account empty and names the subject.
    attack: (logs) => {
      const { dc } = logs.world.servers;
      securityEvent(logs, logs.world.ago(8), dc, 1102, {
        EventSourceName: 'Microsoft-Windows-Eventlog',
        Account: '',
        SubjectDomainName: logs.world.netbios,
        SubjectUserName: 'adm-z',
      });
      return { host: dc.fqdn, account: `${logs.world.netbios}\\adm-z` };
    },
    // AD FS auditing reuses event id 1102 for its own records.
    lookalike: (logs) => {
      const account = `${logs.world.netbios}\\svc-adfs`;
      for (const hoursAgo of [50, 20]) {
        securityEvent(logs, logs.world.ago(hoursAgo), logs.world.servers.jump, 1102, {
          EventSourceName: 'AD FS Auditing',
          Account: account,
        });
      }
      return { account };
    },
  },
};
