import { at, iso, type LibraryScenario } from '../attack-context.ts';
import { addSignIn, signedInAs } from '../signin-rows.ts';
import { floorTo, HOUR, MINUTE, SECOND } from '../time-grid.ts';

/** People who left: their accounts are disabled, and none of the names is in the generated directory. */
const LEAVERS = ['tom.harris', 'lena.kraus', 'omar.said'];

/** A leaked credential list replayed from one IP: three disabled accounts are refused, one live one gets in. */
export const disabledAccount: LibraryScenario = {
  kind: 'disabled-account',
  loosened: { minDisabledToSuccessfulRatio: '0', maxSuccessfulAccounts: '1000' },
  attack: ({ logs, org, ip, victim, end }) => {
    const start = floorTo(end - 8 * HOUR, MINUTE);
    let time = start;
    for (const leaver of LEAVERS) {
      for (let attempt = 0; attempt < 2; attempt += 1) {
        addSignIn(logs, org, {
          time: at(time),
          upn: `${leaver}@${org.domain}`,
          ip,
          resultType: '50057',
          app: 'Office 365 Exchange Online',
          userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
        });
        time += logs.random.int(40, 90) * SECOND;
      }
    }
    addSignIn(logs, org, {
      time: at(time),
      ...signedInAs(victim),
      ip,
      resultType: '0',
      app: 'Office 365 Exchange Online',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
    });
    return {
      account: victim.upn,
      start: iso(start),
      end: iso(time),
      description: 'Credential list replay: 3 disabled accounts refused from one IP, then a live account signs in.',
    };
  },
  lookalike: ({ logs, org, end }) => {
    // A leaver's forgotten phone keeps asking for mail through the office NAT, where everyone else signs in.
    const upn = `jan.becker@${org.domain}`;
    for (let hour = 2; hour < 24; hour += 3) {
      addSignIn(logs, org, {
        time: at(floorTo(end - hour * HOUR, MINUTE)),
        upn,
        ip: org.natIp,
        resultType: '50057',
        app: 'Office 365 Exchange Online',
        clientApp: 'Mobile Apps and Desktop clients',
      });
    }
    return {
      kind: 'leaver-phone',
      ip: org.natIp,
      account: upn,
      description: "A leaver's phone retrying the disabled account through the office NAT, where most people sign in.",
    };
  },
};
