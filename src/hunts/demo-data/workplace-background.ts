import type { DemoLogs } from './demo-logs.ts';
import { addDeviceEvent } from './device-event-rows.ts';
import { addInboundEmail, addUrlClick } from './email-rows.ts';
import { EDGE, program, sha256Of } from './endpoint-rows.ts';
import { addDeviceFile } from './file-rows.ts';
import { addKerberosTicket } from './identity-logon-rows.ts';
import { addDeviceConnection } from './network-rows.ts';
import { addMailboxChange, addSharePointFileAction } from './office-rows.ts';
import type { DemoOrganisation, DemoUser } from './organisation.ts';
import { addDeviceProcess } from './process-rows.ts';
import { daysBetween, HOUR, MINUTE } from './time-grid.ts';

const OFFICE = 'c:\\program files\\microsoft office\\root\\office16';
const EXPLORER = program('c:\\windows\\explorer.exe', 'C:\\Windows\\Explorer.EXE');
/** Sites everyone's browser and Teams talk to all day (addresses from the benign documentation range). */
const COMMON_SITES = [
  ['https://outlook.office.com/mail/', '192.0.2.240'],
  ['https://teams.microsoft.com/api/chatsvc', '192.0.2.241'],
  ['https://www.bing.com/search', '192.0.2.242'],
  ['https://intranet.example/news', '192.0.2.243'],
] as const;
const NEWSLETTERS = [
  ['news@industry-weekly.example', 'https://news.industry-weekly.example/latest'],
  ['hr@benefits-portal.example', 'https://benefits-portal.example/enrol'],
  ['it@service-desk.example', 'https://service-desk.example/ticket/status'],
] as const;

/**
 * The endpoint, mail and SharePoint side of everyone's working day: Office and the browser started from the
 * desktop, a Kerberos ticket for the file or web server, web and Teams traffic, documents downloaded,
 * newsletters received and opened, files saved and tidied on SharePoint, inbox rules that file mail into folders. Laid out before the attacks, so adding a scenario
 * leaves it as it was.
 */
export function addWorkplaceActivity(logs: DemoLogs, org: DemoOrganisation): void {
  for (const day of daysBetween(logs.start, logs.end)) {
    for (const user of org.users) addUserDay(logs, org, user, day + 8 * HOUR + logs.random.int(0, 90) * MINUTE);
  }
  // A few people file newsletters into a folder with an inbox rule: rules, but none that forwards.
  for (const user of logs.random.sample(org.users, 4)) {
    addMailboxChange(logs, org, {
      time: new Date(logs.start + logs.random.int(1, 60) * HOUR),
      upn: user.upn,
      ip: org.natIp,
      operation: 'New-InboxRule',
      parameters: { Name: 'Newsletters', From: NEWSLETTERS[0][0], MoveToFolder: 'Newsletters' },
    });
  }
}

function addUserDay(logs: DemoLogs, org: DemoOrganisation, user: DemoUser, arrival: number): void {
  const { random } = logs;
  const device = user.workstation;
  const desktop = { ...EXPLORER, accountName: user.samName };
  for (const app of random.sample(['winword.exe', 'excel.exe', 'outlook.exe', 'msedge.exe'], random.int(2, 4))) {
    addDeviceProcess(logs, org, {
      time: new Date(arrival + random.int(1, 120) * MINUTE),
      device,
      fileName: app,
      commandLine: `"${app}"`,
      folderPath: app === 'msedge.exe' ? EDGE.folderPath : `${OFFICE}\\${app}`,
      sha256: sha256Of(app),
      parent: desktop,
    });
  }
  for (let index = random.int(3, 6); index > 0; index -= 1) {
    const [url, ip] = random.pick(COMMON_SITES);
    addDeviceConnection(logs, org, {
      time: new Date(arrival + random.int(1, 8 * 60) * MINUTE),
      device,
      remoteUrl: url,
      remoteIp: ip,
      initiating: { ...EDGE, accountName: user.samName },
    });
  }
  addKerberosTicket(logs, org, {
    time: new Date(arrival + random.int(1, 30) * MINUTE),
    user,
    device,
    spn: random.pick([`cifs/${org.fileServer.fqdn}`, `HTTP/${org.webServer.fqdn}`]),
  });
  const document = `report-${random.int(100, 999)}.docx`;
  addDeviceFile(logs, org, {
    time: new Date(arrival + random.int(10, 8 * 60) * MINUTE),
    device,
    actionType: 'FileCreated',
    fileName: document,
    folderPath: `c:\\users\\${user.samName}\\downloads`,
    sha256: sha256Of(`${user.samName}-${document}`),
    originUrl: `https://${org.netbios.toLowerCase()}.sharepoint.com/sites/team/${document}`,
    initiating: { ...EDGE, accountName: user.samName },
  });
  addDeviceEvent(logs, org, {
    time: new Date(arrival - 2 * HOUR),
    device,
    actionType: 'AntivirusScanCompleted',
    fileName: '',
    additionalFields: { ScanTypeIndex: 'Quick' },
    initiating: {
      fileName: 'MsMpEng.exe',
      commandLine: '"MsMpEng.exe"',
      folderPath: 'c:\\programdata\\microsoft\\windows defender\\platform\\4.18.24090.11-0\\msmpeng.exe',
      parentFileName: 'services.exe',
      accountName: 'system',
    },
  });
  const [sender, link] = random.pick(NEWSLETTERS);
  const received = arrival - random.int(10, 120) * MINUTE;
  const messageId = addInboundEmail(logs, org, {
    time: new Date(received),
    recipient: user.upn,
    sender,
    senderIp: `192.0.2.${random.int(244, 249)}`,
    subject: 'This week',
    urls: [link],
  });
  if (random.chance(0.3)) {
    addUrlClick(logs, org, {
      time: new Date(arrival + random.int(5, 60) * MINUTE),
      upn: user.upn,
      ip: org.natIp,
      url: link,
      networkMessageId: messageId,
      actionType: 'ClickAllowed',
    });
  }
  const site = `https://${org.netbios.toLowerCase()}.sharepoint.com/sites/team/`;
  for (let index = random.int(2, 5); index > 0; index -= 1) {
    addSharePointFileAction(logs, org, {
      time: new Date(arrival + random.int(1, 8 * 60) * MINUTE),
      upn: user.upn,
      ip: org.natIp,
      operation: random.chance(0.2) ? 'FileRecycled' : random.pick(['FileAccessed', 'FileModified', 'FileUploaded']),
      site,
      fileName: `notes-${random.int(1, 400)}.docx`,
    });
  }
}
