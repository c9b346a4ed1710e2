import {
  click,
  connection,
  deviceEvent,
  deviceLogon,
  directoryAudit,
  email,
  type HeldOutLogs,
  officeAudit,
  processStart,
  signIn,
  sshd,
  windowsLogon,
} from './held-out-rows.ts';
import { DAY, HOUR, MIN, type Person } from './held-out-world.ts';

const EXPLORER = 'C:\\Windows\\explorer.exe';
const APPS = [
  'C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE',
  'C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE',
  'C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Zoom\\bin\\Zoom.exe',
];
const SITES = ['https://www.linkedin.com/feed', 'https://portal.office.com/', 'https://weather.example/rotterdam'];
const TEAMS = 'C:\\Users\\Default\\AppData\\Local\\Microsoft\\Teams\\current\\Teams.exe';

/**
 * Ordinary days at the held-out company: people start their laptops, sign in to Microsoft 365 from the office
 * or home (now and then with a typo), open Office and the browser, Teams keeps in touch with its service, mail
 * arrives and some links in it are opened, documents are read and tidied on SharePoint, the admins work on
 * the Linux servers from the jump host, and directory sync touches user objects every night.
 */
export function addBackground(logs: HeldOutLogs): void {
  const { world } = logs;
  const { dice } = world;
  for (let day = Math.floor(world.start / DAY) * DAY; day < world.end; day += DAY) {
    for (const person of world.people) addWorkday(logs, person, day + 7 * HOUR + dice.between(0, 150) * MIN);
    for (let session = dice.between(4, 9); session > 0; session -= 1) {
      const time = day + dice.between(8 * 60, 19 * 60) * MIN;
      const server = dice.oneOf([world.linux.app, world.linux.bastion]);
      sshd(
        logs,
        time,
        server,
        `Accepted publickey for deploy from ${world.servers.jump.ip} port 50122 ssh2: RSA SHA256:k3Jd`,
      );
    }
    directoryAudit(logs, day + 2 * HOUR, {
      OperationName: 'Update user',
      Category: 'UserManagement',
      InitiatedBy: { app: { displayName: 'Microsoft Entra Connect' } },
      TargetResources: [{ userPrincipalName: dice.oneOf(world.people).upn, type: 'User' }],
    });
  }
}

function addWorkday(logs: HeldOutLogs, person: Person, start: number): void {
  const { world } = logs;
  const { dice } = world;
  const ip = dice.odds(0.75) ? world.officeEgress : person.homeIp;
  deviceLogon(logs, start, {
    host: person.laptop,
    user: person.sam,
    ok: true,
    logonType: 'Interactive',
    remoteIp: '',
    remoteIpType: '',
  });
  let time = start + dice.between(2, 9) * MIN;
  if (dice.odds(0.08)) {
    signIn(logs, time, { who: person, ip, result: '50126' });
    time += 40_000;
  }
  for (let count = dice.between(2, 5); count > 0; count -= 1) {
    signIn(logs, time, { who: person, ip, app: dice.oneOf(['Office 365 Exchange Online', 'Microsoft Teams']) });
    signIn(logs, time + dice.between(20, 50) * MIN, { who: person, ip, interactive: false, app: 'Microsoft Teams' });
    time += dice.between(40, 140) * MIN;
  }
  windowsLogon(logs, start + dice.between(5, 300) * MIN, {
    host: world.servers.files,
    user: person.sam,
    ok: true,
    type: 3,
    ip: person.laptop.ip,
  });
  const me = { user: person.sam };
  for (let count = dice.between(1, 3); count > 0; count -= 1) {
    processStart(
      logs,
      start + dice.between(3, 400) * MIN,
      person.laptop,
      { ...me, image: EXPLORER },
      {
        image: dice.oneOf(APPS),
        commandLine: 'app',
      },
    );
  }
  for (let hour = 1; hour < 9; hour += 1) {
    connection(
      logs,
      start + hour * HOUR + dice.between(0, 4) * MIN,
      person.laptop,
      { ...me, image: TEAMS },
      'teams.microsoft.com',
      '100.90.1.10',
    );
  }
  connection(
    logs,
    start + dice.between(10, 500) * MIN,
    person.laptop,
    { ...me, image: APPS[3] },
    dice.oneOf(SITES),
    '100.90.2.20',
  );
  deviceEvent(
    logs,
    start - HOUR,
    person.laptop,
    { user: 'system', image: 'C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\MsMpEng.exe' },
    {
      ActionType: 'AntivirusScanCompleted',
    },
  );
  const link = 'https://updates.bluewater-intranet.example/this-week';
  const messageId = email(logs, start - dice.between(30, 300) * MIN, {
    to: person.upn,
    from: 'comms@bluewater.example',
    senderIp: '100.90.3.30',
    subject: 'Bluewater this week',
    urls: [link],
  });
  if (dice.odds(0.4))
    click(logs, start + dice.between(5, 90) * MIN, {
      upn: person.upn,
      ip,
      url: link,
      messageId,
      action: 'ClickAllowed',
    });
  for (let count = dice.between(2, 6); count > 0; count -= 1) {
    officeAudit(logs, start + dice.between(5, 480) * MIN, {
      OfficeWorkload: 'SharePoint',
      RecordType: 'SharePointFileOperation',
      Operation: dice.oneOf(['FileAccessed', 'FileAccessed', 'FileModified', 'FileRecycled']),
      UserId: person.upn,
      ClientIP: ip,
      Site_Url: 'https://bluewater.sharepoint.com/sites/operations/',
      SourceFileName: `manifest-${dice.between(1000, 9999)}.xlsx`,
    });
  }
}
