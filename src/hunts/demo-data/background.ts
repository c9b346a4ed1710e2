import type { DemoLogs } from './demo-logs.ts';
import { addDeviceLogon } from './device-rows.ts';
import type { DemoOrganisation, DemoUser } from './organisation.ts';
import { addSignIn } from './signin-rows.ts';
import { addSshEvent } from './syslog-rows.ts';
import { DAY, daysBetween, HOUR, MINUTE, SECOND } from './time-grid.ts';
import { addSecurityEventLogon, addWindowsEventLogon } from './windows-rows.ts';

const OFFICE_APPS = ['Office 365 Exchange Online', 'Microsoft Teams', 'Office 365 SharePoint Online', 'Azure Portal'];

/** Ordinary working days of everyone in the organisation, including the harmless mistakes people make. */
export function addBackground(logs: DemoLogs, org: DemoOrganisation): { mistypedAccounts: string[] } {
  const mistyped = new Set<string>();
  for (const day of daysBetween(logs.start, logs.end)) {
    for (const user of org.users) {
      if (addWorkday(logs, org, user, day)) mistyped.add(user.upn);
    }
    addAdminSsh(logs, org, day);
  }
  return { mistypedAccounts: [...mistyped].sort() };
}

/** One user's day; returns true when the user mistyped their password twice that day. */
function addWorkday(logs: DemoLogs, org: DemoOrganisation, user: DemoUser, day: number): boolean {
  const { random } = logs;
  const ip = random.chance(0.7) ? org.natIp : user.homeIp;
  const arrival = day + 7 * HOUR + random.int(0, 120) * MINUTE;
  const mistypes = random.chance(0.12);
  let time = arrival;
  addDeviceLogon(logs, org, {
    time: new Date(time),
    device: user.workstation,
    success: true,
    accountName: user.samName,
    logonType: 'Interactive',
  });
  addWindowsEventLogon(logs, org, {
    time: new Date(time),
    host: user.workstation,
    success: true,
    userName: user.samName,
    userSid: user.sid,
    logonType: 2,
    ip: '127.0.0.1',
  });
  time += random.int(1, 5) * MINUTE;
  const signIn = { upn: user.upn, displayName: user.displayName, userId: user.userId, ip };
  const mistypeTime = time;
  if (mistypes) {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      addSignIn(logs, org, { ...signIn, time: new Date(time), resultType: '50126' });
      time += random.int(10, 40) * SECOND;
    }
  }
  for (let index = random.int(3, 6); index > 0; index -= 1) {
    addSignIn(logs, org, { ...signIn, time: new Date(time), resultType: '0', app: random.pick(OFFICE_APPS) });
    time += random.int(20, 150) * MINUTE;
  }
  for (let index = random.int(4, 8); index > 0; index -= 1) {
    const refresh = arrival + random.int(0, 10 * 60) * MINUTE;
    addSignIn(logs, org, {
      ...signIn,
      time: new Date(refresh),
      resultType: '0',
      interactive: false,
      app: random.pick(['Microsoft Teams', 'Microsoft Authentication Broker']),
    });
  }
  for (let index = random.int(2, 4); index > 0; index -= 1) {
    const access = arrival + random.int(5, 9 * 60) * MINUTE;
    addSecurityEventLogon(logs, org, {
      time: new Date(access),
      host: org.fileServer,
      success: true,
      userName: user.samName,
      userSid: user.sid,
      logonType: 3,
      ip: user.workstation.ip,
      workstation: user.workstation.name.toUpperCase(),
    });
  }
  return mistypes && mistypeTime >= logs.start && mistypeTime < logs.end;
}

/** Administrators working on the Linux servers from their jump host, with the odd typo. */
function addAdminSsh(logs: DemoLogs, org: DemoOrganisation, day: number): void {
  const { random } = logs;
  for (let index = random.int(6, 12); index > 0; index -= 1) {
    const time = day + random.int(8 * 60, 18 * 60) * MINUTE;
    const host = random.pick(org.linuxServers);
    if (random.chance(0.15))
      addSshEvent(logs, org, {
        time: new Date(time - 20 * SECOND),
        host,
        outcome: 'failed',
        user: 'ops',
        ip: org.adminIp,
      });
    addSshEvent(logs, org, { time: new Date(time), host, outcome: 'accepted', user: 'ops', ip: org.adminIp });
  }
}

/** Benign look-alikes of attacks that the hunts must NOT report. */
export function addLookalikes(logs: DemoLogs, org: DemoOrganisation): void {
  const { random, start, end } = logs;
  const backupAccount = org.backupAccount;
  // A backup job with a stale password on the web server: a failure every 15 minutes from an internal host.
  for (let time = start + 7 * MINUTE; time < end; time += 15 * MINUTE) {
    const failure = { time: new Date(time), success: false, ip: org.backupServer.ip } as const;
    addSecurityEventLogon(logs, org, {
      ...failure,
      host: org.webServer,
      userName: backupAccount,
      logonType: 3,
      workstation: 'BKP01',
    });
    addDeviceLogon(logs, org, {
      ...failure,
      device: org.webServer,
      accountName: backupAccount,
      logonType: 'Network',
      remoteIp: org.backupServer.ip,
      remoteIpType: 'Private',
    });
    addSecurityEventLogon(logs, org, {
      time: new Date(time + 30 * SECOND),
      host: org.fileServer,
      success: true,
      userName: backupAccount,
      logonType: 3,
      ip: org.backupServer.ip,
      workstation: 'BKP01',
    });
  }
  // ...and its cloud leg: a token every 30 minutes, like clockwork, always successful.
  for (let time = start + 3 * MINUTE; time < end; time += 30 * MINUTE) {
    addSignIn(logs, org, {
      time: new Date(time),
      upn: `${backupAccount}@${org.domain}`,
      ip: org.natIp,
      resultType: '0',
      interactive: false,
      app: 'Microsoft Azure CLI',
      clientApp: 'Mobile Apps and Desktop clients',
    });
  }
  // Office users mistyping on the public RD gateway and web server: a few failures from the shared egress address.
  const days = Math.max(1, Math.round((end - start) / DAY));
  for (let index = 0; index < 4; index += 1) {
    const time = start + random.int(1, days * 24 - 2) * HOUR;
    const user = random.pick(org.users);
    addSecurityEventLogon(logs, org, {
      time: new Date(time),
      host: org.rdGateway,
      success: false,
      userName: user.samName,
      logonType: 10,
      ip: org.natIp,
      workstation: 'OFFICE-NAT',
    });
    addSecurityEventLogon(logs, org, {
      time: new Date(time + 25 * SECOND),
      host: org.rdGateway,
      success: true,
      userName: user.samName,
      userSid: user.sid,
      logonType: 10,
      ip: org.natIp,
      workstation: 'OFFICE-NAT',
    });
  }
  for (let index = 0; index < 2 * days; index += 1) {
    const time = start + random.int(1, days * 24 - 2) * HOUR;
    const user = random.pick(org.users);
    addDeviceLogon(logs, org, {
      time: new Date(time),
      device: org.webServer,
      success: false,
      accountName: user.samName,
      logonType: 'RemoteInteractive',
      remoteIp: org.natIp,
      remoteIpType: 'Public',
    });
    addDeviceLogon(logs, org, {
      time: new Date(time + 30 * SECOND),
      device: org.webServer,
      success: true,
      accountName: user.samName,
      logonType: 'RemoteInteractive',
      remoteIp: org.natIp,
      remoteIpType: 'Public',
    });
  }
}
