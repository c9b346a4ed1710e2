import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addSignIn, signedInAs } from '../signin-rows.ts';
import { floorTo, HOUR, MINUTE } from '../time-grid.ts';

/** A stolen password tried over IMAP, where MFA is never asked: the mailbox is read without a second factor. */
export const legacyAuth: LibraryScenario = {
  kind: 'legacy-auth',
  loosened: { lookback: '1h' },
  windowDays: 1,
  attack: ({ logs, org, ip, victim, end }) => {
    const start = floorTo(end - 9 * HOUR, MINUTE);
    for (let minute = 0; minute < 30; minute += 10) {
      addSignIn(logs, org, {
        time: at(start + minute * MINUTE),
        ...signedInAs(victim),
        ip,
        resultType: '0',
        app: 'Office 365 Exchange Online',
        clientApp: 'IMAP4',
        interactive: false,
        userAgent: 'python-imaplib/3.11',
      });
    }
    return {
      account: victim.upn,
      start: iso(start),
      end: iso(start + 20 * MINUTE),
      description: 'Legacy authentication: the mailbox read over IMAP with a stolen password, no MFA asked.',
    };
  },
  lookalike: ({ logs, org, bystander, end }) => {
    // An old phone's mail app that has synced over Exchange ActiveSync from home every day for years.
    for (const hoursAgo of [50, 26, 4]) {
      addSignIn(logs, org, {
        time: at(floorTo(end - hoursAgo * HOUR, MINUTE)),
        ...signedInAs(bystander),
        ip: bystander.homeIp,
        resultType: '0',
        app: 'Office 365 Exchange Online',
        clientApp: 'Exchange ActiveSync',
        interactive: false,
      });
    }
    return {
      kind: 'activesync-phone',
      ip: bystander.homeIp,
      account: bystander.upn,
      description: 'An old phone syncing mail over Exchange ActiveSync from home, as it did before the window.',
    };
  },
};
