import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addInboundEmail, addUrlClick } from '../email-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

const PHISH_URL = 'https://login.microsoftonline.account-verify.example/common/oauth2?client=outlook';

/**
 * A credential phish that slipped into the inbox as phishing-tagged mail; the victim clicks the link from home.
 * The finding's address is the sending server's: the attacker's, which is what a block should name.
 */
export const phishingUrlClick: LibraryScenario = {
  kind: 'phishing-url-click',
  loosened: { includeBlocked: 'yes' },
  attack: ({ logs, org, ip, victim, end }) => {
    const sent = floorTo(end - 6 * HOUR, MINUTE);
    const messageId = addInboundEmail(logs, org, {
      time: at(sent),
      recipient: victim.upn,
      sender: 'no-reply@account-verify.example',
      senderIp: ip,
      subject: 'Action required: your mailbox storage is full',
      urls: [PHISH_URL],
      threatTypes: 'Phish',
    });
    const clicked = sent + 14 * MINUTE;
    addUrlClick(logs, org, {
      time: at(clicked),
      upn: victim.upn,
      ip: victim.homeIp,
      url: PHISH_URL,
      networkMessageId: messageId,
      actionType: 'ClickAllowed',
      clickedThrough: true,
    });
    return {
      account: victim.upn,
      start: iso(sent),
      end: iso(clicked),
      description: `Phishing: ${victim.upn} clicked through a credential-phishing link from account-verify.example.`,
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // The same kind of phish sent to someone else, but Safe Links blocked the click...
    const sent = floorTo(end - 17 * HOUR, MINUTE);
    const url = 'https://sharepoint-docs.file-share.example/s/report';
    const phish = addInboundEmail(logs, org, {
      time: at(sent),
      recipient: bystander.upn,
      sender: 'docs@file-share.example',
      senderIp: '192.0.2.252',
      subject: 'A document has been shared with you',
      urls: [url],
      threatTypes: 'Phish',
    });
    const click = { upn: bystander.upn, ip: bystander.homeIp } as const;
    addUrlClick(logs, org, {
      ...click,
      time: at(sent + 5 * MINUTE),
      url,
      networkMessageId: phish,
      actionType: 'ClickBlocked',
    });
    // ...and the same person opening a link in a clean newsletter, which is every day's click.
    const newsletterUrl = 'https://news.industry-weekly.example/issue/48';
    const newsletter = addInboundEmail(logs, org, {
      time: at(sent + HOUR),
      recipient: bystander.upn,
      sender: 'editor@industry-weekly.example',
      senderIp: '192.0.2.253',
      subject: 'Industry weekly #48',
      urls: [newsletterUrl],
    });
    addUrlClick(logs, org, {
      ...click,
      time: at(sent + 2 * HOUR),
      url: newsletterUrl,
      networkMessageId: newsletter,
      actionType: 'ClickAllowed',
    });
    return {
      kind: 'blocked-phish-click',
      account: bystander.upn,
      description: 'A click on a phishing link that Safe Links blocked, and a click on a clean newsletter link.',
    };
  },
};
