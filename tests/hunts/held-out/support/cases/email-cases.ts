import type { HeldOutCases } from '../held-out-case.ts';
import { click, email, type HeldOutLogs, officeAudit } from '../held-out-rows.ts';

const SECOND = 1000;

function exchangeCmdlet(
  logs: HeldOutLogs,
  time: number,
  upn: string,
  ip: string,
  operation: string,
  parameters: object[],
): void {
  officeAudit(logs, time, {
    OfficeWorkload: 'Exchange',
    RecordType: 'ExchangeAdmin',
    Operation: operation,
    UserId: upn,
    ClientIP: `[${ip}]:${40000 + logs.world.dice.between(0, 9999)}`,
    Parameters: JSON.stringify(parameters),
  });
}

function downloads(logs: HeldOutLogs, start: number, upn: string, ip: string, count: number): void {
  for (let index = 0; index < count; index += 1) {
    const file = `contract-${index}.docx`;
    officeAudit(logs, start + index * 3 * SECOND, {
      OfficeWorkload: 'SharePoint',
      RecordType: 'SharePointFileOperation',
      Operation: 'FileDownloaded',
      UserId: upn,
      ClientIP: ip,
      Site_Url: 'https://bluewater.sharepoint.com/sites/legal/',
      SourceFileName: file,
      OfficeObjectId: `https://bluewater.sharepoint.com/sites/legal/Shared Documents/${file}`,
    });
  }
}

function deletions(logs: HeldOutLogs, start: number, upn: string, ip: string, count: number): void {
  for (let index = 0; index < count; index += 1) {
    officeAudit(logs, start + index * 2 * SECOND, {
      OfficeWorkload: 'OneDrive',
      RecordType: 'SharePointFileOperation',
      Operation: 'FileDeleted',
      UserId: upn,
      ClientIP: ip,
      Site_Url: `https://bluewater-my.sharepoint.com/personal/${upn.split('@')[0].replace('.', '_')}/`,
      SourceFileName: `scan-${index}.pdf`,
    });
  }
}

export const EMAIL_CASES: HeldOutCases = {
  'phishing-url-click': {
    attack: (logs) => {
      const ip = logs.world.attackerIp();
      const victim = logs.world.nextPerson();
      const url = 'https://bluewater-payroll.example/login?session=7781';
      const sent = logs.world.ago(28);
      const messageId = email(logs, sent, {
        to: victim.upn,
        from: 'payroll@bluewater-payroll.example',
        senderIp: ip,
        subject: 'Payslip',
        urls: [url],
        threats: 'Phish',
      });
      click(logs, sent + 300 * SECOND, { upn: victim.upn, ip: victim.homeIp, url, messageId, action: 'ClickAllowed' });
      return { ip, account: victim.upn, url, domain: 'bluewater-payroll.example' };
    },
    // A clean newsletter link and a spam offer nobody clicked.
    lookalike: (logs) => {
      const person = logs.world.nextPerson();
      const url = 'https://offers.cheap-flights.example/deal';
      const sent = logs.world.ago(36);
      const newsletter = email(logs, sent, {
        to: person.upn,
        from: 'news@logistics-today.example',
        senderIp: '100.91.0.7',
        subject: 'Freight rates',
        urls: [url],
      });
      click(logs, sent + 600 * SECOND, {
        upn: person.upn,
        ip: logs.world.officeEgress,
        url,
        messageId: newsletter,
        action: 'ClickAllowed',
      });
      email(logs, sent, {
        to: person.upn,
        from: 'win@prize.example',
        senderIp: '100.91.0.8',
        subject: 'You won',
        urls: ['https://prize.example/claim'],
        threats: 'Spam',
      });
      return { account: person.upn };
    },
  },
  'mailbox-forwarding': {
    attack: (logs) => {
      const ip = logs.world.attackerIp();
      const victim = logs.world.nextPerson();
      exchangeCmdlet(logs, logs.world.ago(26), victim.upn, ip, 'Set-Mailbox', [
        { Name: 'Identity', Value: victim.upn },
        { Name: 'ForwardingSmtpAddress', Value: 'smtp:bw.backup.mail@freemail.example' },
        { Name: 'DeliverToMailboxAndForward', Value: 'True' },
      ]);
      return { ip, account: victim.upn, domain: 'freemail.example' };
    },
    // An inbox rule that moves the shipping notifications into a folder.
    lookalike: (logs) => {
      const person = logs.world.nextPerson();
      exchangeCmdlet(logs, logs.world.ago(52), person.upn, logs.world.officeEgress, 'New-InboxRule', [
        { Name: 'Name', Value: 'Shipping' },
        { Name: 'From', Value: 'notify@carrier.example' },
        { Name: 'MoveToFolder', Value: 'Shipping' },
      ]);
      return { account: person.upn };
    },
  },
  'mass-delete': {
    attack: (logs) => {
      const ip = logs.world.attackerIp();
      const victim = logs.world.nextPerson();
      for (const hoursAgo of [6, 5, 4]) deletions(logs, logs.world.ago(hoursAgo), victim.upn, ip, 70);
      return { ip, account: victim.upn };
    },
    // A person empties their scans folder once.
    lookalike: (logs) => {
      const person = logs.world.nextPerson();
      deletions(logs, logs.world.ago(47), person.upn, logs.world.officeEgress, 55);
      return { account: person.upn };
    },
  },
  'mass-download': {
    windowDays: 1,
    attack: (logs) => {
      const ip = logs.world.attackerIp();
      const victim = logs.world.nextPerson();
      downloads(logs, logs.world.ago(3), victim.upn, ip, 45);
      return { ip, account: victim.upn };
    },
    // The legal team's paralegal pulls the contracts for the quarterly review from the office, as every quarter.
    lookalike: (logs) => {
      const person = logs.world.nextPerson();
      for (const hoursAgo of [70, 5])
        downloads(logs, logs.world.ago(hoursAgo), person.upn, logs.world.officeEgress, 30);
      return { account: person.upn };
    },
  },
};
